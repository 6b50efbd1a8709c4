/**
 * `npm run check:content`: checks every page under content/ without a build and prints every
 * failure at once as file:line:column, then exits 1 if there were any. Warnings (a listed source
 * never cited) are printed but do not fail. `-- --figures` also lists every paragraph, list item
 * or table that states a figure without citing a source. `-- --copies DIR` also fails on any run
 * of eight or more words a page shares with a text file in DIR (the sources it was written from).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/wiki/check.ts';
import { copiedRuns } from '../src/lib/wiki/copies.ts';
import { formatProblem } from '../src/lib/wiki/index.ts';

const { problems, warnings, stats, wiki } = checkContent(process.cwd());
const copiesAt = process.argv.indexOf('--copies');
if (copiesAt > 0) {
  const dir = process.argv[copiesAt + 1];
  if (!dir) {
    console.error('--copies needs a folder of reference texts, e.g. --copies ../shared/seeds');
    process.exit(2);
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  } catch {
    console.error(`--copies: cannot read the folder "${dir}"`);
    process.exit(2);
  }
  const references = Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), 'utf-8')]));
  for (const page of wiki.pages.values()) {
    for (const run of copiedRuns(readFileSync(page.file, 'utf-8'), references)) {
      problems.push({
        file: page.file,
        line: run.line,
        column: 1,
        message: `${run.words} words copied from ${run.reference}: "${run.text}"; say it in your own words`,
      });
    }
  }
  console.log(`copy check: ${names.length} reference text(s) in ${dir}`);
}
for (const p of problems) console.log(formatProblem(p));
for (const w of warnings) console.log(`warning: ${formatProblem(w)}`);
if (process.argv.includes('--figures')) {
  for (const page of wiki.pages.values()) {
    for (const f of page.figures) if (!f.cited) console.log(`uncited figure: ${page.file}:${f.line} "${f.figure}"`);
  }
}
const share = stats.figureBlocks ? ((100 * stats.citedFigureBlocks) / stats.figureBlocks).toFixed(1) : '100.0';
console.log(
  `\n${stats.pages} pages, ${stats.links} internal links, ${stats.citations} inline citations on ${stats.citingPages} pages;` +
    ` ${stats.citedFigureBlocks} of ${stats.figureBlocks} paragraphs stating a figure cite a source (${share}%);` +
    ` ${warnings.length} warning(s): ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`,
);
process.exit(problems.length ? 1 : 0);
