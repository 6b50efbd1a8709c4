import { grouped } from '../../figures/format.ts';
import { memo } from '../../engine/memo.ts';
import type { Figure, Stat, View } from '../../figures/types.ts';
import type { DemandFrames, HeatFrames } from '../../trace/types.ts';
import { validate } from '../../params/validate.ts';
import { run, type Options, type Result } from './model.ts';
import { params, type Params } from './params.ts';
import { aggregateFigure, ccdfFigure, heatmapFigure, iopsFigure, smoothingCvFigure } from './figures.ts';
import { SMOOTHING_DESIGN, SMOOTHING_SIZES, smoothing, type SmoothingCurve } from './smoothing.ts';

/**
 * Comparison runs (the other placement, the other read policy) use at most this many drives and steps, so the page
 * stays quick at any fleet size.
 */
export const COMPARE_DRIVES = 1024;
const COMPARE_STEPS = 40;
/** Seconds of summed demand the smoothing live view replays. */
export const DEMAND_SECONDS = 300;

/**
 * The S3 heat page: the reader's run as headline numbers, then IOPS per TB against capacity,
 * aggregate demand for 1, 100 and 10,000 tenants and its CV against 1/√N (the CVs are stats too,
 * for the smoothing step's reveal), heatmaps of bucket-local and spread placement, and the
 * drive-load tail with and without read choices.
 */
export function explore(input: Readonly<Record<string, unknown>>, options: Options = {}): View {
  const { value: p, notes } = validate(params, input as Record<string, unknown>);
  const mainWork = p.steps * Math.max(1, p.drives / COMPARE_DRIVES);
  const total = mainWork + 3 * COMPARE_STEPS;
  let done = 0;
  const progress = (n: number) => options.onProgress?.(done + n, total);
  // A live view asks for a trace: every run then records its drives' heat (the first 1,024
  // drives, COMPARE_STEPS seconds), which changes no result. With `liveView: 'demand'` the smoothing
  // computation records its crowds' totals instead, for DEMAND_SECONDS.
  const live = options.trace ? p.liveView : null;
  const heat = live === 'drives' ? { heat: COMPARE_STEPS } : {};
  const main = run(p, { ...options, ...heat, onProgress: (n) => progress(n * (mainWork / p.steps)) });
  done = mainWork;
  const cache = new Map<string, Result>([[JSON.stringify(p), main]]);
  const small: Params = { ...p, drives: Math.min(p.drives, COMPARE_DRIVES), steps: Math.min(p.steps, COMPARE_STEPS) };
  const get = (q: Params): Result => {
    const key = JSON.stringify(q);
    let r = cache.get(key);
    if (!r) {
      r = run(q, { ...heat, onProgress: (n) => progress(n) });
      cache.set(key, r);
      done += q.steps;
    }
    return r;
  };
  const local = get({ ...small, placement: 'bucket-local' });
  const spread = get({ ...small, placement: 'spread' });
  // Read choices: the reader's redundancy (three replicas when none), one choice against d ≥ 2.
  const red: Params = {
    ...small,
    placement: 'spread',
    ...(p.redundancy === 'none' ? { redundancy: 'replicas', replicas: 3 } : {}),
  };
  const d = Math.max(2, p.readChoices);
  const oneChoice =
    p.redundancy === 'ec' ? get({ ...red, readChoices: 1 }) : get({ ...red, redundancy: 'none', readChoices: 1 });
  const choices = get({ ...red, readChoices: d });
  // The smoothing curves depend only on the tenants' on/off process and the seed, so a step that
  // changes the fleet (placement, redundancy, drives) reuses them. The live view's series run the
  // first crowd on for longer, which changes none of the numbers.
  const seriesSteps = live === 'demand' ? DEMAND_SECONDS : 0;
  const key = JSON.stringify([p.demand, p.dutyCycle, p.burstSteps, p.burstTail, p.seed, seriesSteps]);
  const curves = memo(options.memo, `s3-heat/smoothing/${key}`, () =>
    smoothing(p, SMOOTHING_SIZES, seriesSteps > 0 ? { ...SMOOTHING_DESIGN, seriesSteps } : SMOOTHING_DESIGN),
  );
  const figures: Figure[] = [
    iopsFigure(p),
    aggregateFigure(curves),
    smoothingCvFigure(curves),
    heatmapFigure(local, 'bucket-local'),
    heatmapFigure(spread, 'spread'),
    ccdfFigure(oneChoice, choices, d),
  ];
  return {
    title: title(main.params),
    stats: [...stats(main), ...smoothingStats(curves)],
    figures,
    notes: [
      ...notes,
      ...main.notes.filter((n) => !notes.includes(n)),
      ...(main.truncated && main.message ? [main.message] : []),
    ],
    message: null,
    ...(local.heat &&
      spread.heat && { heat: [heatFrames(local, 'Bucket-local placement'), heatFrames(spread, 'Spread placement')] }),
    ...(seriesSteps > 0 && { demand: demandFrames(curves) }),
  };
}

/** The smoothing computation's own crowds, second by second, as the live view's strips. */
function demandFrames(curves: readonly SmoothingCurve[]): DemandFrames {
  return {
    description:
      'Live view of the total demand of 1, 100 and 10,000 alike bursty tenants, second by second: one line each, ' +
      'the total divided by its own average, so every line averages 1. The more tenants, the flatter the line.',
    frames: Math.min(...curves.map((c) => c.series!.values.length)),
    client: 'tenant',
    series: curves.map((c) => ({
      count: c.tenants,
      label: `${grouped(c.tenants)} tenant${c.tenants === 1 ? '' : 's'}`,
      values: c.series!.values,
      cv: c.cv.value,
      ci95: c.cv.ci95,
      windowCv: c.series!.cv,
    })),
  };
}

/** A run's recorded heat as the live view's grid. */
function heatFrames(r: Result, label: string): HeatFrames {
  const h = r.heat!;
  return {
    label,
    frames: h.frames,
    cells: h.drives,
    load: h.load,
    highlight: h.tenantLoad,
    highlightLabel: `the hottest tenant (tenant ${h.tenant})`,
    cell: 'drive',
    ...(h.reads && { reads: h.reads }),
  };
}

/** The smoothing chart's CVs, for the smoothing step's reveal: measured with 95% intervals, and theory. */
function smoothingStats(curves: readonly SmoothingCurve[]): Stat[] {
  return curves.map((c) => ({
    id: `tenantsCv${c.tenants}`,
    label: `Demand CV, ${grouped(c.tenants)} alike tenant${c.tenants === 1 ? '' : 's'}`,
    value: c.cv.value,
    ci95: c.cv.ci95,
    theory: c.cvTheory,
    unit: '',
    help:
      `Coefficient of variation of the total demand of ${grouped(c.tenants)} alike bursty ` +
      `tenant${c.tenants === 1 ? '' : 's'}, ` +
      `over ${grouped(c.groups)} independent groups of them.`,
  }));
}

function title(p: Params): string {
  const red =
    p.redundancy === 'none'
      ? 'one copy'
      : p.redundancy === 'replicas'
        ? `${p.replicas} replicas`
        : `${p.ecData}-of-${p.ecTotal} erasure coding`;
  const read =
    p.redundancy === 'none' ? '' : p.readChoices === 1 ? ', random reads' : `, least loaded of ${p.readChoices}`;
  return `${grouped(p.drives)} drives, ${grouped(p.tenants)} tenants, ${p.placement}, ${red}${read}`;
}

function stats(r: Result): Stat[] {
  const s = r.summary;
  return [
    {
      id: 'maxDriveUtilization',
      label: 'Hottest drive (per second, mean)',
      value: s.maxDriveUtilization.value,
      ci95: s.maxDriveUtilization.ci95,
      unit: '× IOPS',
      help: 'The busiest drive’s offered load ÷ its IOPS, each second, averaged over the run.',
    },
    {
      id: 'p99DriveUtilization',
      label: 'p99 drive utilization',
      value: s.p99DriveUtilization,
      ci95: null,
      unit: '× IOPS',
    },
    {
      id: 'overloadedDriveFraction',
      label: 'Drive-seconds over capacity',
      value: s.overloadedDriveFraction.value,
      ci95: s.overloadedDriveFraction.ci95,
      unit: '',
    },
    {
      id: 'meanUtilization',
      label: 'Mean utilization',
      value: s.meanUtilization.value,
      ci95: s.meanUtilization.ci95,
      theory: s.meanUtilizationTheory,
      unit: '',
    },
    { id: 'demandCv', label: 'Demand CV (total, per second)', value: s.demandCv, theory: s.demandCvTheory, unit: '' },
    { id: 'iopsPerTb', label: 'IOPS per TB', value: s.iopsPerTb, theory: s.iopsPerTb, unit: '' },
    { id: 'maxBacklogSeconds', label: 'Longest queue', value: s.maxBacklogSeconds, unit: 's' },
  ];
}
