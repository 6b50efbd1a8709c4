import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { fiveRunTimes, guess, hydrateIslands, settled as settledSim } from './helpers.ts';

const PATH = '/patterns/pre-create-all-network-slots-at-boot/';
const SIM = 'section.sim[data-sim="lambda-slots"]';
const STEPS = [
  'On demand',
  'Rules into namespaces',
  'eBPF tunnel and NAT',
  'Pre-create all at boot',
  'RTNL-friendly ordering',
];

async function hydrated(page: Page) {
  const sim = page.locator(SIM);
  // Every island hydrates when visible; the section is taller than the viewport, so show each.
  await hydrateIslands(sim, 60_000);
  await sim.locator('form.sim-controls').scrollIntoViewIfNeeded();
  return sim;
}
const stat = (page: Page, id: string) => page.locator(`${SIM} [data-stat="${id}"] .value`);
const num = async (page: Page, id: string) => Number((await stat(page, id).textContent())!.replace(/[^\d.e-]/g, ''));
const settled = (page: Page) => settledSim(page.locator(SIM), 30_000);
const figure = (page: Page, title: string) =>
  page.locator(`${SIM} .sim-figure`, { has: page.locator('h3', { hasText: title }) });

test('without JavaScript the burst chart is static SVG in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const burst = figure(page, 'Cold-start network latency through a burst');
  await expect(burst.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(burst.locator('.legend li')).toHaveCount(4);
  await expect(burst.locator('path.series').first()).toHaveAttribute('d', /^M/);
  await expect(stat(page, 'p99')).toHaveText(/^\d/);
  await expect(page.locator(`${SIM} .sim-figure`)).toHaveCount(4);
  await context.close();
});

test('the five steps in order: presets, numbers, charts and URL', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(PATH);
  const sim = await hydrated(page);
  const buttons = sim.locator('nav.steps button');
  await expect(buttons).toHaveText(STEPS.map((s, i) => new RegExp(`${i + 1}\\s*${s}`)));
  // The defaults are step 1, which the page rendered at build time.
  await expect(buttons.nth(0)).toHaveAttribute('aria-current', 'step');
  expect(await num(page, 'burstP99')).toBeGreaterThan(1000);
  expect(await num(page, 'rootRules')).toBeGreaterThanOrEqual(125_000);
  const burstChart = () =>
    figure(page, 'Cold-start network latency through a burst').locator('svg:visible').innerHTML();
  const first = await burstChart();

  await buttons.nth(1).click();
  await expect(page).toHaveURL(/lambda-slots\.rulesInNamespace=true/);
  await settled(page);
  await expect(stat(page, 'rootRules')).toHaveText('144');
  await guess(sim);
  await expect(sim.locator('.step-note')).toContainText('144 rules');
  await expect(figure(page, 'Per-packet rule cost by slot index').locator('.legend li')).toHaveCount(2);

  await buttons.nth(2).click();
  await expect(page).toHaveURL(/lambda-slots\.ebpfTunnel=true/);
  await expect(page).toHaveURL(/lambda-slots\.statelessNat=true/);
  await settled(page);
  await expect(stat(page, 'tunnel')).toHaveText('0.2 ms');
  expect(await num(page, 'p50')).toBeLessThan(150);
  expect(await burstChart()).not.toBe(first);

  await buttons.nth(3).click();
  await expect(page).toHaveURL(/lambda-slots\.strategy=pre-create/);
  await settled(page);
  expect(await num(page, 'p99')).toBeLessThan(2);
  const boot = await num(page, 'boot');
  expect(boot).toBeGreaterThan(120);
  expect(boot).toBeLessThan(240);
  await expect(sim.locator('.sim-view-title')).toContainText('Pre-created at boot');

  await buttons.nth(4).click();
  await expect(page).toHaveURL(/lambda-slots\.lockFriendly=true/);
  await settled(page);
  expect(await num(page, 'parallelCreate')).toBeLessThan(10);
  await expect(figure(page, 'Creating all 4,000 slots in parallel').locator('.legend li')).toHaveCount(2);
  await guess(sim);
  await expect(sim.locator('.step-note')).toContainText('seconds instead of minutes');

  // Free play: change a control; no step is active and the URL and figures follow.
  const slots = sim.getByRole('spinbutton', { name: /Slots per worker, exact value/ });
  await slots.fill('2000');
  await slots.press('Enter');
  await expect(page).toHaveURL(/lambda-slots\.slots=2000/);
  await settled(page);
  await expect(sim.locator('.sim-figure h3', { hasText: 'Creating all 2,000 slots in parallel' })).toBeVisible();
  // A preset stays active while the values it sets are unchanged; changing a switch leaves the story.
  // The step shows only its own three controls; the strategy is under "More parameters".
  const more = sim.locator('details', { has: page.locator('summary', { hasText: 'More parameters' }) });
  if (!(await more.evaluate((d: HTMLDetailsElement) => d.open))) await more.locator('summary').click();
  await sim.getByLabel('Strategy').selectOption('on-demand');
  await expect(page).not.toHaveURL(/lambda-slots\.strategy=/);
  await settled(page);
  await expect(sim.locator('nav.steps button[aria-current="step"]')).toHaveCount(0);
  await expect(sim.locator('.step-note')).toContainText('Free play');
  expect(await num(page, 'p50')).toBeLessThan(50); // lock-friendly on demand: no move under RTNL
});

test('a shared URL reproduces the same numbers', async ({ page, context }) => {
  await page.goto(`${PATH}?lambda-slots.strategy=pre-create&lambda-slots.seed=3`);
  await hydrated(page);
  await settled(page);
  await expect(page.locator(`${SIM} .sim-view-title`)).toContainText('Pre-created at boot');
  const stats = await page.locator(`${SIM} .sim-stats`).textContent();
  const other = await context.newPage();
  await other.goto(page.url());
  await hydrated(other);
  await settled(other);
  await expect(other.locator(`${SIM} .sim-stats`)).toHaveText(stats!);
});

test('the default run time in Chromium (reported, not enforced)', async ({ page }) => {
  await page.goto(PATH);
  const { times, median } = await fiveRunTimes(await hydrated(page));
  console.log(
    `default lambda-slots run (step 1, with its live-view trace) in Chromium's worker: ${times.join(', ')} ms (median ${median} ms)`,
  );
});

test('the concept pages link to the simulation heading', async ({ page }) => {
  for (const path of ['/concepts/constant-work-pattern/', '/concepts/rtnl-lock-contention/']) {
    await page.goto(path);
    const link = page.locator('main a[href*="pre-create-all-network-slots-at-boot/#simulation-the-five-stages"]');
    await expect(link).toHaveCount(1);
  }
  await page.goto(`${PATH}#simulation-the-five-stages`);
  await expect(page.locator('#simulation-the-five-stages')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the simulation page in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000); // a long page with four charts and their tables, on a busy machine
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    // Reduced motion: no fade-in after a run, so axe measures the final colours.
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(PATH);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await hydrated(page);
    await page.locator(`${SIM} nav.steps button`).nth(3).click();
    await settled(page);
    expect(await axeViolations(page, theme)).toEqual([]);
  });
}
