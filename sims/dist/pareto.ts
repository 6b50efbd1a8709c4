import type { Rng } from '../rng/xoshiro128.ts';
import type { Sampler } from './continuous.ts';
import { paretoMoment, type DistSpec } from './spec.ts';

/**
 * Bounded Pareto on [low, high] with shape α, by inversion:
 * x = L · (1 − U (1 − (L/H)^α))^(−1/α), see /concepts/heavy-tails/. Uses `Math.pow`, which the
 * spec does not require to be bit-identical across engines (see continuous.ts).
 */
export function boundedPareto(rng: Rng, alpha: number, low: number, high: number): Sampler {
  const tail = 1 - (low / high) ** alpha;
  const inv = -1 / alpha;
  return () => Math.min(high, low * (1 - rng.next() * tail) ** inv);
}

/**
 * The bounded Pareto with shape α and ratio high/low = `spread`, scaled to the given mean.
 * Heavy-tailed bursts: α near 1 puts most of the work in a few huge jobs.
 */
export function paretoFromMean(mean: number, alpha: number, spread: number): DistSpec {
  const unitMean = paretoMoment(alpha, 1, spread, 1);
  const low = mean / unitMean;
  return { kind: 'bounded-pareto', alpha, low, high: low * spread };
}
