/**
 * `npm run bench:graph` (after `npm run build`): how the link graph copes with size. For the real
 * wiki and for 500 and 5,000 synthetic pages it prints the build-time layout time (d3-force, in
 * Node), then in Chromium the time from navigation to a drawn /graph/ and frames per second while
 * panning. Synthetic graphs are served in place of /graph.json to the real built page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWiki } from '../src/lib/wiki/index.ts';
import { graphOf } from '../src/lib/graph/data.ts';
import type { GraphData } from '../src/lib/graph/types.ts';
import { generate } from './synthetic-wiki.ts';

const port = 4377;
const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;
const server = spawn(process.execPath, ['tests/serve.ts', String(port)], { stdio: 'ignore', env: process.env });
await new Promise((r) => setTimeout(r, 800));

const cases: { label: string; data: GraphData; layoutMs: number }[] = [];
{
  const data = JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf-8')) as GraphData;
  const { layout } = graphOf(buildWiki(process.cwd()));
  cases.push({ label: `real wiki (${data.nodes.length} pages)`, data, layoutMs: layout.ms });
}
for (const n of [500, 5000]) {
  const root = mkdtempSync(join(tmpdir(), 'fg-graph-'));
  generate(root, n);
  const { data, layout } = graphOf(buildWiki(root));
  rmSync(root, { recursive: true, force: true });
  cases.push({ label: `${n} synthetic pages`, data, layoutMs: layout.ms });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
console.log(
  '| graph | nodes | edges | layout at build (ms) | navigation → drawn (ms) | pan FPS | longest task while panning (ms) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const body = JSON.stringify(c.data);
  await page.route('**/graph.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/graph/`);
  await page.waitForFunction((n) => document.querySelectorAll('a[data-slug]').length >= n, c.data.nodes.length, {
    timeout: 120_000,
  });
  const drawn = Date.now() - t0;
  const svg = page.locator('svg.graph-svg');
  const box = (await svg.boundingBox())!;
  await page.evaluate(() => {
    (window as unknown as { __frames: number; __long: number }).__frames = 0;
    (window as unknown as { __long: number }).__long = 0;
    const tick = () => {
      (window as unknown as { __frames: number }).__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        (window as unknown as { __long: number }).__long = Math.max(
          (window as unknown as { __long: number }).__long,
          e.duration,
        );
    }).observe({ type: 'longtask', buffered: false });
  });
  const start = Date.now();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 60; i++)
    await page.mouse.move(
      box.x + box.width / 2 + Math.sin(i / 5) * 200,
      box.y + box.height / 2 + Math.cos(i / 5) * 120,
      { steps: 2 },
    );
  await page.mouse.up();
  const seconds = (Date.now() - start) / 1000;
  const { frames, long } = await page.evaluate(() => ({
    frames: (window as unknown as { __frames: number }).__frames,
    long: (window as unknown as { __long: number }).__long,
  }));
  console.log(
    `| ${c.label} | ${c.data.nodes.length} | ${c.data.edges.length} | ${c.layoutMs.toFixed(0)} | ${drawn} | ${(frames / seconds).toFixed(0)} | ${long.toFixed(0)} |`,
  );
  await page.close();
}
await browser.close();
server.kill();
