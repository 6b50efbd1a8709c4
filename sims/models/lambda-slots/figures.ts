import type { LineFigure, Series } from '../../figures/types.ts';
import { creationPlan, perPacketUs } from './costs.ts';
import { simulateCreation, type CreationDraws } from './creation.ts';
import type { Params } from './params.ts';
import { quantileOf, type ColdStats } from './replicate.ts';
import { grouped } from '../../figures/format.ts';

/** Thread counts of the parallel-creation figure. */
export const THREADS = [1, 2, 4, 8, 16, 32, 64];
/** Slot counts of the boot-time figure. */
/**
 * The seed of the creation figures' step times, whatever the run's: like EBS's reference sweeps,
 * the curves stay put while a reader's runs change, and a worker keeps their runs between runs.
 */
export const SWEEP_SEED = 1;
export const SLOT_COUNTS = [200, 1000, 2000, 4000];
const BINS = 24;

/**
 * p50 and p99 of cold starts arriving in each time bin, pooled over replications. Arrivals are in
 * time order, so a run's cold starts of one bin are one run of indices: each bin's latencies are
 * copied into one typed array, bin after bin, and its quantiles are selections in its subarray.
 */
function binned(c: ColdStats): { x: number[]; p50: (number | null)[]; p99: (number | null)[] } {
  const width = c.arrivals.duration / BINS;
  /** Per run, where each bin's cold starts begin (and, last, the run's count). */
  const starts = c.runs.map((r) => {
    const s = new Int32Array(BINS + 1);
    for (let b = 1; b < BINS; b++) s[b] = firstInBin(r.arrivals, b, width);
    s[BINS] = r.n;
    return s;
  });
  /** Bin b's latencies go to [from[b], from[b + 1]). */
  const from = new Int32Array(BINS + 1);
  for (let b = 0; b < BINS; b++)
    from[b + 1] = starts.reduce((n, s) => n + (s[b + 1] as number) - (s[b] as number), from[b] as number);
  const byBin = new Float64Array(from[BINS] as number);
  for (let b = 0; b < BINS; b++) {
    let at = from[b] as number;
    c.runs.forEach((r, i) => {
      const s = starts[i]!;
      byBin.set(r.latency.subarray(s[b], s[b + 1]), at);
      at += (s[b + 1] as number) - (s[b] as number);
    });
  }
  const bins = Array.from({ length: BINS }, (_, b) => byBin.subarray(from[b], from[b + 1]));
  return {
    x: bins.map((_, i) => ((i + 0.5) * width) / 1000),
    p50: bins.map((b) => (b.length ? quantileOf(b, 0.5) : null)),
    p99: bins.map((b) => (b.length ? quantileOf(b, 0.99) : null)),
  };
}

/** The first index of ascending arrivals whose bin (the last takes what is left) is `b` or later. */
function firstInBin(arrivals: Float64Array, b: number, width: number): number {
  let lo = 0,
    hi = arrivals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Math.min(BINS - 1, Math.floor((arrivals[mid] as number) / width)) < b) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cold-start network latency through the burst, on demand beside pre-created: the constant-work picture. */
export function burstFigure(p: Params, onDemand: ColdStats, preCreated: ColdStats): LineFigure {
  const series: Series[] = [];
  const add = (c: ColdStats, name: string, color: number) => {
    const b = binned(c);
    series.push({
      id: `${name}-p99`,
      label: `${name}: p99`,
      style: 'line',
      color,
      points: b.x.map((x, i) => [x, b.p99[i]!]),
    });
    series.push({
      id: `${name}-p50`,
      label: `${name}: median`,
      style: 'points',
      color,
      points: b.x.map((x, i) => [x, b.p50[i]!]),
    });
  };
  add(onDemand, 'On demand', 0);
  add(preCreated, 'Pre-created', 1);
  const a = onDemand.arrivals;
  return {
    kind: 'line',
    id: 'burst',
    title: 'Cold-start network latency through a burst',
    caption: `Network setup time of cold starts arriving in each ${fmt(a.duration / BINS / 1000)}-second window, ${p.replications} runs pooled, log scale. From ${fmt(a.burstStart / 1000)} s to ${fmt(a.burstEnd / 1000)} s arrivals run ${fmt(p.burst)}× faster. On demand, creations queue on the RTNL lock and the p99 reaches ${fmt(onDemand.burstP99.value / 1000)} s; pre-created slots take the same ${fmt(preCreated.p50.value)} ms at any load.`,
    x: { label: 'Time', unit: 's', scale: 'linear', domain: [0, a.duration / 1000] },
    y: { label: 'Cold-start network latency', unit: 'ms', scale: 'log' },
    series,
    marker: { x: a.burstStart / 1000, label: `burst ×${fmt(p.burst)}` },
  };
}

/** Per-packet rule-traversal cost against slot index, rules in the root namespace vs in each slot's own. */
export function packetFigure(p: Params): LineFigure {
  const xs = Array.from({ length: 41 }, (_, i) => Math.max(1, Math.round((i * p.slots) / 40)));
  return {
    kind: 'line',
    id: 'per-packet',
    title: 'Per-packet rule cost by slot index',
    caption: `Time a packet spends walking filtering rules, at ${p.ruleNs} ns a rule, log scale. With every slot's rules in the root namespace, slot ${grouped(p.slots)} walks ${grouped(p.staticRules + p.rulesPerSlot * p.slots)} rules: ${fmt(perPacketUs(p, p.slots, false))} μs. In each slot's namespace it is ${fmt(perPacketUs(p, p.slots, true))} μs for every slot.`,
    x: { label: 'Slot index', unit: '', scale: 'linear', domain: [0, p.slots] },
    y: { label: 'Per-packet rule cost', unit: 'μs', scale: 'log' },
    series: [
      {
        id: 'root',
        label: 'Rules in the root namespace',
        style: 'line',
        color: 0,
        points: xs.map((i) => [i, perPacketUs(p, i, false)]),
      },
      {
        id: 'namespace',
        label: 'Rules in each slot’s namespace',
        style: 'line',
        color: 1,
        points: xs.map((i) => [i, perPacketUs(p, i, true)]),
      },
    ],
  };
}

/**
 * Creation time (s) of `slots` slots by `threads` threads, one ordering. Every call uses the
 * same stream, so equal arguments give equal results: `memo` lets the figures share runs.
 */
export type Creator = (slots: number, threads: number, friendly: boolean) => number;

/**
 * The figures' creation runs for one parameter set: one stream's draws (made once for every run),
 * and the creation time of each (slots, threads, ordering) made so far. Plain data that a worker
 * keeps between runs (see view.ts).
 */
export interface CreationSweep {
  draws: CreationDraws;
  seconds: Map<string, number>;
}

/**
 * A `Creator` over `sweep`, for one parameter set; `tick` is called once per new simulation.
 * `own` is the run already made (the model's own, at the run's seed): its point is that run's,
 * not made again.
 */
export function creator(
  p: Params,
  tick: () => void,
  sweep: CreationSweep,
  own: { friendly: boolean; seconds: number },
): Creator {
  const ownKey = `${p.slots}|${p.parallelism}|${own.friendly}`;
  return (slots, threads, friendly) => {
    const key = `${slots}|${threads}|${friendly}`;
    if (key === ownKey) return own.seconds;
    let s = sweep.seconds.get(key);
    if (s === undefined) {
      s = simulateCreation(creationPlan(p, slots, friendly), threads, sweep.draws).seconds;
      sweep.seconds.set(key, s);
      tick();
    }
    return s;
  };
}

/** Said under both creation figures: what changes with the run's seed and what does not. */
const SWEEP_NOTE = `The curves draw their step times once, with seed ${SWEEP_SEED}, so they stay put from run to run; the run's own point (its slots, threads and ordering) is its own.`;

/** Parallel creation time of every slot against thread count, lock-unfriendly vs lock-friendly. */
export function parallelFigure(p: Params, create: Creator): LineFigure {
  const threads = [...new Set([...THREADS, p.parallelism])].sort((x, y) => x - y);
  const sweep = (friendly: boolean) => threads.map((t) => [t, create(p.slots, t, friendly)] as [number, number]);
  const naive = sweep(false),
    friendly = sweep(true);
  const at = (xs: [number, number][]) => xs.find(([t]) => t === p.parallelism)![1];
  return {
    kind: 'line',
    id: 'parallel',
    title: `Creating all ${grouped(p.slots)} slots in parallel`,
    caption: `Wall-clock time to create every slot with more threads, log scales. Lock-unfriendly, almost all the work holds RTNL, so threads cannot help: ${fmt(at(naive))} s at ${p.parallelism} threads. Lock-friendly, the work under the lock is small and threads help until the lock saturates: ${fmt(at(friendly))} s. ${SWEEP_NOTE}`,
    x: { label: 'Threads', unit: '', scale: 'log', domain: [1, Math.max(64, p.parallelism)] },
    y: { label: 'Creation time', unit: 's', scale: 'log' },
    series: [
      { id: 'naive', label: 'Lock-unfriendly order', style: 'line', color: 0, points: naive },
      { id: 'friendly', label: 'RTNL-friendly order', style: 'line', color: 1, points: friendly },
    ],
    marker: { x: p.parallelism, label: `${p.parallelism} threads` },
  };
}

/** Boot time (pre-creating every slot) against slot count, both orderings, at the run's thread count. */
export function bootFigure(p: Params, create: Creator): LineFigure {
  const counts = [...new Set([...SLOT_COUNTS, p.slots])].sort((x, y) => x - y);
  const sweep = (friendly: boolean) => counts.map((n) => [n, create(n, p.parallelism, friendly)] as [number, number]);
  const naive = sweep(false),
    friendly = sweep(true);
  return {
    kind: 'line',
    id: 'boot',
    title: 'Boot time to pre-create every slot',
    caption: `Time to build all slots at boot with ${p.parallelism} threads, by slot count. It grows in proportion to the slots; the dashed line is the article's three minutes. A worker pays this once, and lives far longer than the micro-VMs it hosts. ${SWEEP_NOTE}`,
    x: { label: 'Slots per worker', unit: '', scale: 'linear', domain: [0, counts[counts.length - 1]!] },
    y: { label: 'Boot time', unit: 's', scale: 'linear' },
    series: [
      { id: 'naive', label: 'Lock-unfriendly order', style: 'line', color: 0, points: naive },
      { id: 'friendly', label: 'RTNL-friendly order', style: 'line', color: 1, points: friendly },
      {
        id: 'three-minutes',
        label: 'Three minutes (the article’s boot cost)',
        style: 'dashed',
        color: 2,
        points: [
          [0, 180],
          [counts[counts.length - 1]!, 180],
        ],
      },
    ],
    marker: { x: p.slots, label: `${grouped(p.slots)} slots` },
  };
}

/** Numbers for captions: three significant figures. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? grouped(Math.round(x)) : String(+x.toPrecision(3));
}
