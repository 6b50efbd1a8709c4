import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { params } from './params.ts';
import { quantile, quantileOf } from './replicate.ts';

const tf = fc.constantFrom('true', 'false');
/** Arbitrary parameters inside the schema, kept small so each run is quick. */
const inSchema = fc.record({
  strategy: fc.constantFrom('on-demand', 'pre-create'),
  slots: fc.integer({ min: 50, max: 600 }),
  arrivalRate: fc.double({ min: 1, max: 100, noNaN: true }),
  coldFraction: fc.double({ min: 0.001, max: 1, noNaN: true }),
  burst: fc.double({ min: 1, max: 10, noNaN: true }),
  burstSeconds: fc.integer({ min: 0, max: 20 }),
  durationSeconds: fc.integer({ min: 10, max: 30 }),
  ebpfTunnel: tf,
  statelessNat: tf,
  rulesInNamespace: tf,
  lockFriendly: tf,
  parallelism: fc.integer({ min: 1, max: 256 }),
  stepScv: fc.double({ min: 0, max: 4, noNaN: true }),
  moveHoldMs: fc.double({ min: 0, max: 500, noNaN: true }),
  attachBatch: fc.integer({ min: 1, max: 4096 }),
  replications: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 4294967295 }),
});

describe('lambda-slots properties', () => {
  it('any parameters inside the schema give finite, ordered, non-negative results', () => {
    fc.assert(
      fc.property(inSchema, (p) => {
        const r = run(p);
        const s = r.summary;
        expect(r.notes).toEqual([]);
        expect(r.truncated).toBe(false);
        if (s.coldStartsPerRun > 0) {
          expect(s.coldStartNetworkP50Ms).toBeLessThanOrEqual(s.coldStartNetworkP99Ms);
          expect(s.meanLockWaitMs).toBeGreaterThanOrEqual(0);
        }
        expect(s.bootSeconds).toBeGreaterThanOrEqual(0);
        expect(s.parallelCreateSeconds).toBeGreaterThanOrEqual(r.creation.lockSeconds - 1e-9);
        expect(s.rootRules).toBeGreaterThanOrEqual(params.staticRules.default);
        expect(s.perPacketUsAtLastSlot).toBeGreaterThanOrEqual(s.perPacketUsAtFirstSlot);
        expect(Number.isFinite(s.noContentionMs)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('outside the schema, values are clamped or defaulted with a note naming the parameter', () => {
    const key = fc.constantFrom('slots', 'arrivalRate', 'burst', 'parallelism', 'stepScv', 'replications');
    const bad = fc.oneof(fc.constant(Number.NaN), fc.constant(-1e9), fc.constant('lots'), fc.constant(1e12));
    fc.assert(
      fc.property(key, bad, (k, v) => {
        const r = run({ durationSeconds: 10, replications: 1, slots: 100, [k]: v });
        expect(r.notes.some((n) => n.startsWith(`${k}:`) && n.includes('allowed'))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a switch must be the string true or false', () => {
    const r = run({ durationSeconds: 10, replications: 1, slots: 100, ebpfTunnel: 'yes' });
    expect(r.params.ebpfTunnel).toBe('false');
    expect(r.notes[0]).toMatch(/^ebpfTunnel: "yes" is not a valid choice/);
  });

  it('a quantile by selection is the value a sort puts at that rank, ties and runs included', () => {
    // Small integers give ties; sorted, reversed and rise-then-fall runs are a queue's shapes.
    const shape = fc.constantFrom('as drawn', 'sorted', 'reversed', 'rise and fall');
    const q = fc.constantFrom(0, 0.01, 0.5, 0.99, 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), shape, q, (xs, s, q) => {
        const sorted = Float64Array.from(xs).sort();
        const values =
          s === 'sorted'
            ? sorted.slice()
            : s === 'reversed'
              ? sorted.slice().reverse()
              : s === 'rise and fall'
                ? Float64Array.from([
                    ...sorted.filter((_, i) => i % 2 === 0),
                    ...sorted.filter((_, i) => i % 2 === 1).reverse(),
                  ])
                : Float64Array.from(xs);
        expect(quantileOf(values, q)).toBe(quantile(sorted, q));
      }),
      { numRuns: 300 },
    );
  });
});
