import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { presets } from './presets.ts';

describe('queue model', () => {
  it('conserves customers: arrived = departed + in system', () => {
    for (const discipline of ['shared', 'per-server'] as const) {
      const r = run({ servers: 3, arrivalRate: 2.4, discipline, customers: 5000 });
      expect(r.counts.arrived).toBe(r.counts.departed + r.counts.inSystem);
      expect(r.summary?.customers).toBe(5000);
    }
  });

  it('gives the same result for the same seed, bit for bit, and another for another seed', () => {
    const p = { servers: 2, arrivalRate: 1.5, serviceDist: 'lognormal', serviceScv: 2, customers: 5000 } as const;
    expect(run(p)).toEqual(run(p));
    expect(run({ ...p, seed: 2 }).summary?.meanWait.value).not.toBe(run(p).summary?.meanWait.value);
  });

  it('reports a load at or above capacity as unstable, with a message and no numbers', () => {
    for (const arrivalRate of [4, 5]) {
      const r = run({ servers: 4, arrivalRate });
      expect(r.stable).toBe(false);
      expect(r.summary).toBeNull();
      expect(r.message).toMatch(/unstable: offered load ρ = λ\/\(cμ\) = 1(\.25)? ≥ 1/);
    }
  });

  it('stops at the event budget with a message and a partial summary, never throwing', () => {
    const r = run({ customers: 100_000, warmup: 0 }, { budget: 10_000 });
    expect(r.truncated).toBe(true);
    expect(r.events).toBe(10_000);
    expect(r.message).toMatch(/budget/);
    expect(r.summary?.customers).toBeGreaterThan(0);
    expect(r.summary?.customers).toBeLessThan(100_000);
  });

  it('calls the progress callback as it goes', () => {
    const calls: number[] = [];
    run({ customers: 10_000, warmup: 0 }, { onProgress: (done) => calls.push(done), progressEvery: 5000 });
    expect(calls.slice(0, 3)).toEqual([5000, 10_000, 15_000]);
  });

  it('returns plain JSON-safe data', () => {
    const r = run({ customers: 2000 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(2000);
  });

  it('clamps out-of-range input with notes and rejects unknown parameters', () => {
    const r = run({ servers: 1000, customers: 1000 });
    expect(r.params.servers).toBe(128);
    expect(r.notes).toEqual(['servers: 1000 is out of range; clamped to 128 (allowed 1–128, whole numbers)']);
    expect(() => run({ server: 2 })).toThrow(/unknown parameter 'server'/);
  });

  it('switches to histogram percentiles (≤ 1% error) beyond 100,000 customers', () => {
    const r = run({ customers: 120_000, warmup: 0 });
    expect(r.summary?.quantileMethod).toBe('histogram');
    expect(r.summary?.sojournPercentiles.p99.ci95).toBeNull();
  });

  it('every preset runs', () => {
    for (const p of presets) expect(run({ ...p.params, customers: 2000 }).stable).toBe(true);
  });
});
