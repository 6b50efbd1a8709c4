import { createHash } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { hydrateIslands, settled } from './helpers.ts';

/**
 * The live views: they replay the trace of the page's own run. Each control is driven by its
 * accessible name, and the drawing is checked to change (or not) as it should, by hashing a
 * screenshot of the canvas.
 */
const EVENTS = /^At [\d.]+ m?s; .+ busy\.$/;
const PAGES = [
  { path: '/concepts/queueing-theory/', sim: 'queue', said: EVENTS },
  { path: '/systems/aws-ebs/', sim: 'ebs-queueing', said: EVENTS },
  { path: '/patterns/pre-create-all-network-slots-at-boot/', sim: 'lambda-slots', said: EVENTS },
  // The heat view: drive grids second by second, narrated per second.
  {
    path: '/concepts/heat-management/',
    sim: 's3-heat',
    said: /^Second \d+\. Bucket-local placement: hottest drive at \d+%.+Spread placement: .+\.$/,
  },
];

/** The live view of one <Sim>, once its first trace has arrived. */
async function liveView(page: Page, sim: string): Promise<Locator> {
  const view = page.locator('figure.live-view').filter({ has: page.locator(`[data-live-view="${sim}"]`) });
  await view.scrollIntoViewIfNeeded();
  await expect(view.getByRole('button', { name: 'Step' })).toBeEnabled({ timeout: 30_000 });
  return view;
}

/**
 * A hash of the canvas as shown: equal hashes, same picture. Taken from a screenshot of the
 * element, because the trace views draw from a worker on an OffscreenCanvas, whose pixels the
 * page cannot read back.
 */
async function picture(view: Locator): Promise<string> {
  const png = await view.locator('canvas').screenshot({ animations: 'allow' });
  return createHash('sha1').update(png).digest('hex');
}

/** The view's Play/Pause button, once the view has been seen playing on its own (motion allowed): its picture moves. */
async function playingOnItsOwn(view: Locator): Promise<Locator> {
  const play = view.getByRole('button', { name: /^(Play|Pause)$/ });
  await expect(play).toHaveText('Pause');
  const a = await picture(view);
  await expect.poll(() => picture(view), { timeout: 10_000 }).not.toBe(a);
  return play;
}

for (const { path, sim, said: narration } of PAGES) {
  test(`${path}: Play, Pause, Step, Speed and Time drive the live view`, async ({ page }) => {
    await page.goto(path);
    const view = await liveView(page, sim);
    const play = await playingOnItsOwn(view);
    // Playing, the caption under the view keeps up with the picture (a new sentence each second)
    // and is hidden from screen readers, which hear the same sentences from the aria-live line at
    // a slower pace.
    const caption = view.locator('.live-said');
    const spoken = view.locator('[aria-live="polite"]');
    await expect(caption).toHaveAttribute('aria-hidden', 'true');
    await expect(caption).toHaveText(narration);
    await expect(spoken).toHaveText(narration);
    const first = await caption.textContent();
    await expect.poll(() => caption.textContent(), { timeout: 3500 }).not.toBe(first);
    // Paused, nothing moves.
    await play.click();
    await expect(play).toHaveText('Play');
    await page.waitForTimeout(300);
    const paused = await picture(view);
    await page.waitForTimeout(700);
    expect(await picture(view)).toBe(paused);
    // Step: one event forward, the clock and the narration follow.
    const time = view.getByRole('slider', { name: /Time/ });
    const said = view.locator('.live-said');
    const t0 = Number(await time.inputValue());
    let stepped = false;
    for (let k = 0; k < 20 && !stepped; k++) {
      await view.getByRole('button', { name: 'Step' }).click();
      stepped = (await picture(view)) !== paused;
    }
    expect(stepped, 'a few Steps change the picture').toBe(true);
    // The player reports its clock by message, so the slider follows a moment later.
    const clock = async () => Number(await time.inputValue());
    await expect.poll(clock).toBeGreaterThan(t0);
    await expect(said).toHaveText(narration);
    // Time: scrub across the window. Two quiet moments can look alike (nobody waiting, nothing
    // busy: the stepped picture and the middle of Lambda's window do), so try a few points until
    // the picture changes; the slider follows each one.
    const before = await picture(view);
    const [min, max] = await time.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max)]);
    let moved = false;
    for (const f of [0.5, 0.1, 0.3, 0.7, 0.9]) {
      const t = Math.round(min + f * (max - min));
      await time.fill(String(t));
      expect(Number(await time.inputValue())).toBeCloseTo(t, 0);
      moved = await expect
        .poll(() => picture(view), { timeout: 3000 })
        .not.toBe(before)
        .then(
          () => true,
          () => false,
        );
      if (moved) break;
    }
    expect(moved, 'scrubbing to some point of the window changes the picture').toBe(true);
    // Speed: a log slider whose value reads as a multiple of real time.
    const speed = view.getByRole('slider', { name: /Speed/ });
    await speed.fill('0');
    await expect(speed).toHaveAttribute('aria-valuetext', /^0\.001× real time$/);
    // Keyboard: Space plays and pauses, the right arrow steps.
    await view.locator('canvas').focus();
    await page.keyboard.press('Space');
    await expect(play).toHaveText('Pause');
    await page.keyboard.press('Space');
    await expect(play).toHaveText('Play');
    const k0 = await clock();
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(clock).toBeGreaterThan(k0);
    await page.waitForTimeout(300);
    const k5 = await clock();
    // and the left arrow steps back
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
    await expect.poll(clock).toBeLessThan(k5);
  });

  test(`${path}: under reduced motion the live view waits for Play`, async ({ browser }) => {
    const ctx = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(path);
    const view = await liveView(page, sim);
    const play = view.getByRole('button', { name: /^(Play|Pause)$/ });
    await expect(play).toHaveText('Play');
    const still = await picture(view);
    await page.waitForTimeout(1500);
    expect(await picture(view)).toBe(still);
    await expect(view.locator('.live-said')).toHaveText(narration);
    await play.click();
    await expect(play).toHaveText('Pause');
    await expect.poll(() => picture(view), { timeout: 10_000 }).not.toBe(still);
    await ctx.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    test(`${path}: the live view fits ${width} px and axe finds nothing in either theme`, async ({ browser }) => {
      test.setTimeout(90_000); // two full axe runs of the section, slow on a loaded two-core machine
      const ctx = await browser.newContext({ viewport: { width, height } });
      const page = await ctx.newPage();
      await page.goto(path);
      const view = await liveView(page, sim);
      const box = (await view.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const problems: string[] = [];
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => {
          document.documentElement.dataset['theme'] = t;
        }, theme);
        problems.push(...(await axeViolations(page, `${theme}, ${width}`, 'section.sim')));
      }
      expect(problems).toEqual([]);
      await ctx.close();
    });
  }
}

test('/concepts/heat-management/: the redundancy step marks the read choices, the smoothing step plays the summed demand (390 px)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto('/concepts/heat-management/');
  const sim = page.locator('section.sim[data-sim="s3-heat"]');
  await hydrateIslands(sim, 60_000);
  const steps = sim.locator('nav.steps button');
  const fits = async () => {
    const box = (await view.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  };

  // Step 4: each second, a few of the run's reads outline the drives they compared and fill the one taken.
  await steps.nth(3).click();
  await settled(sim, 30_000);
  let view = await liveView(page, 's3-heat');
  const canvas = view.locator('canvas');
  const said = view.locator('.live-said');
  const play = view.getByRole('button', { name: /^(Play|Pause)$/ });
  await expect(view.locator('.live-legend')).toContainText('a read compared this drive');
  if ((await play.textContent()) === 'Pause') await play.click();
  await view.getByRole('button', { name: 'Step' }).click();
  await expect(canvas).toHaveAttribute('data-reads', /^[1-9]\d*$/);
  await expect(said).toHaveText(
    /A read under spread placement: tenant \d+’s object \d+ has 3 copies, 2 compared; it took drive \d+ \(load \d+% of its IOPS\) over drive \d+ \(\d+%\)/,
  );
  await fits();

  // Step 2: the view switches to the summed demand of 1, 100 and 10,000 tenants, with the model's CVs.
  await steps.nth(1).click();
  await settled(sim, 30_000);
  view = await liveView(page, 's3-heat');
  await expect(canvas).toHaveAttribute('aria-label', /total demand of 1, 100 and 10,000 alike bursty tenants/);
  await expect(view.locator('.live-legend li')).toHaveText([
    /^1 tenant, CV 1\.0 ± 0$/,
    /^100 tenants, CV 0\.\d+ ± [\d.]+$/,
    /^10,000 tenants, CV 0\.0\d+ ± [\d.]+$/,
    /the mean/,
  ]);
  // It plays: the lines grow second by second, and the picture moves.
  if ((await play.textContent()) === 'Play') await play.click();
  await expect(play).toHaveText('Pause');
  const drawn = Number(await canvas.getAttribute('data-drawn'));
  const a = await picture(view);
  await expect
    .poll(async () => Number(await canvas.getAttribute('data-drawn')), { timeout: 10_000 })
    .toBeGreaterThan(drawn + 5);
  expect(await picture(view)).not.toBe(a);
  await play.click();
  await expect(said).toHaveText(
    /^Second \d+: one tenant (idle|at [\d.]+× its mean), a hundred (idle|at [\d.]+×( their mean)?), ten thousand at [\d.]+×\.$/,
  );
  await fits();
  await ctx.close();
});

test('chart text is at least 11 px tall at 390 px on every simulation page', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const report: string[] = [];
  for (const path of [
    '/concepts/queueing-theory/',
    '/systems/aws-ebs/',
    '/patterns/pre-create-all-network-slots-at-boot/',
    '/concepts/heat-management/',
  ]) {
    await page.goto(path);
    // Rendered size of every visible chart label: its font size times the SVG's scale on screen.
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>('.chart svg text')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => {
          const svg = t.ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(t).fontSize) * scale;
        }),
    );
    expect(sizes.length, `${path} has chart text`).toBeGreaterThan(0);
    report.push(`${path}: ${sizes.length} labels, smallest ${Math.min(...sizes).toFixed(1)} px`);
    expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(11);
  }
  console.log(`chart text at 390 px: ${report.join('; ')}`);
  await ctx.close();
});

test('playing at a 4× CPU slowdown: the longest main-thread task (reported, not enforced)', async ({ page }) => {
  test.setTimeout(120_000);
  const report: string[] = [];
  for (const { path, sim } of PAGES) {
    await page.goto(path);
    const view = await liveView(page, sim);
    const play = view.getByRole('button', { name: /^(Play|Pause)$/ });
    const time = view.getByRole('slider', { name: /Time/ });
    // A speed at which the recorded window lasts about 8 s, so the view is still moving when the
    // measurement ends (faster, it would finish in under a second and measure an idle page).
    const span = Number(await time.getAttribute('max')) - Number(await time.getAttribute('min'));
    const perSecond = (await view.locator('output').last().textContent())!.trim().endsWith(' ms') ? 1000 : 1;
    const position = Math.round((Math.log10(span / perSecond / 8) + 3) * 100);
    await view.getByRole('slider', { name: /Speed/ }).fill(String(Math.max(0, Math.min(500, position))));
    await time.fill(String(await time.getAttribute('min')));
    await play.click();
    await expect(play).toHaveText('Pause');
    // From here on the test touches nothing on the page until the end: Playwright's own
    // queries are main-thread tasks too.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; tasks: number };
      w.longest = 0;
      w.tasks = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          w.tasks += 1;
          w.longest = Math.max(w.longest, e.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    const before = Number(await time.inputValue());
    await page.waitForTimeout(5000);
    const { longest, tasks } = await page.evaluate(() => {
      const w = window as unknown as { longest: number; tasks: number };
      return { longest: w.longest, tasks: w.tasks };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // It was playing all along: still playing, and the clock moved.
    await expect(play).toHaveText('Pause');
    expect(Number(await time.inputValue())).toBeGreaterThan(before);
    report.push(`${path}: longest ${longest.toFixed(0)} ms, ${tasks} tasks over 50 ms`);
  }
  console.log(`live views playing 5 s at a 4× CPU slowdown (0 means no task over 50 ms): ${report.join('; ')}`);
});

test('lambda-slots: the rules step walks packets past the rules, the ordering step replays the boot', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/patterns/pre-create-all-network-slots-at-boot/');
  const sim = page.locator('section.sim[data-sim="lambda-slots"]');
  const view = await liveView(page, 'lambda-slots');
  const said = view.locator('.live-said');
  const play = view.getByRole('button', { name: /^(Play|Pause)$/ });
  for (const { step, narration, label } of [
    {
      step: /Rules into namespaces/,
      narration: /^At [\d.]+ ms\. Root \(128,144 rules\): .+\. Namespace \(176 rules\): .+\.$/,
      label: /^Live view of packets of slot 4,000 walking their filtering rules/,
    },
    {
      step: /RTNL-friendly ordering/,
      narration:
        /^At [\d.]+ s: [\d,]+ of 4,000 slots .+; \d+ threads? busy: \d+ waiting for the RTNL lock, \d holding it, \d+ working off it\.$/,
      label: /^Live view of the worker’s boot: 32 threads create all 4,000 slots in the RTNL-friendly order/,
    },
  ]) {
    await sim.getByRole('button', { name: step }).click();
    // the step's run brings its own trace: the picture's label and the narration follow
    await expect(view.locator('canvas')).toHaveAttribute('aria-label', label, { timeout: 60_000 });
    await expect(said).toHaveText(narration);
    if ((await play.textContent()) === 'Pause') await play.click();
    await expect(play).toHaveText('Play');
    const still = await picture(view);
    let stepped = false;
    for (let k = 0; k < 20 && !stepped; k++) {
      await view.getByRole('button', { name: 'Step' }).click();
      stepped = (await picture(view)) !== still;
    }
    expect(stepped, `${step}: a few Steps change the picture`).toBe(true);
    await expect(said).toHaveText(narration);
    await expect(said).toContainText(step.source.startsWith('Rules') ? 'packet of slot 4,000' : 'slots');
  }
});

test('without OffscreenCanvas the same players draw on the page, their code loaded only then', async ({ page }) => {
  // A browser that cannot hand a canvas to a worker.
  await page.addInitScript(() => {
    Reflect.deleteProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen');
  });
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const { path, sim } of [PAGES[0]!, PAGES[3]!]) {
    await page.goto(path);
    const view = await liveView(page, sim);
    const play = await playingOnItsOwn(view);
    await play.click();
    const time = view.getByRole('slider', { name: /Time/ });
    const before = Number(await time.inputValue());
    await view.getByRole('button', { name: 'Step' }).click();
    await expect.poll(async () => Number(await time.inputValue())).toBeGreaterThan(before);
  }
  expect(scripts.some((s) => /\/player\.[\w-]+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/heat-player\.[\w-]+\.js$/.test(s))).toBe(true);
  expect(scripts.some((s) => /live\.worker/.test(s))).toBe(false);
});
