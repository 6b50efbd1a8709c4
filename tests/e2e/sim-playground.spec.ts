import { expect, test, type Page } from '@playwright/test';
import { fiveRunTimes, settled } from './helpers.ts';

const PATH = '/concepts/queueing-theory/';

async function hydrated(page: Page) {
  const sim = page.locator('section.sim[data-sim="queue"]');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim.locator('astro-island[ssr]')).toHaveCount(0);
  return sim;
}

const stat = (page: Page, id: string) => page.locator(`[data-stat="${id}"] .value`);

test('without JavaScript the page shows a real, built-time result', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const sim = page.locator('section.sim');
  await expect(sim.locator('svg[role="img"]').first()).toBeVisible();
  await expect(stat(page, 'meanWait')).toHaveText(/^\d/);
  await expect(sim.locator('.series.dashed').first()).toBeVisible(); // the theory curve
  await context.close();
});

test('changing a control re-runs the model, updates the figure and the URL', async ({ page }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  const before = await stat(page, 'meanWait').textContent();
  const servers = sim.getByRole('spinbutton', { name: /Servers c, exact value/ });
  await servers.fill('2');
  await servers.press('Enter');
  await expect(page).toHaveURL(/queue\.servers=2/);
  await expect(sim.locator('.sim-view-title')).toContainText('2 servers');
  await expect(stat(page, 'meanWait')).not.toHaveText(before!);
  // With two servers, the per-server line appears beside the shared one.
  await expect(sim.locator('.legend li', { hasText: 'A line per server: simulated' })).toBeVisible();
});

test('a shared URL reproduces exactly the same figure', async ({ page, context }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  await sim.getByRole('button', { name: /One line or four/ }).click();
  await expect(page).toHaveURL(/queue\.discipline=per-server/);
  await expect(sim.locator('.sim-view-title')).toContainText('a line per server');
  await settled(sim);
  const stats = await sim.locator('.sim-stats').textContent();
  const chart = await sim.locator('.sim-figure svg:visible').first().innerHTML();

  const other = await context.newPage();
  await other.goto(page.url());
  const sim2 = await hydrated(other);
  await expect(sim2.locator('.sim-view-title')).toContainText('a line per server');
  await settled(sim2);
  await expect(sim2.locator('.sim-stats')).toHaveText(stats!);
  expect(await sim2.locator('.sim-figure svg:visible').first().innerHTML()).toBe(chart);
});

test('bad URL values are repaired with a visible note, never injected', async ({ page }) => {
  await page.goto(`${PATH}?queue.servers=9999&queue.arrivalRate=%3Cscript%3Ealert(1)%3C%2Fscript%3E&queue.bogus=1`);
  const sim = await hydrated(page);
  const notes = sim.locator('.sim-controls .sim-notes');
  await expect(notes).toContainText('servers: "9999" is out of range; clamped to 128');
  await expect(notes).toContainText('arrivalRate');
  await expect(notes).toContainText('Ignored the unknown parameter "bogus"');
  expect(await page.locator('script:text("alert(1)")').count()).toBe(0);
  await expect(sim.getByRole('spinbutton', { name: /Servers c, exact value/ })).toHaveValue('128');
});

test('a long run shows progress and can be cancelled', async ({ page }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  const customers = sim.getByRole('spinbutton', { name: /Customers, exact value/ });
  await customers.fill('10000000');
  await customers.press('Enter');
  await expect(sim.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  await sim.getByRole('button', { name: 'Cancel' }).click();
  await expect(sim.getByText('Run cancelled; the figures show the previous run.')).toBeVisible();
  await settled(sim);
});

test('the controls work by keyboard alone', async ({ page }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  const slider = sim.getByRole('slider', { name: 'Servers c' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/queue\.servers=\d/);
  await sim.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/queue\./);
});

test('the default playground run time in Chromium (reported, not enforced)', async ({ page }) => {
  await page.goto(PATH);
  const { times, median } = await fiveRunTimes(await hydrated(page));
  console.log(
    `default queue playground run (with its live-view trace) in Chromium's worker: ${times.join(', ')} ms (median ${median} ms)`,
  );
});
