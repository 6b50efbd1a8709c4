/**
 * `npm run check:html`: every built page (`dist/**\/*.html`, or E2E_DIST's folder, or the folders
 * and files given as arguments) through the W3C Nu HTML Checker (vnu.jar from the `vnu-jar`
 * package), in one Java process: starting the JVM once per page would cost more than checking.
 * Prints how many pages, errors and warnings, then each error message once with every place it
 * occurs (file:line:column), and exits 1 on any error. Warnings are counted, not listed
 * (`-- --warnings` lists them too) and do not fail.
 * Needs Java 17+ (`java` on the PATH, or JAVA_HOME); vnu-jar's own Java downloader is not used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of the checker, with the file it is about (relative to the working directory). */
export interface HtmlMessage {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The markup around the fault, as the checker quotes it. */
  extract?: string;
}

export interface HtmlReport {
  pages: number;
  errors: HtmlMessage[];
  warnings: HtmlMessage[];
}

/** The shape of one entry of `vnu --format json`'s `messages`. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** Thrown when there is no Java to run the checker with; the message says what to install. */
export class JavaMissingError extends Error {}

/** The `.html` files under `path` (or `path` itself), sorted so that reports are stable. */
export function htmlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(path, f))
    .sort();
}

/** The `java` to run: JAVA_HOME's if set, else the one on the PATH. */
function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

const jar = (): string => createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Checks `files` with vnu.jar in one run and returns what it found. Messages of type `info` with
 * subType `warning` are warnings; errors and non-document errors (a file that cannot be read)
 * are errors.
 */
export function checkHtml(files: string[], cwd = process.cwd()): HtmlReport {
  if (files.length === 0) return { pages: 0, errors: [], warnings: [] };
  const java = javaCommand();
  const args = [
    // One short run: the quick JIT alone took 33 s of CPU against 50 s with the optimizing one too, on this
    // site's 390 pages. Its bigger stack frames overflow the schema check at Java's 1 MB default stack.
    '-XX:TieredStopAtLevel=1',
    '-Xss4m',
    '-jar',
    jar(),
    // Info messages (mostly "trailing slash on void elements", Astro's markup style) are advice, not faults.
    '--format',
    'json',
    '--skip-non-html',
    '--skip-info-messages',
    '--exit-zero-always',
    ...files,
  ];
  const run = spawnSync(java, args, { encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new JavaMissingError(
      `check:html needs Java to run the Nu HTML Checker, and "${java}" was not found. ` +
        'Install it: sudo apt-get install -y default-jre-headless (or set JAVA_HOME).',
    );
  }
  if (run.error) throw run.error;
  let parsed: { messages: VnuMessage[] };
  try {
    // With --format json and no --stdout, the checker writes its report to stderr.
    parsed = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not answer in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  const toMessage = (m: VnuMessage): HtmlMessage => ({
    file: m.url ? relative(cwd, fileURLToPath(m.url)) : '(no file)',
    line: m.lastLine ?? m.firstLine ?? 0,
    column: m.firstColumn ?? m.lastColumn ?? 0,
    message: m.message,
    ...(m.extract === undefined ? {} : { extract: m.extract }),
  });
  return {
    pages: files.length,
    errors: parsed.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map(toMessage),
    warnings: parsed.messages.filter((m) => m.type === 'info' && m.subType === 'warning').map(toMessage),
  };
}

/**
 * The report as lines: each distinct message once (most frequent first) with how often and on
 * how many pages, the first place's markup, then one line per page with every line:column.
 * The same fault usually comes from one component on every page, so 400 errors read as a few.
 */
export function formatMessages(messages: HtmlMessage[]): string[] {
  const byMessage = new Map<string, HtmlMessage[]>();
  for (const m of messages) byMessage.set(m.message, [...(byMessage.get(m.message) ?? []), m]);
  const out: string[] = [];
  for (const [message, all] of [...byMessage].sort((a, b) => b[1].length - a[1].length)) {
    const byFile = new Map<string, string[]>();
    for (const m of all) byFile.set(m.file, [...(byFile.get(m.file) ?? []), `${m.line}:${m.column}`]);
    out.push(`${all.length}× on ${byFile.size} page(s): ${message}`);
    if (all[0]!.extract) out.push(`  markup: ${all[0]!.extract.replace(/\s+/g, ' ').trim()}`);
    for (const [file, places] of byFile) out.push(`  ${places.map((p) => `${file}:${p}`).join(', ')}`);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const roots = args.length > 0 ? args : [resolve(process.env.E2E_DIST ?? 'dist')];
  const missing = roots.find((r) => !existsSync(r));
  if (missing) {
    console.error(`check:html: ${missing} does not exist; run \`npm run build\` first.`);
    process.exit(2);
  }
  const files = roots.flatMap(htmlFiles);
  const started = performance.now();
  let report: HtmlReport;
  try {
    report = checkHtml(files);
  } catch (e) {
    console.error(e instanceof JavaMissingError ? e.message : e);
    process.exit(2);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const line of formatMessages(report.errors)) console.log(line);
  if (process.argv.includes('--warnings')) {
    for (const line of formatMessages(report.warnings)) console.log(`warning: ${line}`);
  }
  const pagesWithErrors = new Set(report.errors.map((e) => e.file)).size;
  console.log(
    `Nu HTML Checker: ${report.pages} page(s) checked in ${seconds} s: ${report.errors.length} error(s) on ` +
      `${pagesWithErrors} page(s), ${report.warnings.length} warning(s).`,
  );
  if (report.errors.length > 0) process.exit(1);
}

if (import.meta.main) main();
