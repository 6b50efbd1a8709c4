import type { Figure, Stat, View } from '../../figures/types.ts';
import { memo } from '../../engine/memo.ts';
import { validate } from '../../params/validate.ts';
import { distribution, ERA, fmt, hockeyStick, ring, tail, tenants, theoryCurve } from './figures.ts';
import { run, type Options, type Result } from './model.ts';
import { params, type Params } from './params.ts';
import { presets } from './presets.ts';
import { sweep, type SweepPoint } from './sweep.ts';

/** Loads of the hockey-stick sweeps. */
const LOADS = [0.1, 0.5, 0.7, 0.8, 0.9, 0.95];
/** Ring depths of the ring sweep. */
const DEPTHS = [8, 16, 32, 64, 128, 256];
/** IOs per sweep point: few, so a step runs in tens of milliseconds; the 95% bars show the price. */
const SWEEP_IOS = 600;
/** Seed of the reference sweeps (see `swept`). */
const SWEEP_SEED = 1;
const RING_IOS = 800;

const ISOLATION: Record<Params['isolation'], string> = {
  fifo: 'shared FIFO',
  fair: 'fair queueing',
  provisioned: 'Provisioned IOPS',
};

/**
 * The EBS page's view: the reader's run (and, with a burst, the same run without it), the
 * hockey stick of this era beside another (hard drives, or Nitro when this is hard drives), the
 * latency distribution and its tail, each volume's p99 when volume 0 bursts, and throughput
 * against ring depth when a host ring is in play.
 */
export function explore(input: Readonly<Record<string, unknown>>, options: Options = {}): View {
  const { value: p } = validate(params, input as Record<string, unknown>);
  const other = presets.find((x) => x.id === (p.device === 'hdd' ? 'nitro' : 'hdd'))!;
  const otherParams: Params = { ...p, ...other.params, seed: p.seed };
  const showRing = p.hosts < p.tenants;
  const main = (p.warmup + p.requests) * (p.noisy > 1 ? 2 : 1);
  const perSweep = LOADS.length * SWEEP_IOS * 1.2;
  const total = main + 2 * perSweep + (showRing ? DEPTHS.length * RING_IOS * 1.2 : 0);
  let done = 0;
  const progress = (n: number) => options.onProgress?.(done + n, total);
  const result = run(p, { ...options, onProgress: (n) => progress(n) });
  done += main;
  const calm = { ...p, noisy: 1 };
  // The reference sweeps run at their own seed whatever the reader's, so they stay put while the
  // reader's run changes, and a worker can keep them between runs (options.memo).
  const swept = (base: Params, key: 'load' | 'ringDepth', xs: readonly number[], ios: number): SweepPoint[] => {
    const input: Params = { ...base, [key]: xs[0]!, requests: ios, warmup: Math.round(ios / 5), seed: SWEEP_SEED };
    return memo(options.memo, `ebs/sweep/${key}/${JSON.stringify(input)}`, () => sweep(input, key, xs, ios, progress));
  };
  const here = swept(calm, 'load', LOADS, SWEEP_IOS);
  done += perSweep;
  const there = swept({ ...otherParams, noisy: 1 }, 'load', LOADS, SWEEP_IOS);
  done += perSweep;
  const ringPoints = showRing ? swept(calm, 'ringDepth', DEPTHS, RING_IOS) : null;
  // The theory curves depend on neither the load nor the seed: a worker keeps them too.
  const theory = (q: Params) =>
    memo(options.memo, `ebs/theory/${JSON.stringify({ ...q, load: 0, seed: 0 })}`, () => theoryCurve(q));
  const figures: Figure[] = [
    hockeyStick('hockey-here', p, here, p.load, theory(p)),
    hockeyStick('hockey-other', otherParams, there, null, theory(otherParams)),
  ];
  for (const f of [distribution(result), tail(result), tenants(result)]) if (f) figures.push(f);
  if (ringPoints) figures.push(ring(p, result, ringPoints));
  return {
    title: `${ERA[p.device]} · ${p.tenants} volumes on ${p.drives} drives · load ${fmt(p.load)}${p.noisy > 1 ? ` · volume 0 bursts ${p.noisy}×` : ''} · ${ISOLATION[p.isolation]}`,
    stats: stats(result),
    figures,
    notes: [...result.notes, ...(result.message ? [result.message] : [])],
    message: result.summary ? null : (result.message ?? 'no IO finished'),
    ...(result.trace && { trace: result.trace }),
  };
}

function stats(r: Result): Stat[] {
  const s = r.summary;
  const ci = s?.ci95;
  const out: Stat[] = [
    { id: 'p50', label: 'p50 latency', value: s?.p50 ?? null, ci95: ci?.p50 ?? null, unit: 'ms' },
    { id: 'p99', label: 'p99 latency', value: s?.p99 ?? null, ci95: ci?.p99 ?? null, unit: 'ms' },
    { id: 'p999', label: 'p99.9 latency', value: s?.p999 ?? null, ci95: ci?.p999 ?? null, unit: 'ms' },
    {
      id: 'mean',
      label: 'Mean latency',
      value: s?.mean ?? null,
      ci95: ci?.mean ?? null,
      theory: r.theory.meanLatencyMs,
      unit: 'ms',
      help: 'Theory: every drive an M/G/1 queue (Pollaczek–Khinchine), when nothing bursts, paces or caps.',
    },
    {
      id: 'victimP99',
      label: 'p99 of volumes 1 and up',
      value: s?.victimP99 ?? null,
      ci95: ci?.victimP99 ?? null,
      unit: 'ms',
    },
  ];
  if (r.baseline) {
    out.push({
      id: 'noisyP99',
      label: 'p99 of volume 0',
      value: s?.noisyP99 ?? null,
      ci95: ci?.noisyP99 ?? null,
      unit: 'ms',
    });
    out.push({
      id: 'blastRadius',
      label: 'Blast radius (volumes)',
      value: s?.blastRadius ?? null,
      unit: '',
      help: 'Other volumes whose p99 at least doubled against the same run without the burst.',
    });
  }
  out.push({
    id: 'throughputIops',
    label: 'Throughput',
    value: s?.throughputIops ?? null,
    ci95: ci?.throughputIops ?? null,
    theory: r.stable ? r.theory.offeredIops : null,
    unit: 'IOPS',
  });
  return out;
}
