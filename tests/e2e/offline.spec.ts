import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';

/**
 * Offline reading keeps its promise: pages a reader has read stay readable offline, with their
 * styles, across a deploy; the search works offline; a slow network falls back to the saved copy;
 * a new deploy takes over on the next navigation.
 *
 * The deploy is real: a copy of the build with one other page changed and one stylesheet renamed
 * (as a code change renames a hashed asset), with its own service worker written by the build's
 * own code. tests/serve.ts serves that copy to browsers holding the `e2e-deploy` cookie.
 */
test.describe.configure({ mode: 'serial' });

const first = '/concepts/queueing-theory/';
const second = '/systems/aws-ebs/';
const changed = '/systems/aws-s3/';
const neverVisited = '/people/';
const dist = new URL('../../dist/', import.meta.url).pathname;

/** The version of the worker controlling the page, once it controls it. */
async function controlledVersion(page: Page): Promise<string> {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller !== null && document.documentElement.dataset['swVersion'] !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(() => document.documentElement.dataset['swVersion']!);
}

/** The controlling worker's answer to `{ type: 'version' }`. */
function askController(): Promise<{ version: string; waiting: boolean }> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ version: string; waiting: boolean }>) => resolve(event.data);
    navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [channel.port2]);
  });
}

async function search(page: Page, term: string, expected: string): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill(term);
  // Pagefind loads its WebAssembly and index first: slow on a loaded machine.
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: expected }).first()).toBeVisible({
    timeout: 20_000,
  });
  await page.keyboard.press('Escape');
}

/** Whether a stylesheet whose URL contains `name` loaded with rules. */
function styled(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (n) =>
      [...document.styleSheets].some((s) => {
        try {
          return (s.href ?? '').includes(n) && s.cssRules.length > 0;
        } catch {
          return false; // a sheet that failed to load has no readable rules
        }
      }),
    name,
  );
}

/** Empties Chromium's HTTP cache (not the service worker's caches). */
async function clearHttpCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/** Every .html file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

interface Deploy {
  name: string;
  dir: string;
  oldCss: string;
  newCss: string;
  version: string;
}

/** A changed copy of the build with its own service worker: what the next deploy would serve. */
async function deployChange(): Promise<Deploy> {
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-deploy-'));
  cpSync(dist, dir, { recursive: true });
  // A content change to a page the reader has not read.
  const page = join(dir, changed, 'index.html');
  writeFileSync(page, readFileSync(page, 'utf-8').replace(/(<h1 id="_top"[^>]*>)([^<]*)/, '$1$2 (revised)'));
  // A code change: the first page's main stylesheet gets a new content hash, the old file is gone.
  const firstHtml = readFileSync(join(dir, first, 'index.html'), 'utf-8');
  const oldCss = [...firstHtml.matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+\.css)"/g)]
    .map((m) => m[1]!)
    .find((f) => !f.startsWith('print'))!;
  const newCss = oldCss.replace(/\.css$/, '').replace(/\.([\w-]+)$/, '.next$1') + '.css';
  renameSync(join(dir, '_astro', oldCss), join(dir, '_astro', newCss));
  writeFileSync(
    join(dir, '_astro', newCss),
    `${readFileSync(join(dir, '_astro', newCss), 'utf-8')}\n/* next deploy */\n`,
  );
  for (const f of htmlFiles(dir)) {
    const html = readFileSync(f, 'utf-8');
    if (html.includes(oldCss)) writeFileSync(f, html.replaceAll(`/_astro/${oldCss}`, `/_astro/${newCss}`));
  }
  const { version } = await writeServiceWorker(dir);
  return { name: basename(dir), dir, oldCss, newCss, version };
}

async function deployTo(context: BrowserContext, page: Page, deploy: Deploy): Promise<void> {
  await context.addCookies([
    { name: 'e2e-deploy', value: deploy.name, domain: new URL(page.url()).hostname, path: '/' },
  ]);
}

let deploy: Deploy | undefined;
test.afterAll(() => {
  if (deploy) rmSync(deploy.dir, { recursive: true, force: true });
});

test('pages read before a deploy stay readable offline, styled, after it; the search works offline', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto(first);
  const version = await controlledVersion(page);
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  await page.goto(second);
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');

  // Offline before any deploy: the read pages, the search, and a note for a page never read.
  await clearHttpCache(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');
  await page.goto(first);
  await expect(page.locator('h1')).toHaveText('Queueing theory');
  await search(page, 'utilization', 'Queueing theory');
  await page.goto(neverVisited);
  await expect(page.getByRole('status')).toContainText('You are offline');
  await expect(page.locator('h1')).toHaveText('Not saved for offline reading');

  // A deploy changes another page and renames a stylesheet. The reader comes back online to
  // some other page; the new worker installs, waits, and takes over on the next navigation.
  deploy = await deployChange();
  expect(deploy.version).not.toBe(version);
  await context.setOffline(false);
  await deployTo(context, page, deploy);
  await page.goto('/');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed',
    undefined,
    { timeout: 30_000 },
  );
  await expect.poll(() => page.evaluate(askController).then((reply) => reply.waiting), { timeout: 10_000 }).toBe(true);
  // Installed but waiting: the open page stays on the old version, so no page mixes two versions.
  expect(await page.evaluate(() => document.documentElement.dataset['swVersion'])).toBe(version);
  await page.goto(changed);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset['swVersion']).catch(() => undefined), {
      timeout: 15_000,
    })
    .toBe(deploy.version);
  await expect(page.locator('h1')).toContainText('(revised)');
  expect(await styled(page, deploy.newCss)).toBe(true);

  // Offline after the deploy: both pages read before it open, with the stylesheet they were
  // saved with (gone from the new deploy, kept by the worker). The browser's HTTP cache is
  // emptied first, as a browser may do any time: what opens must come from the worker's caches.
  await clearHttpCache(page);
  await context.setOffline(true);
  for (const [path, title] of [
    [first, 'Queueing theory'],
    [second, 'Amazon Elastic Block Store'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(title);
    expect(await styled(page, deploy.oldCss), `${path} styled offline`).toBe(true);
  }
  // The new deploy's search index was downloaded at install: the search still works offline.
  await search(page, 'utilization', 'Queueing theory');
  await context.setOffline(false);
});

test('a slow network falls back to the saved copy of a page', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto(first);
  await controlledVersion(page);
  await page.goto(second);
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');
  // Every response now takes 20 s: the worker gives the network 4 s, then serves the saved page.
  await context.addCookies([{ name: 'e2e-delay', value: '20000', domain: new URL(page.url()).hostname, path: '/' }]);
  const started = Date.now();
  await page.goto(first, { waitUntil: 'commit', timeout: 15_000 });
  await expect(page.locator('h1')).toHaveText('Queueing theory', { timeout: 10_000 });
  const waited = Date.now() - started;
  console.log(`slow network: the saved page was shown after ${waited} ms`);
  expect(waited).toBeLessThan(15_000);
});

test('the worker is served uncached, holds its precache manifest and stays on this origin', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-cache');
  const body = await response.text();
  expect(body).not.toContain('__WB_MANIFEST');
  expect(body).toMatch(/"url":"pagefind\/pagefind-entry\.json"/);
  expect(body).toMatch(/"revision":"[0-9a-f]{32}","url":"404\.html"/);
  // The only address in it is the one in a Workbox console warning; it fetches nothing off this origin.
  expect(body.match(/https?:\/\/[^\s"'`]+/g) ?? []).toEqual(['https://bit.ly/wb-precache']);
});
