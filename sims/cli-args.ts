import { getModel, models, type ModelEntry } from './models/index.ts';
import { validate } from './params/validate.ts';

/** What a command line asks for, or one line saying what is wrong with it. Pure: no I/O. */
export type Command =
  | { kind: 'usage' }
  | { kind: 'list' }
  | { kind: 'help'; model: ModelEntry }
  | { kind: 'run'; model: ModelEntry; values: Record<string, unknown>; format: 'json' | 'csv' }
  | { kind: 'error'; message: string };

export const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Reads `<model> [--<param> <value> …] [--preset id] [--format json|csv]`. Flags are kebab-case
 * for camelCase parameters. A preset is the base and explicit flags override it, in any order.
 * Every value is validated against the model's schema; the first problem is the error.
 */
export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') return { kind: 'usage' };
  if (name === 'list') return { kind: 'list' };
  const model = getModel(name);
  if (!model) return { kind: 'error', message: `unknown model '${name}'; models: ${Object.keys(models).join(', ')}` };
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', model };
  let format: 'json' | 'csv' = 'json';
  const input: Record<string, unknown> = {};
  let base: Readonly<Record<string, unknown>> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] as string;
    const value = rest[i + 1];
    if (!flag.startsWith('--')) return { kind: 'error', message: `expected a --flag, got '${flag}'` };
    if (value === undefined) return { kind: 'error', message: `${flag} needs a value` };
    const key = flag.slice(2);
    if (key === 'format') {
      if (value !== 'json' && value !== 'csv')
        return { kind: 'error', message: `--format: '${value}' is not one of json, csv` };
      format = value;
    } else if (key === 'preset') {
      const preset = model.presets.find((p) => p.id === value);
      if (!preset)
        return {
          kind: 'error',
          message: `--preset: unknown preset '${value}'; presets: ${model.presets.map((p) => p.id).join(', ') || 'none'}`,
        };
      base = preset.params;
    } else {
      const param = camel(key);
      if (!Object.hasOwn(model.params, param))
        return {
          kind: 'error',
          message: `unknown parameter --${key} for ${name}; parameters: ${Object.keys(model.params)
            .map((k) => `--${kebab(k)}`)
            .join(', ')}`,
        };
      input[param] = value;
    }
  }
  const { value, issues } = validate(model.params, { ...base, ...input });
  const bad = issues[0];
  if (bad) return { kind: 'error', message: `--${kebab(bad.param)}: ${bad.problem} (allowed ${bad.allowed})` };
  return { kind: 'run', model, values: value, format };
}
