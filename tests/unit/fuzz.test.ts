import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isChoice, models, type ParamsSpec } from '@field-guide/sims';
import { valuesFromUrl } from '../../src/lib/sim/values.ts';
import { readParams, writeParams } from '../../src/lib/sim/url.ts';
import { simSetup } from '../../src/lib/sim/props.ts';
import { kebab, parseArgs } from '../../sims/cli-args.ts';

/**
 * Fuzzing the ways readers and authors feed simulations: URL parameters, `<Sim>` props and model
 * inputs. Hostile strings (HTML, script, unicode), huge and tiny numbers, NaN, Infinity, negative
 * values: never a crash, never a hang (a budget cuts every run), always in range or a clear note.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
let cases = 0;
const counted = <T>(arb: fc.Arbitrary<T>) =>
  arb.map((v) => {
    cases += 1;
    return v;
  });

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '1e-320', '-0', '0x10', '', ' ', '1,5', '٣', '∞'),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "javascript:alert('x')",
    '{{constructor}}',
    '__proto__',
    '%3Cscript%3E',
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
);

const specs: [string, ParamsSpec][] = Object.values(models)
  .filter((m) => m.explore !== undefined)
  .map((m) => [m.name, m.params]);

function inRange(spec: ParamsSpec, values: Record<string, number | string>): boolean {
  return Object.entries(spec).every(([k, p]) => {
    const v = values[k];
    if (isChoice(p)) return typeof v === 'string' && p.options.some((o) => o.value === v);
    return (
      typeof v === 'number' && Number.isFinite(v) && v >= p.min && v <= p.max && (!p.integer || Number.isInteger(v))
    );
  });
}

describe.each(specs)('URL parameters of %s', (name, spec) => {
  const keys = fc.oneof(
    fc.constantFrom(...Object.keys(spec)),
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'toString'),
  );
  it('any query string gives in-range values and readable notes, never an exception', () => {
    fc.assert(
      fc.property(counted(fc.dictionary(keys, hostile, { maxKeys: 8 })), (raw) => {
        const query = new URLSearchParams(Object.entries(raw).map(([k, v]) => [`${name}.${k}`, v])).toString();
        const { values, notes } = valuesFromUrl(spec, readParams(`?${query}`, name));
        expect(inRange(spec, values)).toBe(true);
        for (const n of notes) expect(typeof n).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('values written to the URL read back unchanged', () => {
    fc.assert(
      fc.property(counted(fc.dictionary(fc.constantFrom(...Object.keys(spec)), hostile, { maxKeys: 6 })), (raw) => {
        const { values } = valuesFromUrl(spec, raw);
        const defaults = valuesFromUrl(spec, {}).values;
        const back = valuesFromUrl(spec, readParams(writeParams('?other=1', name, values, defaults), name)).values;
        expect(back).toEqual(values);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('<Sim> props', () => {
  it('any props give a setup or one clear error naming what is allowed, never an exception', () => {
    const names = fc.oneof(
      fc.constantFrom(...specs.map(([n]) => n)),
      fc.string(),
      fc.constant(undefined),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        counted(
          fc.record({
            model: names,
            show: fc.option(fc.array(fc.oneof(fc.string(), fc.constantFrom('servers', 'load', 'seed'))), {
              nil: undefined,
            }),
            preset: fc.option(fc.string(), { nil: undefined }),
          }),
        ),
        (props) => {
          const setup = simSetup(props);
          if (!setup.ok) expect(setup.error).toMatch(/\(known: |show/);
          else expect(setup.controls.every((c) => Object.hasOwn(setup.spec, c))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe.each(
  Object.values(models)
    .filter((m) => m.explore !== undefined)
    .map((m) => [m.name, m] as const),
)('model %s under fuzzed input', (_name, model) => {
  it('random raw input runs to a JSON-safe result within a small budget, or says why not', () => {
    // Size parameters (fleet, customers, steps) are capped at twice their default here so the suite
    // stays fast; a huge size is still bounded by each model's budget, tested in sims/.
    const sizes = Object.entries(model.params)
      .filter(([, p]) => !isChoice(p) && p.integer && p.max >= 100_000)
      .map(([k]) => k);
    const raw = fc.dictionary(
      fc.constantFrom(...Object.keys(model.params)),
      fc.oneof(hostile, fc.double(), fc.integer()),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(counted(raw), (input) => {
        const { values } = valuesFromUrl(
          model.params,
          Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])),
        );
        for (const k of sizes) values[k] = Math.min(Number(values[k]), 2 * Number(model.params[k]!.default));
        const result = model.run(values, { budget: 20_000 });
        expect(() => JSON.stringify(result)).not.toThrow();
        expect(JSON.stringify(result)).not.toMatch(/<script|onerror=/);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 10)) },
    );
  }, 120_000);
});

describe('command-line arguments', () => {
  it('any argv gives a run with in-range values or one line naming the problem, never an exception', () => {
    const names = Object.keys(models);
    const flags = Object.values(models).flatMap((m) => Object.keys(m.params).map((k) => `--${kebab(k)}`));
    const token = fc.oneof(
      fc.constantFrom(...names, ...flags, '--preset', '--format', 'json', 'csv', '--', '-h', 'list'),
      hostile,
    );
    fc.assert(
      fc.property(counted(fc.array(token, { maxLength: 10 })), (argv) => {
        const c = parseArgs(argv);
        if (c.kind === 'error') expect(c.message).not.toContain('\n');
        if (c.kind === 'run') expect(inRange(c.model.params, c.values as Record<string, number | string>)).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

// Printed after every test of the file has run, whatever order they ran in (not an assertion:
// fast-check itself fails a property that ran fewer cases than asked).
afterAll(() => console.log(`fuzz cases run: ${cases}`));
