/** Streaming mean and variance by Welford's update: one pass, no catastrophic cancellation. */
export interface Welford {
  n: number;
  mean: number;
  /** Sum of squared deviations from the running mean. */
  m2: number;
}

/** An empty accumulator. */
export function createWelford(): Welford {
  return { n: 0, mean: 0, m2: 0 };
}

/** Adds one observation. */
export function welfordAdd(w: Welford, x: number): void {
  w.n++;
  const d = x - w.mean;
  w.mean += d / w.n;
  w.m2 += d * (x - w.mean);
}

/** The sample variance (n − 1 in the denominator); 0 below two observations. */
export function welfordVariance(w: Welford): number {
  return w.n > 1 ? w.m2 / (w.n - 1) : 0;
}
