import { expect, test, type Page } from '@playwright/test';

/**
 * Offline reading: after a first visit the pages read and the search work with the network off,
 * and a new deploy's worker takes over on the next navigation and drops the old caches.
 */
test.describe.configure({ mode: 'serial' });

const first = '/concepts/queueing-theory/';
const second = '/systems/aws-ebs/';
const neverVisited = '/people/';

/** The version of the worker controlling the page, once it controls it. */
async function controlledVersion(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null && document.documentElement.dataset['swVersion'] !== undefined, undefined, { timeout: 30_000 });
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
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: expected }).first()).toBeVisible();
  await page.keyboard.press('Escape');
}

test('visited pages and the search work offline; a new deploy takes over on the next navigation', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(first);
  const version = await controlledVersion(page);
  expect(version).toMatch(/^[0-9a-f]{12}$/);
  await page.goto(second);
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');
  await page.goto(first);
  await expect(page.locator('h1')).toHaveText('Queueing theory');
  // The search index was precached at install: a word never searched for online is found.
  await search(page, 'utilization', 'Queueing theory');
  // A page never read: the saved 404 page, saying why.
  await page.goto(neverVisited);
  await expect(page.getByRole('status')).toContainText('You are offline');
  await expect(page.locator('h1')).toHaveText('Not saved for offline reading');

  // A redeploy: the same worker under another version. tests/serve.ts serves it to browsers
  // holding this cookie, so the browser's own update check sees a new deploy (routing /sw.js
  // through Playwright does not reach that check) while parallel tests keep the real one.
  await context.setOffline(false);
  const next = 'feedc0ffee00';
  await context.addCookies([{ name: 'e2e-sw-version', value: next, domain: new URL(page.url()).hostname, path: '/' }]);
  await page.goto(first);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed', undefined, { timeout: 30_000 });
  // The page learns of the new worker before the old worker does; wait until the old one knows.
  await expect.poll(() => page.evaluate(askController).then((reply) => reply.waiting), { timeout: 10_000 }).toBe(true);
  // Installed but waiting: the open page stays on the old version, so no page mixes two versions.
  expect(await page.evaluate(() => document.documentElement.dataset['swVersion'])).toBe(version);

  // The next navigation hands over to the new version and reloads through it.
  await page.goto(second);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['swVersion']).catch(() => undefined), { timeout: 15_000 }).toBe(next);
  await expect(page.locator('h1')).toHaveText('Amazon Elastic Block Store');
  const names = await page.evaluate(() => caches.keys());
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((name) => !name.includes(next))).toEqual([]);
});

test('the worker is served uncached and stays on this origin', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-cache');
  const body = await response.text();
  expect(body).toMatch(/const VERSION = "[0-9a-f]{12}";/);
  expect(body).not.toMatch(/https?:\/\//);
});
