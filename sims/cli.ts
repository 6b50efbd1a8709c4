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
import { kebab, parseArgs } from './cli-args.ts';
import { resultCsv } from './cli-csv.ts';

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
  process.stdout.write(
    `${m.name}: ${m.title}\n${m.description}\n\nnpm run sim -- ${m.name} [--<param> <value> …] [--format json|csv]\n\n`,
  );
  for (const [k, p] of Object.entries(m.params)) {
    const dflt = `default ${p.default}`;
    const range = isChoice(p) ? describeRange(p) : `range ${describeRange(p)}`;
    process.stdout.write(`  --${kebab(k).padEnd(16)} ${p.label}; ${dflt}; ${range}\n${' '.repeat(21)}${p.help}\n`);
  }
  if (m.presets.length > 0)
    process.stdout.write(`\npresets (--preset <id>): ${m.presets.map((p) => p.id).join(', ')}\n`);
}

function main(argv: string[]): void {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'usage':
      process.stdout.write(
        'usage: npm run sim -- <model> [--<param> <value> …] [--preset <id>] [--format json|csv]\n       npm run sim -- list\n\n',
      );
      list();
      return;
    case 'list':
      list();
      return;
    case 'help':
      help(command.model.name);
      return;
    case 'error':
      fail(command.message);
  }
  const result = command.model.run(command.values, {
    onProgress: (done, total) =>
      process.stderr.write(`\r${Math.min(100, Math.round((100 * done) / Math.max(1, total)))}%`),
    progressEvery: 1 << 20,
  });
  if (process.stderr.isTTY) process.stderr.write('\r    \r');
  process.stdout.write(command.format === 'csv' ? resultCsv(result) : `${JSON.stringify(result, null, 2)}\n`);
}

main(process.argv.slice(2));
