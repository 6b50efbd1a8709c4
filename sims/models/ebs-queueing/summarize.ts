import { sectionedQuantileHalfWidths } from '../../stats/sectioning.ts';
import { ratioEstimate, type Estimate } from '../../stats/batch-means.ts';
import type { QuantileSketch } from '../../stats/quantiles.ts';
import type { Raw } from './raw.ts';

/** 95% half-widths of the summary's numbers (null where they cannot be had, e.g. beyond 100,000 IOs). */
export interface Ci95 {
  p50: number | null;
  p99: number | null;
  p999: number | null;
  mean: number | null;
  victimP99: number | null;
  noisyP99: number | null;
  throughputIops: number | null;
  meanInRing: number | null;
  meanRingMs: number | null;
}

/** The measured steady state of one run. Latencies in ms over all measured IOs, rates in IOPS. */
export interface Summary {
  p50: number;
  p99: number;
  p999: number;
  mean: number;
  /** p99 of every volume but volume 0, the one that bursts; null with a single volume. */
  victimP99: number | null;
  /** p99 of volume 0. */
  noisyP99: number;
  /**
   * Volumes other than 0 whose p99 at least doubled against the same run without the burst (0 without a burst; null in
   * a baseline).
   */
  blastRadius: number | null;
  /** Measured completions per second over the measurement window. */
  throughputIops: number;
  /** Time-average IOs holding a host-ring slot (L of Little's law). */
  meanInRing: number;
  /** Mean time an IO holds a ring slot, ms (W of Little's law). */
  meanRingMs: number;
  ci95: Ci95;
  ios: number;
  /** Exact up to 100,000 IOs; beyond, a log histogram within 1/128 relative error and no half-widths. */
  quantileMethod: 'exact' | 'histogram';
}

/** A quantile with its 95% half-width by sectioning (null in histogram mode or with few values). */
export function quantileEstimate(s: QuantileSketch, q: number): Estimate {
  return quantileEstimates(s, [q])[0]!;
}

/** Several quantiles, each with its 95% half-width by sectioning (null in histogram mode or with few values). */
export function quantileEstimates(s: QuantileSketch, qs: readonly number[], sections = 20): Estimate[] {
  const values = s.samples();
  const hw = values === null ? qs.map(() => null) : sectionedQuantileHalfWidths(values, qs, sections);
  return qs.map((q, j) => ({ value: s.count > 0 ? s.quantile(q) : Number.NaN, ci95: hw[j] ?? null }));
}

/** Turns a run's batches and sketches into the summary (blast radius filled in by the caller). */
export function summarize(raw: Raw): Summary {
  const [p50, p99, p999] = quantileEstimates(raw.latency, [0.5, 0.99, 0.999]) as [Estimate, Estimate, Estimate];
  const victim = quantileEstimate(raw.victims, 0.99),
    noisy = quantileEstimate(raw.perTenant[0]!, 0.99);
  const mean = ratioEstimate(raw.sumLatency, raw.count);
  const tput = ratioEstimate(raw.count, raw.duration);
  const inRing = ratioEstimate(raw.areaRing, raw.duration);
  const ringMs = ratioEstimate(raw.sumRing, raw.count);
  const k = (e: Estimate) => (e.ci95 === null ? null : 1000 * e.ci95);
  return {
    p50: p50.value,
    p99: p99.value,
    p999: p999.value,
    mean: mean.value,
    victimP99: raw.victims.count > 0 ? victim.value : null,
    noisyP99: noisy.value,
    blastRadius: null,
    throughputIops: 1000 * tput.value,
    meanInRing: inRing.value,
    meanRingMs: ringMs.value,
    ci95: {
      p50: p50.ci95,
      p99: p99.ci95,
      p999: p999.ci95,
      mean: mean.ci95,
      victimP99: victim.ci95,
      noisyP99: noisy.ci95,
      throughputIops: k(tput),
      meanInRing: inRing.ci95,
      meanRingMs: ringMs.ci95,
    },
    ios: raw.latency.count,
    quantileMethod: raw.latency.exact ? 'exact' : 'histogram',
  };
}

/** Latency at a ladder of quantiles, as [ms, share of IOs slower]: the tail on log–log axes. */
export function tailCurve(s: QuantileSketch): [number, number][] {
  if (s.count === 0) return [];
  const qs = [
    0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999,
  ];
  return qs.filter((q) => (1 - q) * s.count >= 1).map((q) => [s.quantile(q), 1 - q]);
}
