import type { Rng } from '../rng/xoshiro128.ts';
import { deterministic, exponential, lognormal, normal, uniform, type Sampler } from './continuous.ts';
import { empirical } from './empirical.ts';
import { boundedPareto } from './pareto.ts';
import { erlang, hyperexponential } from './phase-type.ts';
import type { DistSpec } from './spec.ts';

/** Turns a distribution spec into a draw function on the given stream (one stream per source). */
export function sampler(d: DistSpec, rng: Rng): Sampler {
  switch (d.kind) {
    case 'exponential': return exponential(rng, d.mean);
    case 'deterministic': return deterministic(d.value);
    case 'uniform': return uniform(rng, d.min, d.max);
    case 'normal': return normal(rng, d.mean, d.sd);
    case 'lognormal': return lognormal(rng, d.mean, d.scv);
    case 'erlang': return erlang(rng, d.k, d.rate, d.p);
    case 'hyperexponential': return hyperexponential(rng, d.p, d.rate1, d.rate2);
    case 'bounded-pareto': return boundedPareto(rng, d.alpha, d.low, d.high);
    case 'empirical': return empirical(rng, d.values);
  }
}
export { filler, SampleBuffer, type Filler } from './buffered.ts';
