import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FAST_STATEMENT, findStatement } from '../../src/plugins/starlight-toc-query.ts';
import { sitemapPaths } from './helpers.ts';

/**
 * The build rewrites Starlight's "On this page" query (src/plugins/starlight-toc-query.ts). These
 * tests hold the rewrite to three things: it ships, it watches exactly the elements Starlight's
 * own query watches on every page of the site, and the highlight still follows the reader in both
 * tables of contents (the desktop sidebar and the phone's bar).
 */
// The offline worker claims the page and serves its scripts from its caches (fetched at install):
// these tests read the script as the server ships it.
test.use({ serviceWorkers: 'block' });

const STARLIGHT_TOC = new URL(
  '../../node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js',
  import.meta.url,
);

test('the shipped table-of-contents script carries the rewritten query', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (/\/_astro\/starlight-toc\.[\w-]+\.js$/.test(r.url())) scripts.push(await r.text());
  });
  await page.goto('/systems/aws-ebs/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).not.toContain(':not(:has(');
  expect(scripts[0]).toContain('.sl-heading-wrapper) ~ *`');
});

test("the rewritten query finds the same elements, in the same order, as Starlight's on every page", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const original = findStatement(readFileSync(STARLIGHT_TOC, 'utf-8'));
  expect(original, "Starlight's query as the plugin expects it").toBeDefined();
  // The two statements run as code in the page, which the site's CSP (rightly) forbids.
  const ctx = await browser.newContext({ bypassCSP: true });
  const page = await ctx.newPage();
  const rows: { path: string; elements: number; dom: number; starlight: number; ours: number }[] = [];
  let pages = 0;
  for (const path of sitemapPaths()) {
    await page.goto(path);
    if (!(await page.locator('starlight-toc').count())) continue;
    pages++;
    const r = await page.evaluate(
      async ([a, b]) => {
        await customElements.whenDefined('starlight-toc');
        const toc = document.querySelector('starlight-toc') as HTMLElement & { tocHeadingSelector: string };
        const run = (statement: string) => {
          const started = performance.now();
          // Runs Starlight's own query statement as written (the thing under test), in the page.
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          const found = [...(new Function(`${statement}\nreturn toObserve;`).call(toc) as Iterable<Element>)];
          return { found, ms: performance.now() - started };
        };
        // Ours first: the first query on a page pays for cold caches, so the comparison is not in our favour.
        const ours = run(b);
        const theirs = run(a);
        const same = theirs.found.length === ours.found.length && theirs.found.every((e, i) => e === ours.found[i]);
        return {
          same,
          elements: theirs.found.length,
          dom: document.querySelectorAll('main *').length,
          starlight: theirs.ms,
          ours: ours.ms,
        };
      },
      [original!, FAST_STATEMENT] as const,
    );
    expect(r.same, `${path}: the rewritten query watches other elements than Starlight's`).toBe(true);
    expect(r.elements, `${path}: nothing to watch`).toBeGreaterThan(0);
    rows.push({ path, ...r });
  }
  await ctx.close();
  expect(pages).toBeGreaterThan(100);
  // Single runs on a busy machine (the suite runs two workers) are noisy; the sums over every page are not.
  const sum = (k: 'starlight' | 'ours') => rows.reduce((t, r) => t + r[k], 0);
  const largest = rows.reduce((a, b) => (b.dom > a.dom ? b : a));
  console.log(
    `Table-of-contents query on ${pages} pages: the same elements on every page. Time for one query per page, in all: Starlight's ${sum('starlight').toFixed(0)} ms, rewritten ${sum('ours').toFixed(0)} ms (this machine, unthrottled; largest page, ${largest.path} with ${largest.dom} elements in <main>: ${largest.starlight.toFixed(1)} vs ${largest.ours.toFixed(1)} ms).`,
  );
});

test('the table of contents still marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/systems/aws-ebs/');
  const toc = page.locator('starlight-toc');
  const links = toc.locator('a[href^="#"]');
  const count = await links.count();
  expect(count).toBeGreaterThan(3);
  // A heading past the simulation, and the last one: both must become current as they are reached.
  for (const link of [links.nth(Math.floor(count / 2)), links.nth(count - 1)]) {
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
    await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
  }
});

test("the phone's table of contents names the section being read", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/concepts/queueing-theory/');
  const toc = page.locator('mobile-starlight-toc');
  const links = toc.locator('a[href^="#"]');
  const link = links.nth(Math.floor((await links.count()) / 2));
  const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
  await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
  await expect(link).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('.display-current')).toHaveText((await link.textContent())!.trim());
});
