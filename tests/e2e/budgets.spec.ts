import { gzipSync } from 'node:zlib';
import { expect, test, type Browser } from '@playwright/test';
import { hydrateIslands, LIVE_VIEW } from './helpers.ts';

/**
 * JavaScript budgets in gzip bytes, measured on the built site in Chromium. Prints a table per
 * page type; fails only when a budget is exceeded in bytes, never on time.
 * "Starlight's own" is the theme's scripts (search UI, table of contents, page chrome); "ours"
 * is everything the Field Guide adds: link previews, the local-graph loader, islands.
 */
const KB = 1024;
const STARLIGHT =
  /\/_astro\/(page\.|Search\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|starlight-toc\.|ui-core\.|SiteTitle|Sidebar|ThemeSelect|MobileMenu)/;
const OURS_INLINE = /wiki-link-preview|astro-island|serviceWorker/;
/**
 * A wiki page adds the link preview, the offline worker's registration and the local graph, an
 * Astro island inside a closed <details>: Astro's inline island loader (about 1.4 KB gzip) comes
 * with it, the island's own code only when the reader opens it.
 */
const WIKI_BUDGET = 4 * KB;
/**
 * A simulation page's islands, hydrated, before the live view comes into sight (and before any run starts the worker).
 */
const ISLAND_BUDGET = 40 * KB;
/** The same page once the live view has loaded and drawn its first trace (worker included). */
const LIVE_BUDGET = 80 * KB;
const GRAPH_BUDGET = 60 * KB;

interface Row {
  path: string;
  type: string;
  starlight: number;
  ours: number;
  worker: boolean;
  live?: number;
}

async function measure(browser: Browser, path: string, type: string): Promise<Row> {
  // A short viewport, so bringing the controls into sight leaves the live view below them unseen.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 400 } });
  const page = await ctx.newPage();
  const files: { url: string; bytes: number }[] = [];
  let worker = false;
  page.on('worker', () => {
    worker = true;
  });
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    try {
      files.push({ url: r.url(), bytes: gzipSync(await r.body()).length });
    } catch {
      /* no body */
    }
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const sim = page.locator('section.sim');
  let before = -1;
  const oursNow = () => files.filter((f) => !STARLIGHT.test(f.url)).reduce((n, f) => n + f.bytes, 0);
  if (await sim.count()) {
    await hydrateIslands(page, 30_000, LIVE_VIEW);
    await page.waitForLoadState('networkidle');
    if (await page.locator('[data-live-view]').count()) {
      before = oursNow();
      if (worker) throw new Error(`${path}: the worker loaded before the live view came into sight`);
      await page.locator('[data-live-view]').first().scrollIntoViewIfNeeded();
      await expect(page.getByRole('button', { name: 'Step' }).first()).toBeEnabled({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
    }
  }
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
  );
  await ctx.close();
  const gz = (s: string) => gzipSync(s).length;
  const oursInline = inline.filter((s) => OURS_INLINE.test(s));
  const theirsInline = inline.filter((s) => !OURS_INLINE.test(s));
  const live = before >= 0 ? oursNow() - before : undefined;
  return {
    path,
    type,
    worker: before >= 0 ? false : worker,
    ...(live !== undefined && { live }),
    starlight:
      files.filter((f) => STARLIGHT.test(f.url)).reduce((n, f) => n + f.bytes, 0) + gz(theirsInline.join('\n')),
    ours: (before >= 0 ? before : oursNow()) + (oursInline.length ? gz(oursInline.join('\n')) : 0),
  };
}

test('JavaScript per page type stays within budget', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const rows: Row[] = [
    await measure(browser, '/', 'home'),
    await measure(browser, '/systems/nitro/', 'wiki page, no simulation'),
    await measure(browser, '/sources/all-things-distributed/', 'long wiki page (hub)'),
    await measure(browser, '/tags/storage/', 'tag page'),
    await measure(browser, '/graph/', 'link graph'),
  ];
  for (const path of [
    '/concepts/queueing-theory/',
    '/systems/aws-ebs/',
    '/patterns/pre-create-all-network-slots-at-boot/',
    '/concepts/heat-management/',
  ]) {
    if ((await (await request.get(path)).text()).includes('data-sim='))
      rows.push(await measure(browser, path, 'simulation page'));
  }
  console.log(
    "\n| page | type | Starlight's own JS (gzip) | ours before the live view (gzip) | added by the live view and its first run, worker included (gzip) | worker loaded before |\n| --- | --- | ---: | ---: | ---: | --- |",
  );
  for (const r of rows)
    console.log(
      `| ${r.path} | ${r.type} | ${(r.starlight / KB).toFixed(1)} KB | ${(r.ours / KB).toFixed(1)} KB | ${r.live === undefined ? '–' : `${(r.live / KB).toFixed(1)} KB`} | ${r.worker ? 'yes' : 'no'} |`,
    );
  for (const r of rows) {
    const budget = r.type === 'simulation page' ? ISLAND_BUDGET : r.type === 'link graph' ? GRAPH_BUDGET : WIKI_BUDGET;
    expect(r.ours, `${r.path} (${r.type}) ships ${r.ours} B of our JavaScript; budget ${budget} B`).toBeLessThanOrEqual(
      budget,
    );
    expect(r.worker, `${r.path}: the simulation worker loads only when a run or the live view needs it`).toBe(false);
    if (r.live !== undefined)
      expect(
        r.ours + r.live,
        `${r.path}: with the live view ${r.ours + r.live} B; budget ${LIVE_BUDGET} B`,
      ).toBeLessThanOrEqual(LIVE_BUDGET);
  }
});
