/**
 * Distributions as plain data, so a model's parameters can name one and a test can compute
 * its moments. `sampler` (see index.ts) turns a spec into a fast draw function.
 */
export type DistSpec =
  | { kind: 'exponential'; mean: number }
  | { kind: 'deterministic'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'lognormal'; mean: number; scv: number }
  /** k phases of rate `rate` with probability 1 − p, k − 1 phases with probability p (p = 0: plain Erlang-k). */
  | { kind: 'erlang'; k: number; rate: number; p: number }
  /** Two exponential branches: rate1 with probability p, rate2 otherwise. */
  | { kind: 'hyperexponential'; p: number; rate1: number; rate2: number }
  | { kind: 'bounded-pareto'; alpha: number; low: number; high: number }
  /** Resampling of observed values, each equally likely. */
  | { kind: 'empirical'; values: readonly number[] };

/** The first two moments, as mean and squared coefficient of variation (SCV = variance / mean²). */
export interface Moments {
  mean: number;
  scv: number;
}

/** Mean and SCV of a distribution, in closed form. */
export function moments(d: DistSpec): Moments {
  switch (d.kind) {
    case 'exponential': return { mean: d.mean, scv: 1 };
    case 'deterministic': return { mean: d.value, scv: 0 };
    case 'uniform': {
      const m = (d.min + d.max) / 2;
      return { mean: m, scv: m === 0 ? 0 : (d.max - d.min) ** 2 / 12 / (m * m) };
    }
    case 'normal': return { mean: d.mean, scv: d.mean === 0 ? 0 : (d.sd * d.sd) / (d.mean * d.mean) };
    case 'lognormal': return { mean: d.mean, scv: d.scv };
    case 'erlang': {
      // Mixture of Erlang(k−1) and Erlang(k): E[N] and E[N(N+1)] phases, each phase Exp(rate).
      const en = d.k - d.p;
      const en2 = d.p * (d.k - 1) * d.k + (1 - d.p) * d.k * (d.k + 1);
      const m1 = en / d.rate, m2 = en2 / (d.rate * d.rate);
      return { mean: m1, scv: m2 / (m1 * m1) - 1 };
    }
    case 'hyperexponential': {
      const m1 = d.p / d.rate1 + (1 - d.p) / d.rate2;
      const m2 = 2 * d.p / (d.rate1 * d.rate1) + 2 * (1 - d.p) / (d.rate2 * d.rate2);
      return { mean: m1, scv: m2 / (m1 * m1) - 1 };
    }
    case 'bounded-pareto': {
      const m1 = paretoMoment(d.alpha, d.low, d.high, 1), m2 = paretoMoment(d.alpha, d.low, d.high, 2);
      return { mean: m1, scv: m2 / (m1 * m1) - 1 };
    }
    case 'empirical': {
      let s = 0, s2 = 0;
      for (const v of d.values) { s += v; s2 += v * v; }
      const n = d.values.length, m = s / n;
      return { mean: m, scv: m === 0 ? 0 : (s2 / n - m * m) / (m * m) };
    }
  }
}

/**
 * E[X^j] of the bounded Pareto on [L, H] with shape α:
 * C ∫ x^(j−α−1) dx with C = α L^α / (1 − (L/H)^α), see /concepts/heavy-tails/.
 */
export function paretoMoment(alpha: number, low: number, high: number, j: number): number {
  const c = (alpha * low ** alpha) / (1 - (low / high) ** alpha);
  if (Math.abs(j - alpha) < 1e-12) return c * Math.log(high / low);
  return (c * (high ** (j - alpha) - low ** (j - alpha))) / (j - alpha);
}
