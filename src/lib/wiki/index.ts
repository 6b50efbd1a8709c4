import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KIND_FOLDERS, type Kind } from '../../schema.ts';
import { scanPage, type FigureBlock, type RawLink, type ScannedPage } from './scan.ts';
import { closest } from './closest.ts';

/**
 * The link index: every page of `content/`, its links resolved, and what links back to it.
 * Built once per build from the page sources (the same parser the build uses), so backlinks,
 * link previews, kind indexes, the graph and the content check all read one source of truth.
 */
export interface WikiPage {
  /** `systems/aws-ebs`; the home page is `` and a section index is its folder, e.g. `systems`. */
  slug: string;
  file: string;
  kind: Kind | 'index';
  title: string;
  summary: string;
  tags: string[];
  aliases: string[];
  sources: string[];
  data: Record<string, unknown>;
  /** Line of each front-matter key, for messages. */
  dataLines: Record<string, number>;
  headings: Set<string>;
  /** Distinct wiki pages this page links to, in first-seen order. */
  outbound: string[];
  /**
   * Distinct source pages cited inline (`[[^sources/…]]`), in order of first citation: citation n is `citations[n -
   * 1]`.
   */
  citations: string[];
  /** Inline citations written on the page, repeats included. */
  citationCount: number;
  /** Prose blocks that state a figure, and whether each cites (the citation coverage report). */
  figures: FigureBlock[];
  /** Internal project words in the prose ("the seed", "the hub"), which readers must not meet. */
  internalWords: { line: number; word: string }[];
  words: number;
  /** True when the page could not be parsed (its syntax error is among the problems). */
  broken: boolean;
}

export interface ResolvedLink extends RawLink {
  /** The target page's slug, or undefined when the link is not to a wiki page (external, tag page…). */
  target?: string;
  fragment?: string;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Wiki {
  pages: Map<string, WikiPage>;
  /** Slug → the distinct slugs of pages linking to it. */
  inbound: Map<string, string[]>;
  /** Every link of every page, resolved. */
  links: Map<string, ResolvedLink[]>;
  /** Problems that make the wiki unpublishable: broken links, bad kinds, clashes. */
  problems: Problem[];
  /** Every tag, with the slugs of the pages carrying it. */
  tags: Map<string, string[]>;
}

const FOLDER_KINDS = new Map(Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as Kind]));
/** Routes the site generates besides content pages; links to them are allowed. */
const GENERATED = [/^tags$/, /^graph$/, /^rss\.xml$/];

/** The path of a page from its file: `content/systems/aws-ebs.mdx` → `systems/aws-ebs`. */
export function slugOf(fileInContent: string): string {
  return fileInContent
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
}

/** Lists the page files under a content folder as the glob loader does (`**\/[^_]*.{md,mdx}`). */
export function listPages(contentDir: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) out.push(full);
    }
  };
  visit(contentDir);
  return out.sort();
}

/** Builds the index from `root/content`. Pure apart from reading files. */
export function buildWiki(root: string, contentFolder = 'content'): Wiki {
  const contentDir = join(root, contentFolder);
  const scanned = listPages(contentDir).map((full) => ({
    rel: relative(contentDir, full),
    page: scanPage(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf-8')),
  }));
  return indexPages(scanned);
}

/** Builds the index from already scanned pages (used by tests with in-memory fixtures). */
export function indexPages(scanned: { rel: string; page: ScannedPage }[]): Wiki {
  const problems: Problem[] = [];
  const pages = new Map<string, WikiPage>();
  const scans = new Map<string, ScannedPage>();
  const at = (p: ScannedPage, line: number, message: string, column = 1) =>
    problems.push({ file: p.file, line, column, message });

  for (const { rel, page } of scanned) {
    const slug = slugOf(rel);
    if (page.error) at(page, page.error.line, page.error.message);
    const existing = pages.get(slug);
    if (existing) {
      at(page, 1, `duplicate slug "${slug}": ${existing.file} has the same slug; rename or remove one of them`);
      continue;
    }
    const d = page.data;
    const folder = slug.split('/')[0] ?? '';
    const isIndex = rel.split(sep).pop()?.startsWith('index.') || !slug.includes('/');
    const expected: Kind | 'index' = isIndex ? 'index' : (FOLDER_KINDS.get(folder) ?? 'index');
    const kind = typeof d['kind'] === 'string' ? d['kind'] : undefined;
    if (!page.error && kind !== expected) {
      at(
        page,
        page.dataLines['kind'] ?? 2,
        kind === undefined
          ? `missing "kind": pages in content/${folder}/ must say kind: ${expected}`
          : `kind "${kind}" does not match the folder: pages in content/${isIndex ? folder || '.' : folder}/${isIndex ? 'index' : ''} must say kind: ${expected}`,
      );
    }
    pages.set(slug, {
      slug,
      file: page.file,
      kind: expected,
      title: typeof d['title'] === 'string' ? d['title'] : slug,
      summary:
        typeof d['summary'] === 'string' ? d['summary'] : typeof d['description'] === 'string' ? d['description'] : '',
      tags: strings(d['tags']),
      aliases: strings(d['aliases']),
      sources: strings(d['sources']),
      data: d,
      dataLines: page.dataLines,
      headings: new Set(page.headings),
      outbound: [],
      citations: [],
      citationCount: page.citations.length,
      figures: page.figures,
      internalWords: page.internalWords,
      words: page.words,
      broken: page.error !== undefined,
    });
    scans.set(slug, page);
  }

  const tags = new Map<string, string[]>();
  for (const p of pages.values()) for (const t of p.tags) tags.set(t, [...(tags.get(t) ?? []), p.slug]);

  const slugs = [...pages.keys()];
  const inbound = new Map<string, string[]>(slugs.map((s) => [s, []]));
  const links = new Map<string, ResolvedLink[]>();
  for (const [slug, scan] of scans) {
    const page = pages.get(slug)!;
    const resolved: ResolvedLink[] = [];
    for (const link of scan.links) {
      const r = resolveLink(link, pages, tags);
      if (r.problem) at(scan, link.line, r.problem, link.column);
      else if (r.link.target !== undefined) {
        const t = r.link.target;
        if (t !== slug && !page.outbound.includes(t)) {
          page.outbound.push(t);
          inbound.get(t)!.push(slug);
        }
      }
      if (/^\s*(here|this page|click here|link)\s*$/i.test(link.text))
        at(
          scan,
          link.line,
          `link text "${link.text}" does not name its target; write the target's name instead`,
          link.column,
        );
      resolved.push(r.link);
    }
    links.set(slug, resolved);
    for (const c of scan.citations) {
      const cited = pages.get(c.slug);
      if (cited?.kind !== 'source') {
        const sources = slugs.filter((s) => pages.get(s)!.kind === 'source');
        at(
          scan,
          c.line,
          `citation [[^${c.slug}]]: ${cited ? `"${c.slug}" is a ${cited.kind} page; cite a source page` : `no source page "${c.slug}"`}${suggest(c.slug, sources)}`,
          c.column,
        );
      } else if (!page.citations.includes(c.slug)) page.citations.push(c.slug);
    }
    for (const field of ['sources', 'parent'] as const) {
      for (const s of field === 'parent' ? strings([page.data['parent']]) : page.sources) {
        if (!pages.has(s)) at(scan, scan.dataLines[field] ?? 2, `${field}: no source page "${s}"${suggest(s, slugs)}`);
      }
    }
  }

  checkAliases(pages, scans, at);
  return { pages, inbound, links, problems, tags };
}

/** Resolves one link against the index: its target page and fragment, or a problem naming the closest slugs. */
export function resolveLink(
  link: RawLink,
  pages: Map<string, WikiPage>,
  tags: Map<string, string[]>,
): { link: ResolvedLink; problem?: string } {
  const url = link.url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url.startsWith('mailto:'))
    return { link };
  if (!link.wiki && !url.startsWith('/'))
    return {
      link,
      problem: `relative link "${url}": link pages by slug, e.g. [[systems/aws-ebs]] or /systems/aws-ebs/`,
    };
  const [pathPart = '', fragment] = url.split('#', 2);
  const slug = pathPart.replace(/^\/+|\/+$/g, '');
  const page = pages.get(slug);
  if (!page) {
    if (!link.wiki && GENERATED.some((re) => re.test(slug))) return { link };
    const tag = /^tags\/(.+)$/.exec(slug)?.[1];
    if (!link.wiki && tag !== undefined)
      return tags.has(tag)
        ? { link }
        : { link, problem: `link to unknown tag page "/tags/${tag}/"${suggest(tag, [...tags.keys()])}` };
    return { link, problem: `link to unknown page "${slug}"${suggest(slug, [...pages.keys()])}` };
  }
  if (fragment && !page.headings.has(fragment)) {
    const near = closest(fragment, [...page.headings], 3);
    const list = (near.length ? near : [...page.headings].slice(0, 5)).join(', ');
    return {
      link,
      problem: `link to missing heading "#${fragment}" on "${slug}" (${list ? `headings there: ${list}` : 'it has no headings'})`,
    };
  }
  return { link: { ...link, target: slug, ...(fragment ? { fragment } : {}) } };
}

function checkAliases(
  pages: Map<string, WikiPage>,
  scans: Map<string, ScannedPage>,
  at: (p: ScannedPage, line: number, m: string) => void,
) {
  const owner = new Map<string, string>();
  for (const p of pages.values()) if (p.kind !== 'index') owner.set(p.title.toLowerCase(), p.slug);
  for (const p of pages.values()) {
    for (const alias of p.aliases) {
      const key = alias.toLowerCase();
      const other = owner.get(key);
      if (other && other !== p.slug)
        at(
          scans.get(p.slug)!,
          scans.get(p.slug)!.dataLines['aliases'] ?? 2,
          `alias "${alias}" clashes with ${other} (its title or alias); an alias must lead to one page`,
        );
      else owner.set(key, p.slug);
    }
  }
}

function suggest(wanted: string, candidates: string[], what = 'closest existing'): string {
  const near = closest(wanted, candidates, 3);
  return near.length ? ` (${what}: ${near.join(', ')})` : '';
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

let cached: { root: string; signature: string; wiki: Wiki } | undefined;
/**
 * Only the dev server sees pages change under a running process. A build reads the files once:
 * re-checking every file's mtime on each call would make a build of N pages do N² stat calls.
 */
const WATCHING = process.argv.includes('dev');

/** The index of the project's `content/`; in the dev server, rebuilt when a page file changes. */
export function getWiki(root = process.cwd()): Wiki {
  if (cached?.root === root && !WATCHING) return cached.wiki;
  const files = listPages(join(root, 'content'));
  const signature = files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
  if (cached?.root !== root || cached.signature !== signature) cached = { root, signature, wiki: buildWiki(root) };
  return cached.wiki;
}

/**
 * The sources a page's Sources list shows, numbered: first those cited inline in order of first
 * citation (so citation n points at entry n), then front-matter sources never cited.
 */
export function sourceListOf(page: WikiPage): string[] {
  return [...page.citations, ...page.sources.filter((s) => !page.citations.includes(s))];
}

/** The element id of a source's entry in a Sources list: `sources/aws-ebs` → `source-sources-aws-ebs`. */
export function sourceEntryId(slug: string): string {
  return `source-${slug.replaceAll('/', '-')}`;
}

/** Formats a problem as `file:line:column message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}
