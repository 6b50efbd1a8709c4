import { fromMeanScv, moments, paretoFromMean, type DistSpec, type Moments } from '../../dist/index.ts';
import { PARETO_SPREAD, type Params } from './params.ts';

/** The service-time distribution a parameter set asks for (mean 1/μ). */
export function serviceSpec(p: Params): DistSpec {
  const mean = 1 / p.serviceRate;
  switch (p.serviceDist) {
    case 'exponential':
      return { kind: 'exponential', mean };
    case 'deterministic':
      return { kind: 'deterministic', value: mean };
    case 'scv':
      return fromMeanScv(mean, p.serviceScv);
    case 'lognormal':
      return p.serviceScv === 0
        ? { kind: 'deterministic', value: mean }
        : { kind: 'lognormal', mean, scv: p.serviceScv };
    case 'pareto':
      return paretoFromMean(mean, p.paretoShape, PARETO_SPREAD);
  }
}

/** The inter-arrival distribution (mean 1/λ, SCV `arrivalScv`; 1 is a Poisson stream). */
export function arrivalSpec(p: Params): DistSpec {
  return fromMeanScv(1 / p.arrivalRate, p.arrivalScv);
}

/** Mean and SCV of the service time actually simulated (the Erlang fit floors SCV at 0.01). */
export function serviceMoments(p: Params): Moments {
  return moments(serviceSpec(p));
}
