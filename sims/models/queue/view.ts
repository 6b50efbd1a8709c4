import type { Figure, Series, Stat, View } from '../../figures/types.ts';
import { validate } from '../../params/validate.ts';
import { run, type Options, type Result } from './model.ts';
import { params, type Params } from './params.ts';
import { sweep, type SweepResult } from './sweep.ts';
import { memo } from '../../engine/memo.ts';
import { grouped } from '../../figures/format.ts';

/** Loads the playground sweeps, below and near saturation. */
const LOADS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
/** Customers per sweep point: small, so the default playground runs in tens of milliseconds; the
 *  95% bars on each point show the price of that. */
const SWEEP_CUSTOMERS = 1500;
/**
 * The hockey-stick sweeps are a reference drawn behind the reader's run: they run at this seed
 * whatever the reader's, so they stay put while the reader's own run changes, and a worker can
 * keep them between runs (they depend only on the servers, the lines and the service shape).
 */
const SWEEP_SEED = 1;

/**
 * The queue playground: the reader's run, plus the hockey stick for one shared line and for a
 * line per server at the same c and μ, each beside its closed-form curve where one exists.
 */
export function explore(input: Readonly<Record<string, unknown>>, options: Options = {}): View {
  const { value: p, notes } = validate(params, input as Record<string, unknown>);
  const total = p.customers + p.warmup + 2 * LOADS.length * (SWEEP_CUSTOMERS + SWEEP_CUSTOMERS / 10);
  let done = 0;
  const progress = (units: number) => options.onProgress?.(done + units, total);
  const result = run(p, { ...options, onProgress: (n) => progress(n / 2) });
  done += p.customers + p.warmup;
  const sweepOf = (discipline: Params['discipline']) => {
    // Every sweep point sets its own arrival rate: the reader's does not enter the sweep.
    const input: Params = {
      ...p,
      discipline,
      arrivalRate: p.servers * p.serviceRate,
      customers: SWEEP_CUSTOMERS,
      warmup: SWEEP_CUSTOMERS / 10,
      seed: SWEEP_SEED,
    };
    const s = memo(options.memo, `queue/sweep/${JSON.stringify(input)}`, () =>
      sweep(input, { utilizations: LOADS, onProgress: (i) => progress(i * (SWEEP_CUSTOMERS * 1.1)) }),
    );
    done += LOADS.length * SWEEP_CUSTOMERS * 1.1;
    return s;
  };
  const shared = sweepOf('shared');
  const perServer = p.servers > 1 ? sweepOf('per-server') : null;
  return {
    title: `${p.servers === 1 ? 'One server' : `${p.servers} servers`}, ${p.discipline === 'shared' ? 'one shared line' : 'a line per server'}`,
    stats: stats(result),
    figures: [hockeyStick(p, result, shared, perServer), ...(result.histogram ? [distribution(result)] : [])],
    notes: [...notes, ...(result.truncated && result.message ? [result.message] : [])],
    message: result.stable ? null : result.message,
    ...(result.trace && { trace: result.trace }),
  };
}

function stats(r: Result): Stat[] {
  const s = r.summary;
  const t = r.theory;
  const unit = 's';
  return [
    {
      id: 'utilization',
      label: 'Utilization ρ',
      value: s?.utilization.value ?? r.offeredLoad,
      ci95: s?.utilization.ci95 ?? null,
      theory: r.offeredLoad,
      unit: '',
    },
    {
      id: 'meanWait',
      label: 'Mean wait in line',
      value: s?.meanWait.value ?? null,
      ci95: s?.meanWait.ci95 ?? null,
      theory: t?.meanWait ?? null,
      unit,
    },
    {
      id: 'p99',
      label: 'p99 time in system',
      value: s?.sojournPercentiles.p99.value ?? null,
      ci95: s?.sojournPercentiles.p99.ci95 ?? null,
      theory: t?.sojournPercentiles?.p99 ?? null,
      unit,
    },
    {
      id: 'probWait',
      label: 'Share who wait',
      value: s?.probWait.value ?? null,
      ci95: s?.probWait.ci95 ?? null,
      theory: t?.probWait ?? null,
      unit: '',
    },
    {
      id: 'meanInSystem',
      label: 'Mean number in system L',
      value: s?.meanInSystem.value ?? null,
      ci95: s?.meanInSystem.ci95 ?? null,
      theory: t?.meanInSystem ?? null,
      unit: '',
    },
    {
      id: 'throughput',
      label: 'Throughput',
      value: s?.throughput.value ?? null,
      ci95: s?.throughput.ci95 ?? null,
      theory: r.stable ? r.params.arrivalRate : null,
      unit: 'per s',
    },
  ];
}

function hockeyStick(p: Params, r: Result, shared: SweepResult, perServer: SweepResult | null): Figure {
  const series: Series[] = [];
  const add = (s: SweepResult, name: string, color: number) => {
    if (s.curve)
      series.push({
        id: `${name}-theory`,
        label: `${name}: theory (${s.theoryModel})`,
        style: 'dashed',
        color,
        points: s.curve.map((c) => [c.utilization, c.meanWait]),
      });
    series.push({
      id: `${name}-sim`,
      label: `${name}: simulated`,
      style: 'points',
      color,
      points: s.points.map((q) => [q.utilization, q.meanWait.value]),
      ci: s.points.map((q) => q.meanWait.ci95),
    });
  };
  add(shared, p.servers > 1 ? 'One shared line' : 'One server', 0);
  if (perServer) add(perServer, 'A line per server', 1);
  const mean = 1 / p.serviceRate;
  return {
    kind: 'line',
    id: 'hockey-stick',
    title: 'Mean wait as the servers get busier',
    caption: `Mean time in line against utilization ρ, with ${p.servers} server${p.servers > 1 ? 's' : ''} at a mean service time of ${fmt(mean)} s. The wait stays low until about ρ = 0.7, then climbs without bound as ρ nears 1.${p.servers > 1 ? ' At the same load, a line per server waits far longer than one shared line.' : ''}`,
    x: { label: 'Utilization ρ', unit: '', scale: 'linear', domain: [0, 1] },
    y: {
      label: 'Mean wait',
      unit: 's',
      scale: 'linear',
      domain: [
        0,
        Math.max(10 * mean, ...series.flatMap((s) => s.points.map(([, y]) => (y !== null && y < 40 * mean ? y : 0)))),
      ],
    },
    series,
    marker: { x: Math.min(r.offeredLoad, 1), label: `your run, ρ = ${fmt(r.offeredLoad)}` },
  };
}

function distribution(r: Result): Figure {
  const s = r.summary!;
  const h = r.histogram!;
  return {
    kind: 'histogram',
    id: 'sojourn',
    title: 'How long customers spent in the system',
    caption: `Time in system (wait plus service) of ${grouped(s.customers)} customers, on a log scale so the tail shows. Half finished within ${fmt(s.sojournPercentiles.p50.value)} s, but 1 in 100 took over ${fmt(s.sojournPercentiles.p99.value)} s.`,
    x: { label: 'Time in system', unit: 's', scale: 'log' },
    edges: h.edges,
    counts: h.counts,
    markers: [
      { x: s.sojournPercentiles.p50.value, label: 'p50' },
      { x: s.sojournPercentiles.p99.value, label: 'p99' },
    ],
  };
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(2);
}
