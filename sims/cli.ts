/**
 * Runs any model from the terminal.
 *   npm run sim -- list
 *   npm run sim -- <model> --help
 *   npm run sim -- <model> [--<param> <value> …] [--seed N] [--format json|csv]
 * Flags are kebab-case (--arrival-rate) for camelCase parameters (arrivalRate). A bad model,
 * flag or value exits with status 2 and one line naming it and what is allowed.
 */
import { getModel, models } from './models/index.ts';
import { describeRange, isChoice } from './params/spec.ts';
import { validate } from './params/validate.ts';
import { toCsv } from './cli-csv.ts';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function fail(message: string): never {
  process.stderr.write(`sim: ${message}\n`);
  process.exit(2);
}

function list(): void {
  for (const m of Object.values(models)) process.stdout.write(`${m.name.padEnd(8)} ${m.title}: ${m.description}\n`);
}

function help(name: string): void {
  const m = getModel(name);
  if (!m) return;
  process.stdout.write(`${m.name}: ${m.title}\n${m.description}\n\nnpm run sim -- ${m.name} [--<param> <value> …] [--format json|csv]\n\n`);
  for (const [k, p] of Object.entries(m.params)) {
    const dflt = `default ${p.default}`;
    const range = isChoice(p) ? describeRange(p) : `range ${describeRange(p)}`;
    process.stdout.write(`  --${kebab(k).padEnd(16)} ${p.label}; ${dflt}; ${range}\n${' '.repeat(21)}${p.help}\n`);
  }
  if (m.presets.length > 0) process.stdout.write(`\npresets (--preset <id>): ${m.presets.map((p) => p.id).join(', ')}\n`);
}

function main(argv: string[]): void {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write('usage: npm run sim -- <model> [--<param> <value> …] [--format json|csv]\n       npm run sim -- list\n\n');
    list();
    return;
  }
  if (name === 'list') { list(); return; }
  const model = getModel(name);
  if (!model) fail(`unknown model '${name}'; models: ${Object.keys(models).join(', ')}`);
  if (rest.includes('--help') || rest.includes('-h')) { help(name); return; }
  let format = 'json';
  const input: Record<string, unknown> = {};
  // A preset is the base and explicit flags override it, whatever order they come in.
  let base: Readonly<Record<string, unknown>> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] as string;
    const value = rest[i + 1];
    if (!flag.startsWith('--')) fail(`expected a --flag, got '${flag}'`);
    if (value === undefined) fail(`${flag} needs a value`);
    const key = flag.slice(2);
    if (key === 'format') {
      if (value !== 'json' && value !== 'csv') fail(`--format: '${value}' is not one of json, csv`);
      format = value;
    } else if (key === 'preset') {
      const preset = model.presets.find((p) => p.id === value);
      if (!preset) fail(`--preset: unknown preset '${value}'; presets: ${model.presets.map((p) => p.id).join(', ') || 'none'}`);
      base = preset.params;
    } else {
      const param = camel(key);
      const spec = model.params[param];
      if (!spec) fail(`unknown parameter --${key} for ${name}; parameters: ${Object.keys(model.params).map((k) => `--${kebab(k)}`).join(', ')}`);
      input[param] = value;
    }
  }
  const { value, issues } = validate(model.params, { ...base, ...input });
  const bad = issues[0];
  if (bad) fail(`--${kebab(bad.param)}: ${bad.problem} (allowed ${bad.allowed})`);
  const result = model.run(value, {
    onProgress: (done, total) => process.stderr.write(`\r${Math.min(100, Math.round((100 * done) / Math.max(1, total)))}%`),
    progressEvery: 1 << 20,
  });
  if (process.stderr.isTTY) process.stderr.write('\r    \r');
  process.stdout.write(format === 'csv' ? toCsv(result) : `${JSON.stringify(result, null, 2)}\n`);
}

main(process.argv.slice(2));
