import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { params, type Params } from './params.ts';

/** Arbitrary parameters inside the schema, with runs kept short so a hundred of them are quick. */
const inSchema: fc.Arbitrary<Params> = fc.record({
  arrivalRate: fc.double({ min: params.arrivalRate.min, max: 50, noNaN: true }),
  serviceRate: fc.double({ min: params.serviceRate.min, max: params.serviceRate.max, noNaN: true }),
  servers: fc.integer({ min: 1, max: 16 }),
  serviceDist: fc.constantFrom(...params.serviceDist.options.map((o) => o.value)),
  serviceScv: fc.double({ min: 0, max: 100, noNaN: true }),
  paretoShape: fc.double({ min: 0.5, max: 3, noNaN: true }),
  arrivalScv: fc.double({ min: 0, max: 100, noNaN: true }),
  discipline: fc.constantFrom('shared', 'per-server'),
  customers: fc.integer({ min: 100, max: 1500 }),
  warmup: fc.integer({ min: 0, max: 300 }),
  seed: fc.integer({ min: 0, max: 4294967295 }),
});

const finite = (x: number) => Number.isFinite(x);

describe('queue properties', () => {
  it('any parameters inside the schema give a finite summary or a clear unstable message', () => {
    fc.assert(
      fc.property(inSchema, (p) => {
        const r = run(p);
        expect(r.notes).toEqual([]);
        if (!r.stable) {
          expect(r.offeredLoad).toBeGreaterThanOrEqual(1);
          expect(r.message).toMatch(/^unstable/);
          return;
        }
        const s = r.summary!;
        expect(r.truncated).toBe(false);
        for (const e of [
          s.meanWait,
          s.meanSojourn,
          s.probWait,
          s.utilization,
          s.meanInSystem,
          s.throughput,
          ...(Object.values(s.sojournPercentiles) as { value: number; ci95: number | null }[]),
        ]) {
          expect(finite(e.value)).toBe(true);
          expect(e.ci95 === null || finite(e.ci95)).toBe(true);
        }
        expect(s.meanWait.value).toBeGreaterThanOrEqual(0);
        expect(s.probWait.value).toBeLessThanOrEqual(1);
        expect(s.utilization.value).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('outside the schema, values are clamped or defaulted with a note naming the parameter', () => {
    const key = fc.constantFrom<keyof Params>(
      'arrivalRate',
      'serviceRate',
      'servers',
      'customers',
      'warmup',
      'serviceScv',
    );
    const bad = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(-1e9),
      fc.constant('lots'),
      fc.constant(1e12),
    );
    fc.assert(
      fc.property(key, bad, (k, v) => {
        const r = run(
          { [k]: v, customers: k === 'customers' ? v : 500, warmup: k === 'warmup' ? v : 0 },
          {
            budget: 1e6,
          },
        );
        expect(r.notes.some((n) => n.startsWith(`${k}:`) && n.includes('allowed'))).toBe(true);
      }),
      { numRuns: 30 },
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
      { numRuns: 30 },
    );
  });

  it('the same seed gives the same output', () => {
    fc.assert(
      fc.property(inSchema, (p) => {
        expect(run(p)).toEqual(run(p));
      }),
      { numRuns: 15 },
    );
  });
});
