import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { params, type Params } from './params.ts';

/** Arbitrary parameters inside the schema, with short runs and load kept stable on average. */
const inSchema: fc.Arbitrary<Partial<Params>> = fc.record({
  tenants: fc.integer({ min: 1, max: 24 }),
  hosts: fc.integer({ min: 1, max: 24 }),
  drives: fc.integer({ min: 1, max: 16 }),
  spread: fc.integer({ min: 1, max: 16 }),
  load: fc.double({ min: 0.01, max: 0.9, noNaN: true }),
  noisy: fc.integer({ min: 1, max: 4 }),
  isolation: fc.constantFrom(...params.isolation.options.map((o) => o.value)),
  ringDepth: fc.integer({ min: 0, max: 256 }),
  device: fc.constantFrom(...params.device.options.map((o) => o.value)),
  deviceIops: fc.integer({ min: 50, max: 50_000 }),
  deviceScv: fc.double({ min: 0, max: 20, noNaN: true }),
  networkScv: fc.double({ min: 0, max: 50, noNaN: true }),
  paths: fc.integer({ min: 1, max: 64 }),
  requests: fc.integer({ min: 500, max: 1500 }),
  warmup: fc.integer({ min: 0, max: 200 }),
  seed: fc.integer({ min: 0, max: 4294967295 }),
});

describe('ebs-queueing properties', () => {
  it('any parameters inside the schema give finite, ordered percentiles and counted IOs', () => {
    fc.assert(
      fc.property(inSchema, (p) => {
        const r = run(p);
        const s = r.summary!;
        expect(s.ios).toBe(p.requests);
        for (const x of [s.p50, s.p99, s.p999, s.mean, s.noisyP99, s.throughputIops])
          expect(Number.isFinite(x)).toBe(true);
        expect(s.victimP99 === null ? p.tenants === 1 : Number.isFinite(s.victimP99)).toBe(true);
        expect(s.p50).toBeLessThanOrEqual(s.p99);
        expect(s.p99).toBeLessThanOrEqual(s.p999);
        if (p.ringDepth! > 0)
          expect(s.meanInRing).toBeLessThanOrEqual(p.ringDepth! * Math.min(p.hosts!, p.tenants!) + 1e-9);
        expect(r.counts.issued).toBe(r.counts.completed + r.counts.inFlight);
      }),
      { numRuns: 20 },
    );
  });

  it('unknown parameters are a clear error', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => !(k in params) && k !== '__proto__'),
        (k) => {
          expect(() => run({ [k]: 1 })).toThrow(/unknown parameter/);
        },
      ),
      { numRuns: 20 },
    );
  });
});
