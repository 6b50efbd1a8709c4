/**
 * `npm run check:content`: checks every page under content/ without a build and prints every
 * failure at once as file:line:column, then exits 1 if there were any. Warnings (a listed source
 * never cited) are printed but do not fail. `-- --figures` also lists every paragraph, list item
 * or table that states a figure without citing a source.
 */
import { checkContent } from '../src/lib/wiki/check.ts';
import { formatProblem } from '../src/lib/wiki/index.ts';

const { problems, warnings, stats, wiki } = checkContent(process.cwd());
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
