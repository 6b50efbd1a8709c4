import type { Rng } from '../rng/xoshiro128.ts';
import type { Sampler } from './continuous.ts';

/** Resamples observed values, each equally likely (a bootstrap of a measured trace). */
export function empirical(rng: Rng, values: readonly number[]): Sampler {
  if (values.length === 0) throw new RangeError('an empirical distribution needs at least one value');
  const xs = Float64Array.from(values);
  const n = xs.length;
  return () => xs[Math.floor(rng.next() * n)] as number;
}
