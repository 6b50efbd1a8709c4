/** Distributions: specs as plain data, samplers, moments and the mean-and-variability helper. */
export type { Sampler } from './continuous.ts';
export { exponential, deterministic, uniform, normal, standardNormal, lognormal } from './continuous.ts';
export { erlang, hyperexponential, fromMeanScv, MIN_ERLANG_SCV } from './phase-type.ts';
export { boundedPareto, paretoFromMean } from './pareto.ts';
export { empirical } from './empirical.ts';
export { moments, paretoMoment, type DistSpec, type Moments } from './spec.ts';
export { sampler } from './sampler.ts';
export { filler, SampleBuffer, type Filler } from './buffered.ts';
