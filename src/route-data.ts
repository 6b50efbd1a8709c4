import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './lib/git-dates.ts';
import { foldSidebar } from './lib/nav/sidebar.ts';

/**
 * Data-only changes to every Starlight route: "last updated" from git for pages in `content/`,
 * and a sidebar that opens only the page's own kind (the others link to their index pages).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.lastUpdated ??= lastCommitDate(route.entry.filePath);
  route.sidebar = foldSidebar(route.sidebar);
});
