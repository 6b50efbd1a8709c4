// The service worker's behaviour. The build (src/integrations/service-worker.ts) writes it to
// /sw.js after two generated constants: VERSION (a hash of the built files) and PRECACHE_URLS.
//
// - Every cache name carries VERSION; `activate` deletes the caches of other versions, so a
//   deploy never mixes its files with the previous one's.
// - A new version installs in the background and waits. The reader's next navigation hands over
//   to it and reloads, so each page loads wholly from one version.
// - Navigations: network first; offline, the saved copy of the page, or the 404 page with a note.
// - /_astro/* (hashed, immutable) and /pagefind/* (fixed per version): cache first.
// - Anything else from this site: network first, saved copy offline. Other origins: untouched.

/* global VERSION, PRECACHE_URLS */
const PREFIX = 'field-guide-';
const PRECACHE = `${PREFIX}${VERSION}-precache`;
const RUNTIME = `${PREFIX}${VERSION}-runtime`;
const OFFLINE_FALLBACK = '/404.html';

self.addEventListener('install', (event) => {
  // `no-cache`: revalidate files that keep their name across deploys (the search index, 404.html).
  const requests = PRECACHE_URLS.map((url) => new Request(url, { cache: url.startsWith('/_astro/') ? 'default' : 'no-cache' }));
  event.waitUntil(caches.open(PRECACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && !n.startsWith(`${PREFIX}${VERSION}-`)).map((n) => caches.delete(n)));
      // The first visit's page loaded before any worker existed: control it and save it now,
      // so the page the reader landed on is readable offline too.
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const cache = await caches.open(RUNTIME);
      await Promise.all(
        windows.map(async (client) => {
          const url = new URL(client.url);
          if (url.origin !== self.location.origin || (await cache.match(url.pathname))) return;
          await cache.add(url.pathname).catch(() => undefined);
        }),
      );
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') self.skipWaiting();
  // `waiting`: whether this worker already knows of an installed newer version (tests wait for it).
  else if (type === 'version' && event.ports[0]) event.ports[0].postMessage({ version: VERSION, waiting: Boolean(self.registration.waiting) });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/')) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request));
});

async function navigate(request) {
  const waiting = self.registration.waiting;
  if (waiting) {
    // A new deploy is installed: let it take over and reload this navigation through it, so the
    // page and its assets all come from the new version. Plain HTML refresh, no script (CSP).
    waiting.postMessage({ type: 'skip-waiting' });
    return new Response('<!doctype html><meta http-equiv="refresh" content="0"><link rel="icon" href="data:,"><title>Updating</title>', {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Refresh: '0' },
    });
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(RUNTIME);
      await cache.put(pageKey(request.url), response.clone());
    }
    return response;
  } catch (error) {
    const saved = await matchHere(pageKey(request.url));
    return saved ?? (await offlinePage()) ?? Response.error();
  }
}

/** Pages are saved under their path alone: `?query` and `#hash` do not make another page. */
function pageKey(href) {
  const url = new URL(href);
  return url.origin + url.pathname;
}

async function cacheFirst(request) {
  // Pagefind adds `?ts=…` to some requests to dodge HTTP caches; within a version the file is fixed.
  const saved = await matchHere(request, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(RUNTIME);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(RUNTIME);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const saved = await matchHere(request);
    if (saved) return saved;
    throw error;
  }
}

/** A match in this version's caches only, never in another version's. */
async function matchHere(request, options) {
  for (const name of [PRECACHE, RUNTIME]) {
    const cache = await caches.open(name);
    const hit = await cache.match(request, options);
    if (hit) return hit;
  }
  return undefined;
}

/** The 404 page, retitled with a note that the reader is offline and this page was never saved. */
async function offlinePage() {
  const page = await matchHere(OFFLINE_FALLBACK);
  if (!page) return undefined;
  const note =
    '<p class="sw-offline-note" role="status"><strong>You are offline.</strong> This page has not been saved on this device; the pages you have read before, and the search, still work.</p>';
  const html = (await page.text())
    .replace(/<title>[^<]*<\/title>/, '<title>Offline | Distributed Systems Field Guide</title>')
    .replace(/(<h1 id="_top"[^>]*>)[^<]*(<\/h1>)/, '$1Not saved for offline reading$2')
    .replace('<div class="sl-markdown-content">', (div) => `${div}${note}`);
  return new Response(html, { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
