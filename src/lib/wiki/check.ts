import { wikiSchema } from '../../schema.ts';
import { buildWiki, type Problem, type Wiki } from './index.ts';

/** The quality floor every wiki page meets (CONTRIBUTING.md, "Quality bar"). */
export const QUALITY = { minWords: 150, minLinks: 3, minInbound: 1 } as const;

/**
 * Every check over the sources, with no build: the link index's problems (broken links,
 * headings, sources, kinds, clashes), front matter against the schema, and the quality floor.
 */
export function checkContent(root: string): { problems: Problem[]; stats: { pages: number; links: number }; wiki: Wiki } {
  const wiki = buildWiki(root);
  const problems = [...wiki.problems];
  for (const page of wiki.pages.values()) {
    const at = (line: number, message: string) => problems.push({ file: page.file, line, column: 1, message });
    const lines = (key: string) => page.dataLines[key] ?? 1;
    if (typeof page.data['title'] !== 'string') at(1, 'title: required, expected a string');
    const parsed = wikiSchema.safeParse(page.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || 'front matter';
        at(lines(String(issue.path[0] ?? '')), `${field}: ${issue.message}`);
      }
    }
    if (page.kind === 'index' || page.broken) continue;
    if (page.words < QUALITY.minWords) at(lines(''), `only ${page.words} words of prose; a page needs at least ${QUALITY.minWords}`);
    if (page.outbound.length < QUALITY.minLinks) at(lines(''), `links to ${page.outbound.length} wiki page(s); link at least ${QUALITY.minLinks} in the prose`);
    if ((wiki.inbound.get(page.slug)?.length ?? 0) < QUALITY.minInbound) at(1, `no page links to ${page.slug}; link it from a related page`);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const links = [...wiki.pages.values()].reduce((n, p) => n + p.outbound.length, 0);
  return { problems, stats: { pages: wiki.pages.size, links }, wiki };
}

