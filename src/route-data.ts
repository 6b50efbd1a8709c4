import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './lib/git-dates.ts';
import { foldSidebar } from './lib/nav/sidebar.ts';

/**
 * Data-only changes to every Starlight route: "last updated" from git for pages in `content/`,
 * a sidebar that opens only the page's own kind (the others link to their index pages), and the
 * page's one-sentence summary as its description for search engines and link cards (Starlight
 * reads `description`; wiki pages write `summary`).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.lastUpdated ??= lastCommitDate(route.entry.filePath);
  route.sidebar = foldSidebar(route.sidebar);
  const summary = (route.entry.data as { summary?: unknown }).summary;
  if (typeof summary === 'string' && !route.entry.data.description) {
    for (const tag of route.head) {
      if (tag.tag === 'meta' && (tag.attrs?.['name'] === 'description' || tag.attrs?.['property'] === 'og:description'))
        tag.attrs['content'] = summary;
    }
  }
});
