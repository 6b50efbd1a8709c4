import type { Rng } from '../rng/xoshiro128.ts';
import type { Sampler } from './continuous.ts';
import type { DistSpec } from './spec.ts';

/**
 * Erlang mixture: k − 1 exponential phases with probability p, k phases otherwise, all of one rate.
 * A product of uniforms needs one `Math.log` per draw; it is folded into the log sum every 16
 * factors so a long product never underflows.
 */
export function erlang(rng: Rng, k: number, rate: number, p: number): Sampler {
  return () => {
    const n = p > 0 && rng.next() < p ? k - 1 : k;
    let logSum = 0;
    let prod = 1;
    for (let i = 0; i < n; i++) {
      prod *= 1 - rng.next();
      if ((i & 15) === 15) { logSum += Math.log(prod); prod = 1; }
    }
    return -(logSum + Math.log(prod)) / rate;
  };
}

/** Two-branch hyperexponential: Exp(rate1) with probability p, Exp(rate2) otherwise. */
export function hyperexponential(rng: Rng, p: number, rate1: number, rate2: number): Sampler {
  return () => {
    const rate = rng.next() < p ? rate1 : rate2;
    return -Math.log(1 - rng.next()) / rate;
  };
}

/** Smallest SCV `fromMeanScv` accepts (an Erlang with 100 phases); below it use deterministic. */
export const MIN_ERLANG_SCV = 0.01;

/**
 * A distribution with the given mean and squared coefficient of variation, to dial variability:
 * SCV = 0 deterministic; 0 < SCV < 1 a mixture of Erlang(k−1) and Erlang(k) that matches both
 * moments exactly (Tijms); SCV = 1 exponential; SCV > 1 a hyperexponential with balanced means
 * (p/μ1 = (1−p)/μ2). See /concepts/queueing-theory/.
 */
export function fromMeanScv(mean: number, scv: number): DistSpec {
  if (!(mean > 0) || !Number.isFinite(mean)) throw new RangeError(`mean must be a positive finite number, got ${mean}`);
  if (!(scv >= 0) || !Number.isFinite(scv)) throw new RangeError(`SCV must be a finite number ≥ 0, got ${scv}`);
  if (scv === 0) return { kind: 'deterministic', value: mean };
  if (scv === 1) return { kind: 'exponential', mean };
  if (scv < 1) {
    const c2 = Math.max(scv, MIN_ERLANG_SCV);
    const k = Math.ceil(1 / c2 - 1e-9); // 1/k ≤ c² ≤ 1/(k−1)
    const p = (k * c2 - Math.sqrt(k * (1 + c2) - k * k * c2)) / (1 + c2);
    const pp = Math.min(1, Math.max(0, p));
    return { kind: 'erlang', k, rate: (k - pp) / mean, p: pp };
  }
  const p = (1 + Math.sqrt((scv - 1) / (scv + 1))) / 2;
  return { kind: 'hyperexponential', p, rate1: (2 * p) / mean, rate2: (2 * (1 - p)) / mean };
}
