/**
 * `npm run check:content`: checks every page under content/ without a build and prints every
 * failure at once as file:line:column, then exits 1 if there were any.
 */
import { checkContent } from '../src/lib/wiki/check.ts';
import { formatProblem } from '../src/lib/wiki/index.ts';

const { problems, stats } = checkContent(process.cwd());
for (const p of problems) console.log(formatProblem(p));
console.log(`\n${stats.pages} pages, ${stats.links} internal links: ${problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`}`);
process.exit(problems.length ? 1 : 0);
