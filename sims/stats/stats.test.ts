import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng/xoshiro128.ts';
import { batchHalfWidth, ratioEstimate } from './batch-means.ts';
import { logHistogram } from './histogram.ts';
import { HISTOGRAM_RELATIVE_ERROR, QuantileSketch } from './quantiles.ts';
import { sectionedQuantileHalfWidth } from './sectioning.ts';
import { settle } from './select.ts';
import { tQuantile975 } from './student-t.ts';
import { createWelford, welfordAdd, welfordVariance } from './welford.ts';

const exactQuantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1] as number;
};

describe('Welford', () => {
  it('agrees with the two-pass mean and variance', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }), (xs) => {
        const w = createWelford();
        xs.forEach((x) => welfordAdd(w, x));
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
        expect(Math.abs(w.mean - mean)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(mean)));
        expect(Math.abs(welfordVariance(w) - v)).toBeLessThanOrEqual(1e-6 * (1 + v));
      }),
    );
  });
});

describe('QuantileSketch', () => {
  it('is exact (nearest rank) while it stores every value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const s = new QuantileSketch(1000);
          xs.forEach((x) => s.add(x));
          expect(s.exact).toBe(true);
          expect(s.quantile(q)).toBe(exactQuantile(xs, q));
        },
      ),
    );
  });

  it('stays within 1/128 (< 1%) relative error once it switches to buckets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), { minLength: 11, maxLength: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const s = new QuantileSketch(10);
          xs.forEach((x) => s.add(x));
          expect(s.exact).toBe(false);
          const exact = exactQuantile(xs, q);
          expect(Math.abs(s.quantile(q) - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR);
        },
      ),
    );
  });

  it('counts zeros as zeros and keeps min, max and count', () => {
    const s = new QuantileSketch(2);
    [0, 0, 0, 5].forEach((x) => s.add(x));
    expect([s.quantile(0.5), s.count, s.min, s.max]).toEqual([0, 4, 0, 5]);
  });

  it('bins into log-spaced histogram bins that add up to the count', () => {
    const s = new QuantileSketch(50);
    const rng = createRng(4);
    for (let i = 0; i < 200; i++) s.add(-Math.log(1 - rng.next()));
    s.add(0);
    const h = logHistogram(s, 20);
    expect(h.edges).toHaveLength(21);
    expect(h.counts.reduce((a, b) => a + b, 0) + h.zeros).toBe(201);
    expect(h.zeros).toBe(1);
    const ratios = h.edges.slice(1).map((e, i) => e / (h.edges[i] as number));
    expect(Math.max(...ratios) / Math.min(...ratios)).toBeCloseTo(1, 6);
  });
});

describe('selection', () => {
  it('settles each rank asked for, in any order, at its sorted value', () => {
    fc.assert(
      fc.property(
        // Few distinct values as well as many, so ties are common.
        fc.oneof(
          fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 300 }),
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (xs, qs) => {
          const sorted = Float64Array.from(xs).sort();
          const a = Float64Array.from(xs);
          const settled: number[] = [];
          for (const q of qs) {
            const k = Math.min(xs.length - 1, Math.floor(q * xs.length));
            settle(a, k, settled);
            expect(a[k]).toBe(sorted[k]);
          }
          for (const k of settled) {
            expect(a.subarray(0, k).every((x) => x <= a[k]!)).toBe(true);
            expect(a.subarray(k + 1).every((x) => x >= a[k]!)).toBe(true);
          }
          expect(settled).toEqual([...new Set(settled)].sort((x, y) => x - y));
          expect(a.slice().sort()).toEqual(sorted);
        },
      ),
    );
  });
});

describe('confidence intervals', () => {
  it('uses the Student-t table and its large-df expansion', () => {
    expect(tQuantile975(24)).toBe(2.064);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
  });

  it('batch-means intervals cover the true mean about 95% of the time', () => {
    // 400 independent runs of 25 batches of 40 uniform draws: coverage should be 95% ± 2.2%
    // (binomial sd √(.95 · .05 / 400) ≈ 1.1%, times two).
    const rng = createRng(5);
    let covered = 0;
    for (let r = 0; r < 400; r++) {
      const sums = new Float64Array(25),
        counts = new Float64Array(25).fill(40);
      for (let b = 0; b < 25; b++) for (let i = 0; i < 40; i++) sums[b]! += rng.next();
      const e = ratioEstimate(sums, counts);
      if (Math.abs(e.value - 0.5) <= (e.ci95 as number)) covered++;
    }
    expect(Math.abs(covered / 400 - 0.95)).toBeLessThan(0.022);
  });

  it('has no half-width below two batches', () => {
    expect(batchHalfWidth([1])).toBeNull();
  });

  it('sections a quantile estimate', () => {
    const rng = createRng(6);
    const xs = Float64Array.from({ length: 20_000 }, () => -Math.log(1 - rng.next()));
    const hw = sectionedQuantileHalfWidth(xs, 0.9) as number;
    // The exponential's p90 is ln 10 ≈ 2.303; its iid standard error here is about 0.02.
    expect(hw).toBeGreaterThan(0.01);
    expect(hw).toBeLessThan(0.1);
    expect(sectionedQuantileHalfWidth(xs.subarray(0, 100), 0.9)).toBeNull();
  });
});
