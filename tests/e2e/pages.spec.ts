import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and every kind index', () => {
  for (const p of ['/', '/sources/', '/systems/', '/concepts/', '/patterns/', '/people/', '/library/']) {
    expect(paths).toContain(p);
  }
});

for (const path of paths) {
  test(`${path} returns 200 with no console error and no third-party request`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) errors.push(`third-party request: ${r.url()}`);
    });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}

test('an unknown path gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
