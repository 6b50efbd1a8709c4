import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultsOf, type ParamsSpec } from './spec.ts';
import { validate } from './validate.ts';

const spec = {
  rate: { label: 'Rate', default: 1, min: 0.1, max: 10, step: 0.1, unit: 'per s', help: '' },
  servers: { label: 'Servers', default: 2, min: 1, max: 8, step: 1, unit: '', integer: true, help: '' },
  mode: {
    kind: 'choice',
    label: 'Mode',
    default: 'a',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    help: '',
  },
} as const satisfies ParamsSpec;

describe('validate', () => {
  it('fills defaults and passes clean input through without notes', () => {
    expect(validate(spec, {})).toEqual({ value: defaultsOf(spec), notes: [], issues: [] });
    expect(validate(spec, { rate: '2.5', servers: 3, mode: 'b' }).value).toEqual({ rate: 2.5, servers: 3, mode: 'b' });
  });

  it('keeps any in-range number as is, without notes', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), (rate) => {
        expect(validate(spec, { rate })).toMatchObject({ value: { rate }, notes: [] });
      }),
    );
  });

  it('clamps anything numeric out of range, with a note naming the parameter and range', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 10.0001, noNaN: true }), fc.double({ max: 0.0999, noNaN: true })),
        (rate) => {
          const r = validate(spec, { rate });
          expect(r.value.rate).toBe(rate > 10 ? 10 : 0.1);
          expect(r.notes).toHaveLength(1);
          expect(r.notes[0]).toMatch(/^rate: .*clamped to .*allowed 0\.1–10 per s/);
        },
      ),
    );
  });

  it('turns NaN, junk and non-numbers into the default with a note', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(Number.NaN),
          fc.string().filter((s) => Number.isNaN(Number(s)) || s.trim() === ''),
          fc.boolean(),
          fc.constant(null),
          fc.object(),
        ),
        (rate) => {
          const r = validate(spec, { rate });
          expect(r.value.rate).toBe(1);
          expect(r.notes[0]).toMatch(/^rate: .*not a number; using the default 1/);
        },
      ),
    );
  });

  it('rounds whole-number parameters and rejects unknown choices, with notes', () => {
    const r = validate(spec, { servers: 2.6, mode: 'z' });
    expect(r.value).toMatchObject({ servers: 3, mode: 'a' });
    expect(r.notes).toEqual([
      'servers: 2.6 is not a whole number; rounded to 3 (allowed 1–8, whole numbers)',
      'mode: "z" is not a valid choice; using the default a (allowed one of a, b)',
    ]);
  });

  it('rejects unknown parameter names with a message listing the known ones', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => !(k in spec) && k !== '__proto__'),
        (k) => {
          expect(() => validate(spec, { [k]: 1 })).toThrow(/unknown parameter .*known: rate, servers, mode/);
        },
      ),
    );
  });

  it('always returns values inside the schema', () => {
    fc.assert(
      fc.property(
        fc.record({ rate: fc.anything(), servers: fc.anything(), mode: fc.anything() }, { requiredKeys: [] }),
        (input) => {
          const { value } = validate(spec, input);
          expect(value.rate).toBeGreaterThanOrEqual(0.1);
          expect(value.rate).toBeLessThanOrEqual(10);
          expect(Number.isInteger(value.servers)).toBe(true);
          expect(['a', 'b']).toContain(value.mode);
        },
      ),
    );
  });
});
