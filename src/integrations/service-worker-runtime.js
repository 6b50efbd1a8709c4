// The service worker, built by src/integrations/service-worker.ts: esbuild bundles this file with
// the Workbox modules it imports, defines VERSION (a hash of the built files) and ASSET_URLS (the
// build's /_astro/ files), and workbox-build's injectManifest fills in self.__WB_MANIFEST.
//
// What it keeps, and for how long (README, "Offline reading"):
// - Pages the reader opens: cache `field-guide-pages`, at most PAGE_LIMIT pages, each for KEEP_DAYS
//   after it was last fetched. A deploy leaves them alone.
// - /_astro/ files (content-hashed, so a name never changes meaning): cache `field-guide-assets`,
//   the whole build's set fetched at install, each kept KEEP_DAYS; an older deploy's files stay as
//   long as that, so a page saved before a deploy still opens with its own styles and scripts.
// - The search index, the 404 page and the icon: Workbox's precache, one revision per file, so a
//   deploy downloads only the files that changed and drops the ones that are gone.
// - Anything else from this site (graph.json, CSV downloads): network first, the saved copy offline.
//
// Navigations try the network for NETWORK_TIMEOUT_S, then fall back to the saved copy, then to the
// 404 page with a note that the page was never saved. A new deploy installs in the background and
// waits; the reader's next navigation hands over to it and reloads, so no page mixes two versions.

import { setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { warmStrategyCache } from 'workbox-recipes';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

const KEEP_DAYS = 30;
const PAGE_LIMIT = 200;
const NETWORK_TIMEOUT_S = 4;
const PAGES = 'field-guide-pages';
const ASSETS = 'field-guide-assets';
const OTHER = 'field-guide-other';
const OFFLINE_FALLBACK = '/404.html';

setCacheNameDetails({ prefix: 'field-guide', suffix: '', precache: 'precache', runtime: 'runtime' });

const keep = (maxEntries) =>
  new ExpirationPlugin({ maxEntries, maxAgeSeconds: KEEP_DAYS * 24 * 3600, purgeOnQuotaError: true });

/** Pages are saved under their path alone: `?query` and `#hash` do not make another page. */
const byPath = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return url.origin + url.pathname;
  },
};

const pages = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [byPath, keep(PAGE_LIMIT)],
});
const assets = new CacheFirst({ cacheName: ASSETS, plugins: [keep(1000)] });
const other = new NetworkFirst({ cacheName: OTHER, networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [keep(100)] });

// Pagefind adds `?ts=…` to some requests to dodge HTTP caches; the precache ignores it.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/] });
cleanupOutdatedCaches();
warmStrategyCache({ urls: ASSET_URLS, strategy: assets });

const here = (url) => url.origin === self.location.origin && url.pathname !== '/sw.js';
registerRoute(({ request, url }) => request.mode === 'navigate' && here(url), navigate);
registerRoute(({ url }) => here(url) && url.pathname.startsWith('/_astro/'), assets);
registerRoute(({ url }) => here(url), other);

async function navigate(options) {
  const waiting = self.registration.waiting;
  if (waiting) {
    // A new deploy is installed: let it take over and reload this navigation through it, so the
    // page and its assets all come from the new version. Plain HTML refresh, no script (CSP).
    waiting.postMessage({ type: 'skip-waiting' });
    return new Response(
      '<!doctype html><meta http-equiv="refresh" content="0"><link rel="icon" href="data:,"><title>Updating</title>',
      {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Refresh: '0' },
      },
    );
  }
  try {
    return await pages.handle(options);
  } catch {
    return (await offlinePage()) ?? Response.error();
  }
}

/** The 404 page, retitled with a note that the reader is offline and this page was never saved. */
async function offlinePage() {
  const page = await matchPrecache(OFFLINE_FALLBACK);
  if (!page) return undefined;
  const note =
    '<p class="sw-offline-note" role="status"><strong>You are offline.</strong> This page has not been saved on this ' +
    'device; the pages you have read before, and the search, still work.</p>';
  const html = (await page.text())
    .replace(/<title>[^<]*<\/title>/, '<title>Offline | Distributed Systems Field Guide</title>')
    .replace(/(<h1 id="_top"[^>]*>)[^<]*(<\/h1>)/, '$1Not saved for offline reading$2')
    .replace('<div class="sl-markdown-content">', (div) => `${div}${note}`);
  return new Response(html, {
    status: 503,
    statusText: 'Offline',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await migrateVersionOne();
      // The first visit's page loaded before any worker existed: control it and save it now,
      // so the page the reader landed on is readable offline too.
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const saved = await caches.open(PAGES);
      await Promise.all(
        windows.map(async (client) => {
          const url = new URL(client.url);
          if (!here(url) || (await saved.match(url.origin + url.pathname))) return;
          await pages.handleAll({ event, request: new Request(url.pathname) })[1].catch(() => undefined);
        }),
      );
    })(),
  );
});

/**
 * The first worker (before Workbox) named its caches `field-guide-<version>-precache|runtime` and
 * kept saved pages in the runtime one: move those pages into the pages cache, then drop both.
 */
async function migrateVersionOne() {
  const old = (await caches.keys()).filter((name) => /^field-guide-[0-9a-f]{12}-(precache|runtime)$/.test(name));
  const saved = await caches.open(PAGES);
  for (const name of old) {
    const cache = await caches.open(name);
    for (const request of name.endsWith('-runtime') ? await cache.keys() : []) {
      const response = await cache.match(request);
      if (response && (response.headers.get('Content-Type') ?? '').startsWith('text/html'))
        await saved.put(request, response);
    }
    await caches.delete(name);
  }
}

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') self.skipWaiting();
  // `waiting`: whether this worker already knows of an installed newer version (tests wait for it).
  else if (type === 'version' && event.ports[0])
    event.ports[0].postMessage({ version: VERSION, waiting: Boolean(self.registration.waiting) });
});
