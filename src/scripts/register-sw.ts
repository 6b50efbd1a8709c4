/**
 * Registers the offline-reading service worker (`/sw.js`, written by
 * src/integrations/service-worker.ts) on every page of a production build served over http(s),
 * and records the version of the worker controlling the page as `<html data-sw-version>` (for
 * tests and for anyone asking "which deploy am I reading?").
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const sw = navigator.serviceWorker;
  sw.addEventListener('controllerchange', showVersion);
  showVersion();
  // A first install downloads and stores the whole offline set (the search index and every /_astro/
  // file) on the cores the page's own work runs on: wait until the page has loaded and is idle, so
  // the page, its islands and a reader's first simulation runs do not share the CPU with it.
  const register = (): void => {
    // updateViaCache 'none': update checks always ask the server for sw.js, never the HTTP cache.
    sw.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch((error: unknown) =>
      console.warn('Offline reading is unavailable:', error),
    );
  };
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else register();
  };
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

/** Asks the controlling worker for its version and writes it on the root element. */
function showVersion(): void {
  const controller = navigator.serviceWorker.controller;
  if (!controller) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<{ version?: string }>) => {
    if (event.data.version) document.documentElement.dataset['swVersion'] = event.data.version;
    channel.port1.close();
  };
  controller.postMessage({ type: 'version' }, [channel.port2]);
}
