import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { fiveRunTimes, guess, hydrateIslands, settled as settledSim } from './helpers.ts';

const PATH = '/concepts/heat-management/';
const STEPS = ['Hard-drive physics', 'Aggregate demand smoothing', 'Spread placement', 'Redundancy for heat'];

async function hydrated(page: Page) {
  const sim = page.locator('section.sim[data-sim="s3-heat"]');
  // Both islands hydrate when visible; the section is taller than the viewport, so show each.
  await hydrateIslands(sim, 60_000);
  await sim.scrollIntoViewIfNeeded();
  return sim;
}
const stat = (page: Page, id: string) => page.locator(`section.sim[data-sim="s3-heat"] [data-stat="${id}"] .value`);
const num = async (page: Page, id: string) => Number((await stat(page, id).textContent())!.replace(/[^\d.e-]/g, ''));
const settled = (page: Page) => settledSim(page.locator('section.sim[data-sim="s3-heat"]'), 30_000);

test('without JavaScript the heatmaps are static SVG in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const sim = page.locator('section.sim[data-sim="s3-heat"]');
  await expect(sim.locator('svg.heatmap')).toHaveCount(2);
  await expect(sim.locator('svg.heatmap').first()).toBeVisible();
  await expect(stat(page, 'maxDriveUtilization')).toHaveText(/^\d/);
  await context.close();
});

test('the four steps in order: presets, charts, numbers and URL', async ({ page }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  const buttons = sim.locator('nav.steps button');
  await expect(buttons).toHaveText(STEPS.map((s, i) => new RegExp(`${i + 1}\\s*${s}`)));
  // Defaults are step 3, so the heatmaps show before anything is clicked.
  await expect(buttons.nth(2)).toHaveAttribute('aria-current', 'step');

  await buttons.nth(0).click();
  await expect(page).toHaveURL(/s3-heat\.demand=uniform/);
  await settled(page);
  await expect(stat(page, 'iopsPerTb')).toHaveText(/^0\.6/);
  await expect(sim.locator('.sim-figure h3', { hasText: 'IOPS per terabyte' })).toBeVisible();

  await buttons.nth(1).click();
  await expect(page).toHaveURL(/s3-heat\.tenants=10000/);
  await settled(page);
  expect(await num(page, 'demandCv')).toBeLessThan(0.05);
  await expect(
    sim.locator('.sim-figure', { hasText: 'Total demand of 1, 100 and 10,000' }).locator('.legend li'),
  ).toHaveCount(3);

  await buttons.nth(2).click();
  await expect(page).not.toHaveURL(/s3-heat\./);
  await settled(page);
  const local = sim.locator('.sim-figure', { hasText: 'Drive load, bucket-local placement' });
  const spread = sim.locator('.sim-figure', { hasText: 'Drive load, spread placement' });
  await expect(local.locator('svg.heatmap')).toHaveAttribute('data-cells', '1024');
  const hot = async (f: typeof local) => Number(await f.locator('svg.heatmap').getAttribute('data-hot'));
  expect(await hot(local)).toBeGreaterThan(await hot(spread));

  await buttons.nth(3).click();
  await expect(page).toHaveURL(/s3-heat\.redundancy=replicas/);
  await expect(page).toHaveURL(/s3-heat\.readChoices=2/);
  await settled(page);
  expect(await num(page, 'maxDriveUtilization')).toBeLessThan(1);
  await expect(
    sim.locator('.sim-figure', { hasText: 'with and without read choices' }).locator('.legend li'),
  ).toHaveCount(2);
  await guess(sim);
  await expect(sim.locator('.step-note')).toContainText('less loaded of two');
});

test('a shared URL reproduces the same numbers', async ({ page, context }) => {
  await page.goto(`${PATH}?s3-heat.placement=bucket-local&s3-heat.seed=3`);
  await hydrated(page);
  await settled(page);
  await expect(page.locator('section.sim .sim-view-title')).toContainText('bucket-local');
  const stats = await page.locator('section.sim .sim-stats').textContent();
  const other = await context.newPage();
  await other.goto(page.url());
  await hydrated(other);
  await settled(other);
  await expect(other.locator('section.sim .sim-stats')).toHaveText(stats!);
});

test('a million drives run in the worker with progress, can be cancelled, and complete', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(PATH);
  const sim = await hydrated(page);
  const drives = sim.getByRole('spinbutton', { name: /Drives, exact value/ });
  await drives.fill('1000000');
  await drives.press('Enter');
  await expect(page).toHaveURL(/s3-heat\.drives=1000000/);
  await expect(sim.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  await sim.getByRole('button', { name: 'Cancel' }).click();
  await expect(sim.getByText('Run cancelled; the figures show the previous run.')).toBeVisible();
  // Now let it finish: a new seed starts the same run again.
  const times: number[] = [];
  for (let i = 0; i < 1; i++) {
    await sim.getByRole('button', { name: 'New random run' }).click();
    await expect(sim.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
    await settledSim(sim, 280_000);
    await expect(sim.locator('.sim-view-title')).toContainText('1,000,000 drives');
    times.push(Number(/(\d+) ms/.exec((await sim.locator('.millis').textContent()) ?? '')?.[1]));
  }
  console.log(`s3-heat, 1,000,000 drives (defaults otherwise) in Chromium's worker: ${times.join(', ')} ms`);
  expect(times.every((t) => Number.isFinite(t))).toBe(true);
});

test('the default run time in Chromium (reported, not enforced)', async ({ page }) => {
  await page.goto(PATH);
  const { times, median } = await fiveRunTimes(await hydrated(page));
  console.log(`s3-heat default explore in Chromium's worker: ${times.join(', ')} ms (median ${median} ms)`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on ${PATH} in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(PATH);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await hydrated(page);
    expect(await axeViolations(page, theme)).toEqual([]);
  });
}
