import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

/**
 * Every page in the sitemap: status 200, no console error, no request to another origin, and no
 * axe violation in the light theme, the dark theme and at a phone's width.
 */
const paths = sitemapPaths();
/**
 * axe runs on a sample that covers every template: the home page, every kind index, the first
 * three pages of each kind, the tag and graph pages (simulation pages get full runs, hydrated, in
 * a11y.spec.ts). Every page of a kind shares its template, and a full sweep of all pages costs
 * about 9 s a page on this 2-core machine, which CI cannot afford.
 */
const sampled = new Set(paths.filter((p, _, all) => {
  const parts = p.split('/').filter(Boolean);
  if (parts.length <= 1) return true;
  if (parts[0] === 'tags') return parts[1] === 'storage';
  return all.filter((q) => q.startsWith(`/${parts[0]}/`) && q.split('/').filter(Boolean).length === 2).indexOf(p) < 3;
}));

/** Every rule once (light); then only the rules a theme or a narrow viewport can change. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];
const PHONE_RULES = ['color-contrast', 'scrollable-region-focusable', 'target-size', 'meta-viewport', 'link-in-text-block'];

async function axe(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((v) => `${label}: ${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

test('the sitemap lists the home page and every kind index', () => {
  for (const p of ['/', '/sources/', '/systems/', '/concepts/', '/patterns/', '/people/', '/library/']) {
    expect(paths).toContain(p);
  }
});

/** Records what a page must not do: console errors, failed requests, requests to other origins. */
function watch(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${page.url()}: ${r.status()} ${r.url()}`); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) errors.push(`${page.url()}: third-party request: ${r.url()}`);
  });
  return errors;
}

for (const path of paths.filter((p) => sampled.has(p))) {
  test(`${path}: 200, no console error, no third-party request, axe clean in light, dark and phone`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const errors = watch(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);

    const problems = await axe(page, 'light');
    await page.evaluate(() => { document.documentElement.dataset['theme'] = 'dark'; });
    problems.push(...(await axe(page, 'dark', THEME_RULES)));
    await page.setViewportSize({ width: 390, height: 844 });
    problems.push(...(await axe(page, 'phone, dark', PHONE_RULES)));
    expect(problems).toEqual([]);
  });
}

/** The other pages in batches: one browser page visits each in turn (a new page per path costs more than the visit). */
const rest = paths.filter((p) => !sampled.has(p));
const BATCH = 20;
for (let i = 0; i < rest.length; i += BATCH) {
  const batch = rest.slice(i, i + BATCH);
  test(`pages ${i + 1}–${i + batch.length} of the other ${rest.length} (${batch[0]} …): 200, no console error, no third-party request`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const errors = watch(page, new URL(baseURL!).origin);
    for (const path of batch) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('load');
    }
    expect(errors).toEqual([]);
  });
}

test('an unknown path gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
