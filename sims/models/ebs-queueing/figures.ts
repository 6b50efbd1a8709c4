import type { Figure, LineFigure, Series } from '../../figures/types.ts';
import { formatValue, grouped } from '../../figures/format.ts';
import type { Result } from './model.ts';
import type { Device, Params } from './params.ts';
import { placement } from './placement.ts';
import type { SweepPoint } from './sweep.ts';
import { ebsTheory } from './theory.ts';

/** Era names by device, for titles. */
export const ERA: Record<Device, string> = {
  hdd: 'Hard drives',
  'ssd-2012': 'SSDs (2012)',
  'nitro-ssd': 'Nitro SSDs',
  exponential: 'Exponential server',
};

/** Era names inside a sentence. */
const ERA_IN_TEXT: Record<Device, string> = {
  hdd: 'hard drives',
  'ssd-2012': '2012 SSDs',
  'nitro-ssd': 'Nitro SSDs',
  exponential: 'an exponential server',
};

/** A number for captions: three significant figures, thousands separated. */
export const fmt = formatValue;

/**
 * The Pollaczek–Khinchine mean latency at loads 0.02 … 0.98, null where it does not apply: the
 * dashed curve of `hockeyStick`. It depends on neither `p.load` nor the seed.
 */
export function theoryCurve(p: Params): [number, number | null][] {
  const theory: [number, number | null][] = [];
  for (let i = 1; i <= 49; i++) {
    const load = i / 50;
    const q = { ...p, load };
    theory.push([load, ebsTheory(q, placement(q)).meanLatencyMs]);
  }
  return theory;
}

/**
 * The hockey stick of one era: p50 and p99 against offered load, with the Pollaczek–Khinchine
 * mean where it applies (dashed, `theory` from `theoryCurve`), see /concepts/queueing-theory/.
 */
export function hockeyStick(
  id: string,
  p: Params,
  points: SweepPoint[],
  marker: number | null,
  theory: [number, number | null][],
): LineFigure {
  const series: Series[] = [
    {
      id: `${id}-p50`,
      label: 'p50, simulated',
      style: 'points',
      color: 0,
      points: points.map((s) => [s.x, s.p50.value]),
      ci: points.map((s) => s.p50.ci95),
    },
    {
      id: `${id}-p99`,
      label: 'p99, simulated',
      style: 'points',
      color: 1,
      points: points.map((s) => [s.x, s.p99.value]),
      ci: points.map((s) => s.p99.ci95),
    },
  ];
  if (theory.some(([, y]) => y !== null))
    series.push({ id: `${id}-mean`, label: 'mean, M/G/1 theory', style: 'dashed', color: 2, points: theory });
  const lo = points.find((s) => s.x >= 0.5) ?? points[0];
  const hi = points.find((s) => s.x >= 0.9) ?? points[points.length - 1];
  return {
    kind: 'line',
    id,
    title: `${ERA[p.device]}: latency as the drives get busier`,
    caption: `p50 and p99 latency against offered load for ${ERA_IN_TEXT[p.device]}${p.ringDepth > 0 ? ` behind a ${p.ringDepth}-deep host ring` : ''}, without bursts. p99 is ${fmt(lo?.p99.value)} ms at ${fmt(lo?.x)} load and ${fmt(hi?.p99.value)} ms at ${fmt(hi?.x)}: flat, then steep.`,
    x: { label: 'Offered load', unit: '', scale: 'linear', domain: [0, 1] },
    y: { label: 'Latency', unit: 'ms', scale: 'linear' },
    series,
    ...(marker === null ? {} : { marker: { x: marker, label: `your run, ${fmt(marker)}` } }),
  };
}

/** Latency histogram (log x) with p50, p99 and p99.9 marked. */
export function distribution(r: Result): Figure | null {
  const s = r.summary,
    h = r.histogram;
  if (!s || !h || h.counts.length === 0) return null;
  return {
    kind: 'histogram',
    id: 'distribution',
    title: 'How long the IOs took',
    caption: `Latency of ${grouped(s.ios)} IOs on a log scale, so the tail shows. Half finished within ${fmt(s.p50)} ms; 1 in 100 took over ${fmt(s.p99)} ms and 1 in 1,000 over ${fmt(s.p999)} ms.`,
    x: { label: 'Latency', unit: 'ms', scale: 'log' },
    edges: h.edges,
    counts: h.counts,
    markers: [
      { x: s.p50, label: 'p50' },
      { x: s.p99, label: 'p99' },
      { x: s.p999, label: 'p99.9' },
    ],
  };
}

/** The tail on log–log axes: share of IOs slower than each latency, with and without the burst. */
export function tail(r: Result): Figure | null {
  if (r.tail.length === 0) return null;
  const series: Series[] = [
    { id: 'tail-run', label: r.baseline ? 'with the burst' : 'this run', style: 'line', color: 1, points: r.tail },
  ];
  if (r.baselineTail.length > 0)
    series.unshift({ id: 'tail-base', label: 'without the burst', style: 'line', color: 0, points: r.baselineTail });
  return {
    kind: 'line',
    id: 'tail',
    title: 'The tail: share of IOs slower than a latency',
    caption: `Both axes logarithmic. Reading across at 0.01 gives p99 (${fmt(r.summary?.p99)} ms), at 0.001 p99.9 (${fmt(r.summary?.p999)} ms); a line that stays high for long is a long tail.${r.baseline ? ` Without the burst p99 would be ${fmt(r.baseline.p99)} ms.` : ''}`,
    x: { label: 'Latency', unit: 'ms', scale: 'log' },
    y: { label: 'Share of IOs slower', unit: '', scale: 'log', domain: [1e-4, 1] },
    series,
  };
}

/** Each volume's p99 with and without volume 0's burst, and the doubling line of the blast radius. */
export function tenants(r: Result): Figure | null {
  if (!r.baseline || !r.summary) return null;
  const ts = r.perTenant;
  const radius = r.summary.blastRadius ?? 0;
  return {
    kind: 'line',
    id: 'tenants',
    title: 'Each volume’s p99, with and without the burst',
    caption: `Volume 0 bursts; ${radius} of the other ${ts.length - 1} volumes had their p99 at least doubled (above the dashed line): a blast radius of ${radius}. Volume 0’s own p99 is ${fmt(r.summary.noisyP99)} ms against ${fmt(ts[0]?.baselineP99)} ms without its burst.`,
    x: { label: 'Volume', unit: '', scale: 'linear', domain: [0, Math.max(1, ts.length - 1)] },
    y: { label: 'p99 latency', unit: 'ms', scale: 'log' },
    series: [
      {
        id: 'tenants-base',
        label: 'p99 without the burst',
        style: 'points',
        color: 0,
        points: ts.map((t) => [t.tenant, t.baselineP99]),
      },
      {
        id: 'tenants-double',
        label: 'twice that: the blast-radius line',
        style: 'dashed',
        color: 3,
        points: ts.map((t) => [t.tenant, t.baselineP99 === null ? null : 2 * t.baselineP99]),
      },
      {
        id: 'tenants-run',
        label: 'p99 with the burst',
        style: 'points',
        color: 1,
        points: ts.map((t) => [t.tenant, t.p99]),
        ci: ts.map((t) => t.ci95),
      },
    ],
  };
}

/** Throughput against ring depth, with Little's-law ceiling N / W and the offered rate. */
export function ring(p: Params, r: Result, points: SweepPoint[]): Figure {
  const depths = points.map((s) => s.x);
  const offered = r.theory.busiestHostIops;
  const ceiling: [number, number][] = depths.map((n) => [n, (1000 * n) / r.theory.unloadedMs]);
  const at = points.find((s) => s.x === p.ringDepth);
  return {
    kind: 'line',
    id: 'ring',
    title: 'Throughput against host ring depth',
    caption: `One host’s throughput as the ring allows more IOs in flight. Little’s law caps it at depth ÷ time per IO (dashed; at least ${fmt(r.theory.unloadedMs)} ms per IO), whatever the drives can do, until it meets the ${fmt(offered)} IOPS the volumes ask for.${at ? ` At depth ${p.ringDepth}: ${fmt(at.throughput.value)} IOPS.` : ''}`,
    x: { label: 'Ring depth', unit: 'IOs', scale: 'log' },
    y: {
      label: 'Throughput',
      unit: 'IOPS',
      scale: 'linear',
      domain: [0, Math.max(offered, ...points.map((s) => s.throughput.value)) * 1.15],
    },
    series: [
      {
        id: 'ring-little',
        label: 'Little’s law ceiling: depth ÷ unloaded latency',
        style: 'dashed',
        color: 2,
        points: ceiling,
      },
      {
        id: 'ring-offered',
        label: 'offered by the volumes',
        style: 'dashed',
        color: 3,
        points: [
          [depths[0]!, offered],
          [depths[depths.length - 1]!, offered],
        ],
      },
      {
        id: 'ring-sim',
        label: 'simulated throughput',
        style: 'points',
        color: 0,
        points: points.map((s) => [s.x, s.throughput.value]),
        ci: points.map((s) => s.throughput.ci95),
      },
    ],
    ...(p.ringDepth > 0 ? { marker: { x: p.ringDepth, label: `your ring, ${p.ringDepth}` } } : {}),
  };
}
