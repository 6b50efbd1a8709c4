/**
 * M/M/c closed forms. Offered load a = λ/μ (in Erlangs), utilization ρ = a/c < 1.
 * See /concepts/queueing-theory/.
 */

/** Erlang B blocking probability by the stable recursion B(0) = 1, B(k) = aB(k−1) / (k + aB(k−1)). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** M/M/c waiting probability (Erlang C): C = B / (1 − ρ(1 − B)), see /concepts/queueing-theory/. */
export function erlangC(c: number, a: number): number {
  const rho = a / c;
  if (rho >= 1) return 1;
  const b = erlangB(c, a);
  return b / (1 - rho * (1 - b));
}

/** Steady-state M/M/c measures; null when ρ ≥ 1 (no steady state). */
export interface MmcTheory {
  utilization: number;
  probWait: number;
  meanWait: number;
  meanSojourn: number;
  meanInSystem: number;
}

/** M/M/c: W_q = C / (cμ − λ), W = W_q + 1/μ, L = λW (Little), see /concepts/queueing-theory/. */
export function mmc(lambda: number, mu: number, c: number): MmcTheory | null {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) return null;
  const pw = erlangC(c, a);
  const wq = pw / (c * mu - lambda);
  const w = wq + 1 / mu;
  return { utilization: rho, probWait: pw, meanWait: wq, meanSojourn: w, meanInSystem: lambda * w };
}

/**
 * M/M/c sojourn-time tail P(T > t). Waiting is 0 with probability 1 − C, else Exp(θ) with
 * θ = cμ − λ; service is Exp(μ) and independent, so T's tail is a mix of e^{−μt} and the
 * tail of the sum of two exponentials. See /concepts/queueing-theory/.
 */
export function mmcSojournTail(lambda: number, mu: number, c: number, t: number): number {
  const pw = erlangC(c, lambda / mu);
  const theta = c * mu - lambda;
  const sumTail =
    Math.abs(mu - theta) < 1e-12 * mu
      ? (1 + mu * t) * Math.exp(-mu * t)
      : (mu * Math.exp(-theta * t) - theta * Math.exp(-mu * t)) / (mu - theta);
  return (1 - pw) * Math.exp(-mu * t) + pw * sumTail;
}

/** The q-quantile of M/M/c sojourn time, by bisection on the tail; null when ρ ≥ 1. */
export function mmcSojournQuantile(lambda: number, mu: number, c: number, q: number): number | null {
  if (!(lambda < c * mu)) return null;
  const target = 1 - q;
  let lo = 0,
    hi = 1 / mu;
  while (mmcSojournTail(lambda, mu, c, hi) > target) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (mmcSojournTail(lambda, mu, c, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** M/M/1 sojourn time is Exp(μ − λ), so its q-quantile is −ln(1 − q) / (μ − λ). */
export function mm1SojournQuantile(lambda: number, mu: number, q: number): number | null {
  return lambda < mu ? -Math.log(1 - q) / (mu - lambda) : null;
}
