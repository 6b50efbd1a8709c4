import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import type { GraphData } from '../../src/lib/graph/types.ts';
import { settle } from '../../src/lib/graph/layout.ts';

/** Waits for the /graph/ island to draw its nodes. */
async function openGraph(page: Page) {
  await page.goto('/graph/');
  await expect(page.locator('.graph-nodes a').first()).toBeVisible();
}

test('/graph/ draws one focusable, named node per page of graph.json', async ({ page, request }) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  expect(data.nodes.length).toBeGreaterThan(50);
  await openGraph(page);
  await expect(page.locator('.graph-nodes a')).toHaveCount(data.nodes.length);
  const first = data.nodes[0]!;
  await expect(page.locator(`.graph-nodes a[data-slug="${first.slug}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${escape(first.title)} \\(`),
  );
});

test('a kind filter hides that kind’s nodes', async ({ page, request }) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  const people = data.nodes.filter((n) => n.kind === 'person').length;
  expect(people).toBeGreaterThan(0);
  await openGraph(page);
  await expect(page.locator('.graph-nodes a[href^="/people/"]')).toHaveCount(people);
  await page.getByRole('checkbox', { name: /People/ }).uncheck();
  await expect(page.locator('.graph-nodes a[href^="/people/"]')).toHaveCount(0);
  await expect(page.locator('.graph-nodes a')).toHaveCount(data.nodes.length - people);
});

test('search centres the page it finds', async ({ page, request }) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  // The node farthest from the middle moves the most, so a centred result cannot be luck.
  const target = [...data.nodes].sort((a, b) => Math.hypot(b.x, b.y) - Math.hypot(a.x, a.y))[0]!;
  await openGraph(page);
  await page.getByLabel('Find a page', { exact: true }).fill(target.title);
  await page.getByLabel('Find a page', { exact: true }).press('Enter');
  await expect(page.locator('.graph-status')).toContainText(`Centred on ${target.title}`);
  const offset = async () => {
    const svg = (await page.locator('.graph-svg').boundingBox())!;
    const dot = (await page.locator(`.graph-nodes a[data-slug="${target.slug}"] circle`).boundingBox())!;
    return Math.hypot(
      dot.x + dot.width / 2 - (svg.x + svg.width / 2),
      dot.y + dot.height / 2 - (svg.y + svg.height / 2),
    );
  };
  await expect.poll(offset).toBeLessThan(3);
  await expect(page.getByTestId('graph-neighbours')).toContainText(target.title);
});

test('Enter on a focused node opens its page', async ({ page, request }) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  const target = data.nodes.find((n) => n.kind === 'concept')!;
  await openGraph(page);
  await page.locator(`.graph-nodes a[data-slug="${target.slug}"]`).focus();
  await expect(page.locator('[role="tooltip"]')).toContainText(target.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/${target.slug}/`);
});

test('the wheel and the keyboard zoom and pan the drawing', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGraph(page);
  const viewport = page.locator('.graph-viewport');
  const matrix = async () =>
    (await viewport.evaluate((g) => getComputedStyle(g).transform)).match(/-?[\d.]+/g)!.map(Number);
  const [k0 = 0] = await matrix();
  await page.locator('.graph-svg').scrollIntoViewIfNeeded();
  const box = (await page.locator('.graph-svg').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await matrix())[0]).toBeGreaterThan(k0);
  const [k1 = 0] = await matrix();
  await page.locator('.graph-svg').focus();
  await page.keyboard.press('-');
  await expect.poll(async () => (await matrix())[0]).toBeLessThan(k1);
  const [, , , , x1 = 0] = await matrix();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await matrix())[4]).toBeGreaterThan(x1);
  await page.keyboard.press('0');
  await expect.poll(async () => (await matrix())[0]).toBeCloseTo(k0, 3);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  test('a pinch zooms and a one-finger drag pans without opening a page', async ({ page }) => {
    await openGraph(page);
    await page.locator('.graph-svg').scrollIntoViewIfNeeded();
    const box = (await page.locator('.graph-svg').boundingBox())!;
    const matrix = async () =>
      (await page.locator('.graph-viewport').evaluate((g) => getComputedStyle(g).transform))
        .match(/-?[\d.]+/g)!
        .map(Number);
    const [k0 = 0] = await matrix();
    const cdp = await page.context().newCDPSession(page);
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      touchPoints: { x: number; y: number; id: number }[],
    ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
    const cx = box.x + box.width / 2,
      cy = box.y + box.height / 2;
    const fingers = (d: number) => [
      { x: cx - d, y: cy, id: 0 },
      { x: cx + d, y: cy, id: 1 },
    ];
    await touch('touchStart', fingers(20));
    for (let d = 25; d <= 60; d += 5) await touch('touchMove', fingers(d));
    await touch('touchEnd', []);
    await expect.poll(async () => (await matrix())[0]! / k0).toBeCloseTo(3, 1);
    const [, , , , x0 = 0] = await matrix();
    await touch('touchStart', [{ x: cx, y: cy, id: 0 }]);
    for (let d = 10; d <= 80; d += 10) await touch('touchMove', [{ x: cx + d, y: cy, id: 0 }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await matrix())[4]! - x0).toBeCloseTo(80, 0);
    await expect(page).toHaveURL(/\/graph\/$/);
  });
});

test('with reduced motion the view jumps instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGraph(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.graph-viewport')).toHaveCSS('transition-duration', '0s');
});

test('the local graph loads no JavaScript and no data until it is opened', async ({ page, request }) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  const hub = [...data.nodes].sort((a, b) => b.inbound - a.inbound)[0]!;
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(`/${hub.slug}/`);
  const details = page.locator('details.local-graph');
  await details.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const graphy = () => fetched.filter((u) => /graph\.json|\/Graph[A-Z]\w*\.[\w-]+\.js/.test(u));
  expect(graphy()).toEqual([]);

  await details.locator('summary').click();
  const nodes = details.locator('.graph-nodes a');
  await expect(nodes.first()).toBeVisible();
  expect(graphy().some((u) => u.endsWith('/graph.json'))).toBe(true);
  expect(graphy().some((u) => /GraphLocal/.test(u))).toBe(true);
  const ring1 = new Set(
    data.edges.flatMap((e) => (e.source === hub.slug ? [e.target] : e.target === hub.slug ? [e.source] : [])),
  ).size;
  await expect(nodes).toHaveCount(ring1 + 1);
  await details.getByRole('checkbox', { name: /depth 2/ }).check();
  await expect.poll(() => nodes.count()).toBeGreaterThan(ring1 + 1);
});

test('every edge of graph.json is a backlink on its target page, and every backlink is an edge', async ({
  request,
}) => {
  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  const expected = new Map(data.nodes.map((n) => [n.slug, new Set<string>()]));
  for (const e of data.edges) expected.get(e.target)!.add(`/${e.source}/`);
  const mismatches: string[] = [];
  for (const node of data.nodes) {
    const html = await (await request.get(`/${node.slug}/`)).text();
    const section = /<section[^>]*aria-labelledby="referenced-by"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const shown = new Set([...section.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!));
    const want = expected.get(node.slug)!;
    const missing = [...want].filter((h) => !shown.has(h));
    const extra = [...shown].filter((h) => !want.has(h));
    if (missing.length || extra.length)
      mismatches.push(`${node.slug}: edges not shown ${missing.join(' ')}; shown but no edge ${extra.join(' ')}`);
    if (node.inbound !== want.size) mismatches.push(`${node.slug}: inbound ${node.inbound}, edges in ${want.size}`);
  }
  expect(mismatches).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /graph/ in the ${theme} theme`, async ({ page }) => {
    test.slow(); // axe over a few hundred SVG links takes seconds on a busy machine
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await openGraph(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // Focus a node so the tooltip and the neighbour lists are audited too.
    await page.locator('.graph-nodes a').first().focus();
    await expect(page.getByTestId('graph-neighbours')).toBeVisible();
    expect(await axeViolations(page, theme)).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in an opened local graph in the ${theme} theme`, async ({ page, request }) => {
    test.slow(); // axe over a few hundred SVG links takes seconds on a busy machine
    const data = (await (await request.get('/graph.json')).json()) as GraphData;
    const target = data.nodes.find((n) => n.kind === 'concept' && n.inbound > 0)!;
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/${target.slug}/`);
    const details = page.locator('details.local-graph');
    await details.locator('summary').click();
    await details.getByRole('checkbox', { name: /depth 2/ }).check();
    await details.locator('.graph-nodes a').first().focus();
    expect(await axeViolations(page, `${theme}, local graph`, 'details.local-graph')).toEqual([]);
  });
}

test('figures: /graph/ JavaScript size, layout time and longest main-thread task (printed, not enforced)', async ({
  page,
  request,
}) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push(
        r.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  });
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await openGraph(page);
  const drawn = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  const sizes = await Promise.all(scripts);
  const gzip = sizes.reduce((a, b) => a + b, 0);
  const json = gzipSync(await (await request.get('/graph.json')).body()).length;

  const data = (await (await request.get('/graph.json')).json()) as GraphData;
  const layout = settle(data.nodes, data.edges);
  console.log(
    `/graph/: ${(gzip / 1024).toFixed(1)} kB of JavaScript gzipped, graph.json ${(json / 1024).toFixed(1)} kB gzipped; ` +
      `drawn ${drawn.toFixed(0)} ms after navigation; longest main-thread task ${longest.toFixed(0)} ms (0 = none over 50 ms); ` +
      `build-time layout of ${data.nodes.length} nodes and ${data.edges.length} links settled in ${layout.ticks} ticks, ${layout.ms.toFixed(0)} ms`,
  );
  // The figures are only true if every script the page loaded was read (a failed read counts 0)
  // and the page's layout is the one measured here (same node positions as the build's).
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes).not.toContain(0);
  const first = data.nodes[0]!;
  const at = layout.positions.get(first.slug)!;
  expect([first.x, first.y]).toEqual([at.x, at.y]);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
