import { wikiSchema } from '../../schema.ts';
import { buildWiki, type Problem, type Wiki, type WikiPage } from './index.ts';
import { INTERNAL_WORDS } from './scan.ts';

/** The quality floor every wiki page meets (CONTRIBUTING.md, "Quality bar"). */
export const QUALITY = { minWords: 150, minLinks: 3, minInbound: 1 } as const;

/** Counts for the closing report of `check:content`. */
export interface ContentStats {
  pages: number;
  links: number;
  /** Inline citations in all, and the pages carrying at least one. */
  citations: number;
  citingPages: number;
  /** Prose blocks (paragraphs, list items, tables) that state a figure, and how many of them cite. */
  figureBlocks: number;
  citedFigureBlocks: number;
}

/**
 * Every check over the sources, with no build: the link index's problems (broken links,
 * headings, sources, citations, kinds, clashes), front matter against the schema, the quality
 * floor and internal words. Warnings (a listed source never cited) do not fail the check.
 */
export function checkContent(root: string): {
  problems: Problem[];
  warnings: Problem[];
  stats: ContentStats;
  wiki: Wiki;
} {
  const wiki = buildWiki(root);
  const problems = [...wiki.problems];
  const warnings: Problem[] = [];
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
    for (const { line, word } of page.internalWords)
      at(
        line,
        `"${word}" is a word of this project, not the reader's: name the real source (its author or title) or state the fact with a citation`,
      );
    for (const key of ['title', 'summary'] as const) {
      const value = page.data[key];
      const m = typeof value === 'string' ? new RegExp(INTERNAL_WORDS.source, 'i').exec(value) : null;
      if (m) at(lines(key), `${key}: "${m[0]}" is a word of this project, not the reader's: name the real source`);
    }
    if (page.kind === 'index' || page.broken) continue;
    for (const s of page.sources) {
      if (!page.citations.includes(s))
        warnings.push({
          file: page.file,
          line: lines('sources'),
          column: 1,
          message: `sources: "${s}" is never cited in the text; cite it next to a claim it supports ([[^${s}]]) or remove it`,
        });
    }
    if (page.words < QUALITY.minWords)
      at(lines(''), `only ${page.words} words of prose; a page needs at least ${QUALITY.minWords}`);
    if (page.outbound.length < QUALITY.minLinks)
      at(lines(''), `links to ${page.outbound.length} wiki page(s); link at least ${QUALITY.minLinks} in the prose`);
    if ((wiki.inbound.get(page.slug)?.length ?? 0) < QUALITY.minInbound)
      at(1, `no page links to ${page.slug}; link it from a related page`);
  }
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  problems.sort(byPlace);
  warnings.sort(byPlace);
  const all = [...wiki.pages.values()];
  const sum = (f: (p: WikiPage) => number) => all.reduce((n, p) => n + f(p), 0);
  const stats: ContentStats = {
    pages: wiki.pages.size,
    links: sum((p) => p.outbound.length),
    citations: sum((p) => p.citationCount),
    citingPages: all.filter((p) => p.citations.length > 0).length,
    figureBlocks: sum((p) => p.figures.length),
    citedFigureBlocks: sum((p) => p.figures.filter((f) => f.cited).length),
  };
  return { problems, warnings, stats, wiki };
}
