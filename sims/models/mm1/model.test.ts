import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { defaults } from './params.ts';

describe('mm1', () => {
  it('gives the same result for the same seed', () => {
    expect(run(defaults())).toEqual(run(defaults()));
  });

  it('differs for another seed', () => {
    expect(run({ ...defaults(), seed: 2 }).simulatedMeanWait).not.toBe(run(defaults()).simulatedMeanWait);
  });

  it('agrees with the closed-form M/M/1 mean wait at light load', () => {
    // ρ = 0.5: W_q = 1 ms; with 200,000 customers the batch-to-batch spread is a few percent.
    const r = run({ arrivalRate: 0.5, serviceRate: 1, customers: 200000, seed: 7 });
    expect(r.theoreticalMeanWait).toBe(1);
    expect(Math.abs(r.simulatedMeanWait - 1)).toBeLessThan(0.08);
  });

  it('reports overload as unstable, with no theoretical value', () => {
    const r = run({ arrivalRate: 1.2, serviceRate: 1, customers: 1000, seed: 1 });
    expect(r.stable).toBe(false);
    expect(r.theoreticalMeanWait).toBeNull();
  });
});
