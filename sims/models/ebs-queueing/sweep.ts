import type { Estimate } from '../../stats/batch-means.ts';
import { ratioEstimate } from '../../stats/batch-means.ts';
import type { Params } from './params.ts';
import { placement } from './placement.ts';
import { simulate } from './simulate.ts';
import { quantileEstimates } from './summarize.ts';
import { ebsTheory } from './theory.ts';

/** One point of a sweep: the varied value, latency percentiles and throughput with 95% half-widths. */
export interface SweepPoint {
  x: number;
  p50: Estimate;
  p99: Estimate;
  /** IOPS. */
  throughput: Estimate;
  /** Mean time an IO held a ring slot, ms. */
  ringMs: Estimate;
  /** Mean latency by Pollaczek–Khinchine where it applies, else null. */
  theoryMean: number | null;
}

/** Progress hook for sweeps: IOs done in this sweep so far. */
export type SweepProgress = (done: number) => void;

/**
 * Runs the model at each value of one parameter (load, ring depth), short runs without the
 * burst's baseline, keeping the percentiles and throughput. Seeds are the caller's, so a sweep
 * is as reproducible as a run.
 */
export function sweep(
  base: Params,
  key: 'load' | 'ringDepth',
  xs: readonly number[],
  ios: number,
  progress?: SweepProgress,
): SweepPoint[] {
  const warmup = Math.round(ios / 5);
  return xs.map((x, i) => {
    const p: Params = { ...base, [key]: x, requests: ios, warmup };
    const raw = simulate(p, {}, 0, 0, false);
    progress?.((i + 1) * (ios + warmup));
    const [p50, p99] = quantileEstimates(raw.latency, [0.5, 0.99]) as [Estimate, Estimate];
    const tput = ratioEstimate(raw.count, raw.duration);
    return {
      x,
      p50,
      p99,
      throughput: { value: 1000 * tput.value, ci95: tput.ci95 === null ? null : 1000 * tput.ci95 },
      ringMs: ratioEstimate(raw.sumRing, raw.count),
      theoryMean: ebsTheory(p, placement(p)).meanLatencyMs,
    };
  });
}
