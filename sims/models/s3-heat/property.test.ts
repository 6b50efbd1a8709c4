import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { params, type Params } from './params.ts';
import { copiesOf, firstCopy, layout } from './placement.ts';
import { simulate } from './simulate.ts';

/** Small fleets, so a hundred runs are quick. */
const small: fc.Arbitrary<Partial<Params>> = fc.record({
  drives: fc.integer({ min: 16, max: 300 }),
  tenants: fc.integer({ min: 1, max: 200 }),
  objectsPerDrive: fc.integer({ min: 1, max: 40 }),
  placement: fc.constantFrom('bucket-local', 'spread'),
  redundancy: fc.constantFrom('none', 'replicas', 'ec'),
  ecData: fc.integer({ min: 1, max: 16 }),
  ecTotal: fc.integer({ min: 2, max: 20 }),
  readChoices: fc.integer({ min: 1, max: 8 }),
  demand: fc.constantFrom('bursty', 'uniform'),
  dutyCycle: fc.double({ min: 0.01, max: 1, noNaN: true }),
  burstTail: fc.double({ min: 1.05, max: 5, noNaN: true }),
  heatTail: fc.double({ min: 1.1, max: 20, noNaN: true }),
  requestIos: fc.integer({ min: 1, max: 120 }),
  steps: fc.integer({ min: 5, max: 20 }),
  seed: fc.integer({ min: 0, max: 4294967295 }),
});

describe('s3-heat properties', () => {
  it('any parameters in the schema give finite, sensible numbers', () => {
    fc.assert(
      fc.property(small, (p) => {
        const s = run(p).summary;
        for (const x of [
          s.maxDriveUtilization.value,
          s.p99DriveUtilization,
          s.overloadedDriveFraction.value,
          s.meanUtilization.value,
          s.demandCv,
          s.iopsPerTb,
        ])
          expect(Number.isFinite(x)).toBe(true);
        expect(s.p99DriveUtilization).toBeLessThanOrEqual(20);
        expect(s.maxDriveUtilization.value).toBeGreaterThanOrEqual(0);
        expect(s.overloadedDriveFraction.value).toBeGreaterThanOrEqual(0);
        expect(s.overloadedDriveFraction.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 40 },
    );
  });

  it('the inlined one-copy placement picks the same drive as copiesOf', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('bucket-local', 'spread'),
        fc.integer({ min: 16, max: 1_000_000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer(),
        fc.nat(),
        fc.nat(),
        (placement, drives, tenants, perTenant, salt, t0, o0) => {
          const l = layout(placement, drives, tenants, perTenant, 1, 4, salt);
          const t = t0 % tenants,
            o = o0 % perTenant,
            out = new Int32Array(1);
          copiesOf(l, t, o, out);
          expect((t % l.groups) * l.groupSize + firstCopy(l, t * perTenant + o)).toBe(out[0]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the scatter buffer of big fleets changes no bit of any result', () => {
    const runs = fc.record({
      drives: fc.integer({ min: 16, max: 40_000 }),
      tenants: fc.integer({ min: 1, max: 300 }),
      placement: fc.constantFrom('bucket-local', 'spread'),
      redundancy: fc.constantFrom('none', 'replicas', 'ec'),
      readChoices: fc.constantFrom(1, 1, 2),
      requestIos: fc.integer({ min: 5, max: 20 }),
      accessDensity: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(runs, (input) => {
        // Up to 40,000 drives in up to three parts of the buffer, each filled and emptied many times a step.
        const { params: p, objectsPerTenant: per } = run({ ...input, steps: 5 });
        expect(simulate(p, per, {}, 0)).toEqual(simulate(p, per, {}, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('the same seed gives the same output', () => {
    fc.assert(
      fc.property(small, (p) => {
        expect(run(p)).toEqual(run(p));
      }),
      { numRuns: 10 },
    );
  });

  it('unknown parameters are a clear error; out-of-range values are clamped with a note', () => {
    expect(() => run({ bogus: 1 })).toThrow(/unknown parameter/);
    expect(run({ drives: 5, steps: 5 }).notes.some((n) => n.startsWith('drives:'))).toBe(true);
    expect(params.drives.max).toBe(1_000_000);
  });
});
