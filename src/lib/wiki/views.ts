import { KIND_FOLDERS, KIND_LABELS, KINDS, type Kind } from '../../schema.ts';
import { getWiki, type WikiPage } from './index.ts';

/** Pure views over the link index for the page components: lists, groups, sort orders. */

/** The pages linking to `slug`, grouped by kind in the wiki's kind order, each group sorted by title. */
export function backlinksOf(slug: string): { kind: Kind; label: string; pages: WikiPage[] }[] {
  const wiki = getWiki();
  const from = (wiki.inbound.get(slug) ?? []).map((s) => wiki.pages.get(s)!).filter((p) => p.kind !== 'index');
  return KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind].many,
    pages: byTitle(from.filter((p) => p.kind === kind)),
  })).filter((g) => g.pages.length > 0);
}

/** Every page of one kind, sorted by title. */
export function pagesOfKind(kind: Kind): WikiPage[] {
  return byTitle([...getWiki().pages.values()].filter((p) => p.kind === kind));
}

/** The kind whose index lives at this slug (`systems` → `system`), if any. */
export function kindOfIndex(slug: string): Kind | undefined {
  return KINDS.find((k) => KIND_FOLDERS[k] === slug);
}

/** The articles whose `parent` is this source, newest first (undated last). */
export function articlesOf(slug: string): WikiPage[] {
  return [...getWiki().pages.values()]
    .filter((p) => p.kind === 'source' && p.data['parent'] === slug)
    .sort((a, b) => published(b).localeCompare(published(a)) || a.title.localeCompare(b.title));
}

/** Every tag with its pages, tags sorted by name and pages by title. */
export function allTags(): { tag: string; pages: WikiPage[] }[] {
  const wiki = getWiki();
  return [...wiki.tags.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, slugs]) => ({ tag, pages: byTitle(slugs.map((s) => wiki.pages.get(s)!)) }));
}

/** A source's publication date as written (YYYY, YYYY-MM or YYYY-MM-DD), or ''. */
export function published(p: WikiPage): string {
  const v = p.data['published'];
  return v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'string' || typeof v === 'number'
      ? String(v)
      : '';
}

/** The URL path of a page. */
export function hrefOf(slug: string): string {
  return slug ? `/${slug}/` : '/';
}

function byTitle(pages: WikiPage[]): WikiPage[] {
  return pages.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
}
