/**
 * Closed forms for the `s3-heat` model: hard-drive arithmetic, the on/off burst mean, and
 * balls into bins with one and with d choices. See /concepts/hard-drive-physics/ and
 * /patterns/redundancy-for-heat/.
 */

/** I/Os per second per stored terabyte of a full drive: IOPS ÷ capacity, see /concepts/hard-drive-physics/. */
export function iopsPerTb(driveIops: number, driveTb: number): number {
  return driveIops / driveTb;
}

/**
 * Mean of L = ⌊x_m · U^(−1/α)⌋ (at least 1): Σ_{j ≥ 1} P(L ≥ j) = Σ_j min(1, (x_m/j)^α),
 * summed to 2,000 terms past x_m, then the Euler–Maclaurin tail of Σ j^(−α).
 */
export function meanBurstLength(xm: number, alpha: number): number {
  const j0 = Math.floor(xm) + 1;
  let sum = Math.max(1, Math.floor(xm));
  const j1 = j0 + 2000;
  for (let j = j0; j < j1; j++) sum += (xm / j) ** alpha;
  const tail = j1 ** (1 - alpha) / (alpha - 1) + j1 ** -alpha / 2 + (alpha * j1 ** (-alpha - 1)) / 12;
  return sum + xm ** alpha * tail;
}

/** Leading-order maximum load of n balls thrown into n bins at random: ln n / ln ln n. */
export function oneChoiceMaxAsymptotic(n: number): number {
  return Math.log(n) / Math.log(Math.log(n));
}

/** Leading-order maximum load with the least loaded of d ≥ 2 random bins: ln ln n / ln d (+ O(1)). */
export function dChoiceMaxAsymptotic(n: number, d: number): number {
  return Math.log(Math.log(n)) / Math.log(d);
}

/**
 * Fluid limit of greedy d-choice balls into bins (Mitzenmacher's differential equations):
 * s_i = share of bins with at least i balls after m = t·n balls, ds_i/dt = s_{i−1}^d − s_i^d,
 * s_0 = 1. For d = 1 this is the Poisson(t) tail. Accurate to O(1/√n) for n bins. RK4 in 2,000 steps.
 */
export function fluidTails(d: number, t = 1, levels = 12): number[] {
  const n = levels + 1;
  let s = new Float64Array(n);
  s[0] = 1;
  const deriv = (x: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 1; i < n; i++) out[i] = x[i - 1]! ** d - x[i]! ** d;
    return out;
  };
  const h = t / 2000;
  const axpy = (x: Float64Array, k: Float64Array, a: number) => x.map((v, i) => v + a * k[i]!);
  for (let step = 0; step < 2000; step++) {
    const k1 = deriv(s),
      k2 = deriv(axpy(s, k1, h / 2)),
      k3 = deriv(axpy(s, k2, h / 2)),
      k4 = deriv(axpy(s, k3, h));
    s = s.map((v, i) => v + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return Array.from(s);
}

/**
 * Expected maximum of n independent Poisson(λ) counts, Σ_{m ≥ 0} (1 − F(m)^n): the Poissonized
 * one-choice maximum load, which is within a few hundredths of the exact multinomial value for
 * large n (the counts of n balls in n bins are Poisson(1) conditioned on their sum).
 */
export function poissonMaxMean(n: number, lambda = 1): number {
  let p = Math.exp(-lambda),
    cdf = p,
    sum = 0;
  for (let m = 0; m < 200; m++) {
    sum += 1 - cdf ** n;
    p *= lambda / (m + 1);
    cdf += p;
    if (1 - cdf ** n < 1e-12) break;
  }
  return sum;
}
