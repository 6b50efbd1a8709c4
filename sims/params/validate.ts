import { describeRange, isChoice, type NumberParam, type ParamsSpec, type ValuesOf } from './spec.ts';

/** Validated values and what had to change to get them. */
export interface Validated<S extends ParamsSpec> {
  /** Every parameter, in range: input where it was valid, otherwise clamped or the default. */
  value: ValuesOf<S>;
  /** One sentence per change, naming the parameter and the allowed range. Empty when input was clean. */
  notes: string[];
  /** The same problems as data, for callers that reject rather than repair (the CLI). */
  issues: Issue[];
}

/** One problem with one parameter's input. */
export interface Issue {
  param: string;
  /** What is wrong, e.g. '400 is out of range'. */
  problem: string;
  /** What validation did about it, e.g. 'clamped to 128'. */
  action: string;
  /** The allowed values in words, e.g. '1–128, whole numbers'. */
  allowed: string;
}

/**
 * Checks input (URL query, CLI flags, a preset) against a schema. Missing parameters take their
 * default. Out-of-range numbers are clamped, ±Infinity goes to the nearer bound, NaN and
 * non-numeric strings fall back to the default, and whole-number parameters are rounded: each
 * with a note. Numeric strings ("3.2") are accepted, as URLs carry only strings. Unknown
 * parameter names are rejected: a RangeError that lists the known ones, since a typo silently
 * ignored would make a run that is not the one asked for.
 */
export function validate<S extends ParamsSpec>(spec: S, input: Readonly<Record<string, unknown>>): Validated<S> {
  const unknown = Object.keys(input).filter((k) => !Object.hasOwn(spec, k));
  if (unknown.length > 0) {
    throw new RangeError(
      `unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}; known: ${Object.keys(spec).join(', ')}`,
    );
  }
  const value: Record<string, number | string> = {};
  const issues: Issue[] = [];
  for (const [name, p] of Object.entries(spec)) {
    const raw = input[name];
    if (raw === undefined) {
      value[name] = p.default;
      continue;
    }
    if (isChoice(p)) {
      if (typeof raw === 'string' && p.options.some((o) => o.value === raw)) value[name] = raw;
      else {
        value[name] = p.default;
        issues.push({
          param: name,
          problem: `${show(raw)} is not a valid choice`,
          action: `using the default ${p.default}`,
          allowed: describeRange(p),
        });
      }
      continue;
    }
    value[name] = checkNumber(name, p, raw, issues);
  }
  const notes = issues.map((i) => `${i.param}: ${i.problem}; ${i.action} (allowed ${i.allowed})`);
  return { value: value as ValuesOf<S>, notes, issues };
}

function checkNumber(name: string, p: NumberParam, raw: unknown, issues: Issue[]): number {
  const allowed = describeRange(p);
  const note = (problem: string, action: string) => issues.push({ param: name, problem, action, allowed });
  let x: number;
  if (typeof raw === 'number') x = raw;
  else if (
    typeof raw === 'string' &&
    raw.trim() !== '' &&
    /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$|^[+-]?Infinity$/i.test(raw.trim())
  )
    x = Number(raw.trim());
  else {
    note(`${show(raw)} is not a number`, `using the default ${p.default}`);
    return p.default;
  }
  if (Number.isNaN(x)) {
    note('NaN is not a number', `using the default ${p.default}`);
    return p.default;
  }
  if (x === 0) x = 0; // -0 prints as "0": normalise so a value round-trips through the URL
  if (x < p.min || x > p.max) {
    const to = x < p.min ? p.min : p.max;
    note(`${show(raw)} is out of range`, `clamped to ${to}`);
    x = to;
  }
  if (p.integer && !Number.isInteger(x)) {
    const r = Math.min(p.max, Math.max(p.min, Math.round(x)));
    note(`${x} is not a whole number`, `rounded to ${r}`);
    x = r;
  }
  return x;
}

function show(raw: unknown): string {
  if (typeof raw === 'string') return JSON.stringify(raw);
  if (typeof raw === 'number') return String(raw);
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return String(raw);
  }
}
