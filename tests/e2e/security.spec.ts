import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cspFromDist, readTomlCsp } from '../../src/lib/csp.ts';

const dist = new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;

test('netlify.toml carries the CSP for exactly the inline scripts of this build', () => {
  const toml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf-8');
  const { policy } = cspFromDist(dist);
  expect(readTomlCsp(toml), 'run `npm run build && npm run csp` and commit netlify.toml').toBe(policy);
});

test('pages are served with a strict Content-Security-Policy and the other security headers', async ({ request }) => {
  for (const path of ['/', '/concepts/queueing-theory/', '/no-such-page/']) {
    const r = await request.get(path);
    const h = r.headers();
    const csp = h['content-security-policy'] ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k!, v]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    expect(h['permissions-policy']).toBeTruthy();
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
  }
});

test('hashed assets are cached for a year, the search index is revalidated', async ({ request, page }) => {
  await page.goto('/');
  const asset = await page
    .locator('script[src^="/_astro/"], link[rel="stylesheet"][href^="/_astro/"]')
    .first()
    .evaluate((e) => e.getAttribute('src') ?? e.getAttribute('href'));
  expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toContain('must-revalidate');
});
