import { tQuantile975 } from './student-t.ts';

/** A point estimate with its 95% confidence half-width: the true value is value ± ci95. */
export interface Estimate {
  value: number;
  /** Half-width of the 95% interval; null when it cannot be estimated (fewer than two batches). */
  ci95: number | null;
}

/** Default number of batches: 20–30 keeps the t quantile near 2 and each batch long. */
export const BATCHES = 25;

/**
 * 95% half-width by batch means: the run is cut into B consecutive batches, whose means are
 * nearly independent when each batch is much longer than the correlation time; then
 * t(0.975, B − 1) · sd(batch means) / √B. See /concepts/simulation-statistics/.
 */
export function batchHalfWidth(batchMeans: ArrayLike<number>): number | null {
  const b = batchMeans.length;
  if (b < 2) return null;
  let mean = 0;
  for (let i = 0; i < b; i++) mean += batchMeans[i] as number;
  mean /= b;
  let ss = 0;
  for (let i = 0; i < b; i++) ss += ((batchMeans[i] as number) - mean) ** 2;
  return (tQuantile975(b - 1) * Math.sqrt(ss / (b - 1))) / Math.sqrt(b);
}

/**
 * Estimate of a ratio Σ num / Σ den with batches (numerator and denominator per batch):
 * a mean per customer (num = sum, den = count) or per unit time (num = area, den = duration).
 * Batches with a zero denominator are skipped.
 */
export function ratioEstimate(num: ArrayLike<number>, den: ArrayLike<number>): Estimate {
  let sn = 0,
    sd = 0;
  const means: number[] = [];
  for (let i = 0; i < num.length; i++) {
    const d = den[i] as number;
    if (d > 0) {
      sn += num[i] as number;
      sd += d;
      means.push((num[i] as number) / d);
    }
  }
  return { value: sd > 0 ? sn / sd : Number.NaN, ci95: batchHalfWidth(means) };
}
