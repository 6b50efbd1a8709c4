import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng/xoshiro128.ts';
import { filler, fromMeanScv, moments, paretoFromMean, SampleBuffer, sampler, type DistSpec } from './index.ts';

/** Sample mean and SCV of n draws. */
function sample(d: DistSpec, n: number, seed = 1) {
  const draw = sampler(d, createRng(seed));
  let s = 0, s2 = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x; s2 += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = s / n, variance = s2 / n - mean * mean;
  return { mean, sd: Math.sqrt(variance), scv: variance / (mean * mean), min, max };
}

const N = 200_000;
const cases: [string, DistSpec][] = [
  ['exponential', { kind: 'exponential', mean: 2 }],
  ['uniform', { kind: 'uniform', min: 1, max: 3 }],
  ['normal', { kind: 'normal', mean: 5, sd: 2 }],
  ['lognormal', { kind: 'lognormal', mean: 1, scv: 2 }],
  ['erlang mixture (SCV 0.3)', fromMeanScv(1, 0.3)],
  ['erlang (SCV 0.25, k = 4)', fromMeanScv(1, 0.25)],
  ['hyperexponential (SCV 4)', fromMeanScv(1, 4)],
  ['bounded pareto', paretoFromMean(1, 2.5, 100)],
  ['empirical', { kind: 'empirical', values: [1, 2, 2, 7] }],
];

describe('distributions', () => {
  it.each(cases)('%s: the sample mean is within 4 standard errors of the closed-form mean', (_, d) => {
    const m = moments(d);
    const s = sample(d, N);
    expect(Math.abs(s.mean - m.mean)).toBeLessThan((4 * s.sd) / Math.sqrt(N));
    // The SCV estimate is noisier (fourth moments); 10% is loose enough for every case here.
    expect(Math.abs(s.scv - m.scv)).toBeLessThanOrEqual(0.1 * Math.max(m.scv, 0.05));
  });

  it('deterministic always returns its value', () => {
    const s = sample({ kind: 'deterministic', value: 3 }, 100);
    expect([s.min, s.max]).toEqual([3, 3]);
  });

  it('fromMeanScv matches mean and SCV exactly, choosing the family by SCV', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), (mean, scv) => {
      const d = fromMeanScv(mean, scv);
      const m = moments(d);
      expect(m.mean).toBeCloseTo(mean, 9);
      expect(Math.abs(m.scv - scv)).toBeLessThan(1e-9 * Math.max(1, scv));
      expect(d.kind).toBe(scv < 1 ? 'erlang' : scv === 1 ? 'exponential' : 'hyperexponential');
    }));
    expect(fromMeanScv(2, 0).kind).toBe('deterministic');
    expect(() => fromMeanScv(-1, 1)).toThrow(/mean/);
    expect(() => fromMeanScv(1, Number.NaN)).toThrow(/SCV/);
  });

  it('bounded Pareto stays within its bounds and has the requested mean', () => {
    const d = paretoFromMean(1, 1.2, 10_000);
    if (d.kind !== 'bounded-pareto') throw new Error('expected a bounded Pareto');
    const s = sample(d, 50_000);
    expect(s.min).toBeGreaterThanOrEqual(d.low);
    expect(s.max).toBeLessThanOrEqual(d.high);
    expect(moments(d).mean).toBeCloseTo(1, 12);
  });

  it('empirical resamples only observed values', () => {
    const draw = sampler({ kind: 'empirical', values: [3, 5] }, createRng(2));
    const seen = new Set(Array.from({ length: 100 }, draw));
    expect([...seen].sort()).toEqual([3, 5]);
  });

  it('a SampleBuffer yields exactly the unbuffered sequence', () => {
    for (const [, d] of cases) {
      const direct = sampler(d, createRng(9));
      const buf = new SampleBuffer(filler(d, createRng(9)), 16);
      for (let i = 0; i < 100; i++) expect(buf.next()).toBe(direct());
    }
  });
});
