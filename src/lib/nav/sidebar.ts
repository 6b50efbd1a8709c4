import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
type Group = Extract<Entry, { type: 'group' }>;
type Link = Extract<Entry, { type: 'link' }>;

function hasCurrent(group: Group): boolean {
  return group.entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e)));
}

/** The group's own index page: its one link one folder deep (`/systems/`), if it has one. */
function indexLink(group: Group): Link | undefined {
  return group.entries.find((e): e is Link => e.type === 'link' && /^\/[^/]+\/$/.test(e.href));
}

/**
 * The sidebar a page shows: the group of the page's own kind, whole and open, and every other
 * group folded to a link to its index page, which lists the kind's pages with their summaries.
 *
 * Starlight writes every entry of every group into every page; at a few hundred pages that is
 * most of a page's HTML and DOM (624 of 2,395 elements on a simulation page), and the work grows
 * with pages × pages. A group without an index page is left as it is.
 */
export function foldSidebar(sidebar: Entry[]): Entry[] {
  return sidebar.map((entry) => {
    if (entry.type !== 'group') return entry;
    const index = indexLink(entry);
    if (!index) return entry;
    // In the open group the index is the kind's overview ("Systems › Systems" says nothing).
    if (hasCurrent(entry))
      return { ...entry, entries: entry.entries.map((e) => (e === index ? { ...index, label: 'Overview' } : e)) };
    return { type: 'link', label: entry.label, href: index.href, isCurrent: false, badge: entry.badge, attrs: {} };
  });
}
