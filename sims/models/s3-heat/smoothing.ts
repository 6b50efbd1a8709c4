import { createRng } from '../../rng/xoshiro128.ts';
import type { Params } from './params.ts';
import { createTenants, stepTenants, totalCv } from './tenants.ts';

/** The total demand of N tenants, second by second, as a multiple of its mean. */
export interface AggregateSeries {
  tenants: number;
  /** Total ÷ expected total, per step. */
  values: Float64Array;
  /** Coefficient of variation across the steps, and its steady-state value. */
  cv: number;
  cvTheory: number;
}

/**
 * Runs only the tenants (no drives) for `steps` seconds after the warm-up: the on/off process of
 * the reader's parameters, with N tenants whose expected total is N. See
 * /concepts/aggregate-demand-smoothing/: the CV of the total falls like 1/√N.
 */
export function aggregateSeries(p: Params, tenants: number, steps: number, seed = p.seed): AggregateSeries {
  const rng = createRng(seed).split();
  const t = createTenants({ count: tenants, meanTotal: tenants, steady: p.demand === 'uniform', dutyCycle: p.dutyCycle, burstSteps: p.burstSteps, burstTail: p.burstTail, heatTail: p.heatTail }, rng);
  const values = new Float64Array(steps);
  let sum = 0, sum2 = 0;
  for (let s = 0; s < steps; s++) {
    const v = stepTenants(t, rng) / tenants;
    values[s] = v;
    sum += v;
    sum2 += v * v;
  }
  const mean = sum / steps;
  const variance = steps > 1 ? Math.max(0, (sum2 - steps * mean * mean) / (steps - 1)) : 0;
  return { tenants, values, cv: mean > 0 ? Math.sqrt(variance) / mean : 0, cvTheory: totalCv(t) };
}
