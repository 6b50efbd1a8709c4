import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

/**
 * Every page in the sitemap: status 200, no console error, no request to another origin, and no
 * axe violation in the light theme, the dark theme and at a phone's width.
 */
const paths = sitemapPaths();

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

for (const path of paths) {
  test(`${path}: 200, no console error, no third-party request, axe clean in light, dark and phone`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) errors.push(`third-party request: ${r.url()}`);
    });
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

test('an unknown path gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
