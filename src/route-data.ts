import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './lib/git-dates.ts';

/** Data-only changes to every Starlight route: "last updated" from git for pages in `content/`. */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.lastUpdated ??= lastCommitDate(route.entry.filePath);
});
