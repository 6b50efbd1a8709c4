import { settle } from './select.ts';

/**
 * Quantiles of a stream of non-negative values with a stated error bound.
 * Up to `exactLimit` values (default 100,000) are stored and quantiles are exact (nearest rank,
 * the ⌈q·n⌉-th smallest), found by selection in a copy of the values (./select.ts): each one
 * asked for settles its rank and narrows the search for the next, so a few quantiles cost a few
 * passes over the values, not a sort. Beyond that every value goes into a log-bucketed
 * histogram: each power of two is cut into 64 equal sub-buckets, read straight from the
 * float's exponent and top 6 mantissa bits (no `Math.log`, so bit-for-bit deterministic), and
 * a quantile is reported as its bucket's midpoint, within 1/128 ≈ 0.78% (≤ 1%) relative error
 * of the exact nearest-rank value for values in [2^−40, 2^40] (about 1e−12 to 1e12). Values
 * below 2^−40 count as 0; values above 2^40 are clamped to the top bucket.
 */
export const DEFAULT_EXACT_LIMIT = 100_000;

/** Relative error bound of the histogram mode, 1/128. */
export const HISTOGRAM_RELATIVE_ERROR = 1 / 128;

const SUB = 64;
const MIN_EXP = -40;
const MAX_EXP = 40;
const BUCKETS = (MAX_EXP - MIN_EXP) * SUB;

/** Streaming quantile estimator: exact when small, ≤ 1% relative error when large. */
export class QuantileSketch {
  readonly exactLimit: number;
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private store: Float64Array | null;
  /** A copy of the stored values, partly ordered by the quantiles read so far (null after an add). */
  private work: Float64Array | null = null;
  /** Indices of `work` known to hold their sorted value, ascending. */
  private settled: number[] = [];
  private buckets: Float64Array | null = null;
  private zeros = 0;
  private f64: Float64Array | null = null;
  private u32: Uint32Array | null = null;
  private hiWord = 1;

  /** `expected`: how many values to make room for at first (the store doubles when it fills). */
  constructor(exactLimit: number = DEFAULT_EXACT_LIMIT, expected = 1024) {
    this.exactLimit = exactLimit;
    this.store = new Float64Array(Math.max(1, Math.min(expected, exactLimit)));
  }

  /** True while every value is stored (quantiles are exact). */
  get exact(): boolean {
    return this.buckets === null;
  }

  /** Adds one value (≥ 0). */
  add(x: number): void {
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    let store = this.store;
    if (store !== null) {
      const i = this.count - 1;
      if (i < this.exactLimit) {
        if (i === store.length) {
          const grown = new Float64Array(Math.min(this.exactLimit, store.length * 2));
          grown.set(store);
          this.store = store = grown;
        }
        store[i] = x;
        this.work = null;
        return;
      }
      this.toHistogram(store, i);
    }
    this.bucket(x);
  }

  /** The stored values in arrival order, or null once the sketch has switched to buckets. */
  samples(): Float64Array | null {
    return this.store === null ? null : this.store.subarray(0, this.count);
  }

  /** The q-quantile (0 ≤ q ≤ 1), nearest rank; NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.min(this.count, Math.max(1, Math.ceil(q * this.count)));
    if (this.store !== null) {
      if (this.work === null) {
        this.work = this.store.slice(0, this.count);
        this.settled = [];
      }
      settle(this.work, rank - 1, this.settled);
      return this.work[rank - 1] as number;
    }
    let seen = this.zeros;
    if (seen >= rank) return 0;
    const b = this.buckets as Float64Array;
    for (let i = 0; i < BUCKETS; i++) {
      seen += b[i] as number;
      if (seen >= rank) return bucketMid(i);
    }
    return this.max;
  }

  /** Calls `fn(value, weight)` for each stored value or bucket midpoint (for histograms). */
  forEach(fn: (value: number, weight: number) => void): void {
    if (this.store !== null) {
      for (let i = 0; i < this.count; i++) fn(this.store[i] as number, 1);
      return;
    }
    if (this.zeros > 0) fn(0, this.zeros);
    const b = this.buckets as Float64Array;
    for (let i = 0; i < BUCKETS; i++) if ((b[i] as number) > 0) fn(bucketMid(i), b[i] as number);
  }

  private toHistogram(store: Float64Array, n: number): void {
    this.buckets = new Float64Array(BUCKETS);
    this.f64 = new Float64Array(1);
    this.u32 = new Uint32Array(this.f64.buffer);
    this.f64[0] = 1;
    this.hiWord = this.u32[1] === 0x3ff00000 ? 1 : 0; // little- or big-endian word order
    this.store = null;
    this.work = null;
    for (let i = 0; i < n; i++) this.bucket(store[i] as number);
  }

  private bucket(x: number): void {
    const f64 = this.f64 as Float64Array,
      u32 = this.u32 as Uint32Array;
    f64[0] = x;
    const hi = u32[this.hiWord] as number;
    const e = ((hi >>> 20) & 0x7ff) - 1023;
    if (x <= 0 || e < MIN_EXP) {
      this.zeros++;
      return;
    }
    const idx = e >= MAX_EXP ? BUCKETS - 1 : (e - MIN_EXP) * SUB + ((hi >>> 14) & (SUB - 1));
    (this.buckets as Float64Array)[idx]!++;
  }
}

/** Midpoint of bucket i: 2^e · (1 + (m + ½)/64). */
function bucketMid(i: number): number {
  const e = Math.floor(i / SUB) + MIN_EXP;
  return 2 ** e * (1 + ((i % SUB) + 0.5) / SUB);
}
