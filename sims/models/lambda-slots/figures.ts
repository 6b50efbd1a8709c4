import type { LineFigure, Series } from '../../figures/types.ts';
import { creationPlan, perPacketUs } from './costs.ts';
import { simulateCreation, type CreationDraws } from './creation.ts';
import type { Params } from './params.ts';
import { quantileOf, type ColdStats } from './replicate.ts';
import { grouped } from './trace.ts';

/** Thread counts of the parallel-creation figure. */
export const THREADS = [1, 2, 4, 8, 16, 32, 64];
/** Slot counts of the boot-time figure. */
export const SLOT_COUNTS = [200, 1000, 2000, 4000];
const BINS = 24;

/**
 * p50 and p99 of cold starts arriving in each time bin, pooled over replications. The latencies
 * are grouped by bin into one typed array (a counting sort on the bin), so each bin's quantiles
 * are selections in its own subarray.
 */
function binned(c: ColdStats): { x: number[]; p50: (number | null)[]; p99: (number | null)[] } {
  const width = c.arrivals.duration / BINS;
  const bin = (t: number) => Math.min(BINS - 1, Math.floor(t / width));
  /** Bin b's latencies go to [from[b], from[b + 1]). */
  const from = new Int32Array(BINS + 1);
  for (const r of c.runs)
    for (let i = 0; i < r.n; i++) {
      const b = bin(r.arrivals[i] as number) + 1;
      from[b] = (from[b] as number) + 1;
    }
  for (let b = 0; b < BINS; b++) from[b + 1] = (from[b + 1] as number) + (from[b] as number);
  const byBin = new Float64Array(from[BINS] as number),
    next = from.slice(0, BINS);
  for (const r of c.runs)
    for (let i = 0; i < r.n; i++) {
      const b = bin(r.arrivals[i] as number);
      byBin[next[b] as number] = r.latency[i] as number;
      next[b] = (next[b] as number) + 1;
    }
  const bins = Array.from({ length: BINS }, (_, b) => byBin.subarray(from[b], from[b + 1]));
  return {
    x: bins.map((_, i) => ((i + 0.5) * width) / 1000),
    p50: bins.map((b) => (b.length ? quantileOf(b, 0.5) : null)),
    p99: bins.map((b) => (b.length ? quantileOf(b, 0.99) : null)),
  };
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
 * A memoised `Creator` for one parameter set; `tick` is called once per new simulation. `known`
 * is the run already made with the same stream (the model's own), so it is not made twice, and
 * the stream's draws, made once for every run.
 */
export function creator(
  p: Params,
  tick: () => void,
  known: { friendly: boolean; seconds: number; draws: CreationDraws },
): Creator {
  const memo = new Map<string, number>();
  memo.set(`${p.slots}|${p.parallelism}|${known.friendly}`, known.seconds);
  const draws = known.draws;
  return (slots, threads, friendly) => {
    const key = `${slots}|${threads}|${friendly}`;
    let s = memo.get(key);
    if (s === undefined) {
      s = simulateCreation(creationPlan(p, slots, friendly), threads, draws).seconds;
      memo.set(key, s);
      tick();
    }
    return s;
  };
}

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
    caption: `Wall-clock time to create every slot with more threads, log scales. Lock-unfriendly, almost all the work holds RTNL, so threads cannot help: ${fmt(at(naive))} s at ${p.parallelism} threads. Lock-friendly, the work under the lock is small and threads help until the lock saturates: ${fmt(at(friendly))} s.`,
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
    caption: `Time to build all slots at boot with ${p.parallelism} threads, by slot count. It grows in proportion to the slots; the dashed line is the article's three minutes. A worker pays this once, and lives far longer than the micro-VMs it hosts.`,
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
