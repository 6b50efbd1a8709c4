import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { hydrateIslands, sitemapPaths } from './helpers.ts';

/**
 * Every page in the sitemap: status 200, no console error, no request to another origin, and no
 * axe violation (every rule) in the light and the dark theme, each at a desktop and at a phone's
 * width. Simulation islands are hydrated first, so their controls are checked as readers get them.
 * Pages go in batches, one browser page visiting each in turn (a new page per path costs more
 * than the visit); a batch reports every problem of every page in it, each with its path.
 */
const paths = sitemapPaths();
const BATCH = 6;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test('the sitemap lists the home page and every kind index', () => {
  for (const p of ['/', '/sources/', '/systems/', '/concepts/', '/patterns/', '/people/', '/library/']) {
    expect(paths).toContain(p);
  }
});

/** Records what a page must not do: console errors, failed requests, requests to other origins. */
function watch(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${page.url()}: ${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      errors.push(`${page.url()}: third-party request: ${r.url()}`);
  });
  return errors;
}

/** axe in both themes at the viewport's current width. */
async function bothThemes(page: Page, width: string): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => {
      document.documentElement.dataset['theme'] = t;
    }, theme);
    problems.push(...(await axeViolations(page, `${theme}, ${width}`)));
  }
  return problems;
}

for (let i = 0; i < paths.length; i += BATCH) {
  const batch = paths.slice(i, i + BATCH);
  test(`pages ${i + 1}–${i + batch.length} of ${paths.length} (${batch[0]} … ${batch.at(-1)}): 200, no console error, no third-party request, axe clean in light and dark at desktop and phone width`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000 + batch.length * 30_000);
    const errors = watch(page, new URL(baseURL!).origin);
    const problems: string[] = [];
    for (const path of batch) {
      await page.setViewportSize(DESKTOP);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('load');
      await hydrateIslands(page);
      const found = await bothThemes(page, 'desktop');
      await page.setViewportSize(PHONE);
      found.push(...(await bothThemes(page, 'phone')));
      problems.push(...found.map((p) => `${path} ${p}`));
    }
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('an unknown path gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
