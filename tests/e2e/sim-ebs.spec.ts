import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { fiveRunTimes, hydrateIslands, settled } from './helpers.ts';

const PATH = '/systems/aws-ebs/';
/**
 * The steps in order: the URL each writes, the figures it shows, and those that must be redrawn
 * with new data against the step before (the hockey sticks change only with the era or fleet;
 * the comparison era is Nitro beside hard drives and hard drives beside everything else).
 */
const STEPS = [
  { label: 'Hard drives', url: null, figures: ['hockey-here', 'hockey-other', 'distribution', 'tail'], changed: [] },
  {
    label: 'A noisy neighbour',
    url: /ebs-queueing\.noisy=25/,
    figures: ['hockey-here', 'hockey-other', 'distribution', 'tail', 'tenants'],
    changed: ['distribution', 'tail'],
  },
  {
    label: 'SSDs and Provisioned IOPS',
    url: /ebs-queueing\.isolation=provisioned/,
    figures: ['hockey-here', 'hockey-other', 'distribution', 'tail', 'tenants'],
    changed: ['hockey-here', 'hockey-other', 'distribution', 'tail', 'tenants'],
  },
  {
    label: 'The 64-IO ring',
    url: /ebs-queueing\.hosts=1/,
    figures: ['hockey-here', 'hockey-other', 'distribution', 'tail', 'ring'],
    changed: ['hockey-here', 'distribution', 'tail'],
  },
  {
    label: 'Nitro, SRD, Nitro SSD',
    url: /ebs-queueing\.device=nitro-ssd/,
    figures: ['hockey-here', 'hockey-other', 'distribution', 'tail'],
    changed: ['hockey-here', 'distribution', 'tail'],
  },
] as const;

async function hydrated(page: Page): Promise<Locator> {
  const sim = page.locator('section.sim[data-sim="ebs-queueing"]');
  await reveal(sim);
  return sim;
}

/** Scrolls the controls, the live view and the results into view so each hydrates (client:visible). */
async function reveal(sim: Locator): Promise<void> {
  await hydrateIslands(sim);
  await sim.locator('.steps').scrollIntoViewIfNeeded();
}

/** Each figure's SVG by its title id, once the run is done. */
async function charts(sim: Locator): Promise<Record<string, string>> {
  await settled(sim, 60_000);
  const out: Record<string, string> = {};
  for (const f of await sim.locator('.sim-figure').all()) {
    const id = ((await f.locator('h3').getAttribute('id')) ?? '').replace(/^ebs-queueing-/, '').replace(/-title$/, '');
    out[id] = await f.locator('svg:visible').first().innerHTML();
  }
  return out;
}

const stat = (sim: Locator, id: string) => sim.locator(`[data-stat="${id}"] .value`);

test('without JavaScript the page shows step 1, rendered at build time', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PATH);
  const sim = page.locator('section.sim[data-sim="ebs-queueing"]');
  await expect(sim.locator('svg[role="img"]:visible')).toHaveCount(4); // each chart is drawn twice; the phone frame is hidden at this width
  await expect(sim.locator('.sim-view-title')).toContainText('Hard drives · 16 volumes on 8 drives');
  await expect(stat(sim, 'p99')).toHaveText(/^\d/);
  await context.close();
});

test('the five steps: each updates the charts and the URL, and the URL reproduces the view', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto(PATH);
  const sim = await hydrated(page);
  let before = await charts(sim);
  for (const [i, step] of STEPS.entries()) {
    const button = sim.getByRole('button', { name: step.label });
    if (i > 0) await button.click();
    await expect(button).toHaveAttribute('aria-current', 'step');
    if (step.url) await expect(page).toHaveURL(step.url);
    else await expect(page).not.toHaveURL(/ebs-queueing\./);
    await expect(sim.locator('.step-note')).not.toContainText('Free play');
    const now = await charts(sim);
    expect(Object.keys(now)).toEqual(step.figures);
    // The charts this step changes have been redrawn with new data.
    for (const id of step.changed) expect(now[id], `${step.label}: ${id}`).not.toBe(before[id]);
    if (i === 1) await expect(sim.locator('[data-stat="blastRadius"]')).toContainText(/\d/);

    // A fresh page at this URL shows exactly the same numbers and charts.
    const stats = await sim.locator('.sim-stats').textContent();
    const other = await context.newPage();
    await other.goto(page.url());
    const sim2 = await hydrated(other);
    if (i > 0) await expect(sim2.locator('.millis')).toBeVisible({ timeout: 60_000 });
    expect(await charts(sim2)).toEqual(now);
    await expect(sim2.locator('.sim-stats')).toHaveText(stats!);
    await other.close();
    before = now;
  }
});

test('free play: a control after the steps re-runs the model and leaves the story', async ({ page }) => {
  await page.goto(PATH);
  const sim = await hydrated(page);
  await sim.getByRole('button', { name: 'A noisy neighbour' }).click();
  await settled(sim, 60_000);
  const radius = await stat(sim, 'blastRadius').textContent();
  const spread = sim.getByRole('spinbutton', { name: /Drives per volume, exact value/ });
  await spread.fill('8');
  await spread.press('Enter');
  await expect(page).toHaveURL(/ebs-queueing\.spread=8/);
  await expect(sim.locator('.step-note')).toContainText('Free play');
  await settled(sim, 60_000);
  await expect(stat(sim, 'blastRadius')).not.toHaveText(radius!);
});

test('a 10-million-IO run finishes in the worker with a progress bar', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(
    `${PATH}?ebs-queueing.device=nitro-ssd&ebs-queueing.deviceIops=20000&ebs-queueing.deviceScv=0.25&ebs-queueing.hostMs=0.05&ebs-queueing.networkMs=0.15&ebs-queueing.paths=16&ebs-queueing.serverMs=0.1&ebs-queueing.ringDepth=0&ebs-queueing.provisionedIops=1000`,
  );
  const sim = await hydrated(page);
  await expect(sim.getByRole('button', { name: 'Nitro, SRD, Nitro SSD' })).toHaveAttribute('aria-current', 'step');
  await settled(sim, 60_000);
  // A step shows only its few controls; the run length waits under "More parameters".
  await sim.locator('details.more > summary').click();
  const requests = sim.getByRole('spinbutton', { name: /IOs measured, exact value/ });
  await requests.fill('10000000');
  await requests.press('Enter');
  const bar = sim.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(bar).toBeVisible({ timeout: 30_000 }); // the run starts after a short debounce; slow under load
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 120_000 }).toBeGreaterThan(0.05);
  await settled(sim, 580_000);
  await expect(sim.locator('.sim-figure').first().locator('.caption')).toBeVisible();
  const caption = await sim
    .locator('.sim-figure', { hasText: 'How long the IOs took' })
    .locator('.caption')
    .textContent();
  expect(caption).toContain('10,000,000 IOs');
  console.log(`10,000,000-IO Nitro run in Chromium's worker:${await sim.locator('.millis').textContent()}`);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of [PATH, '/concepts/queueing-theory/']) {
    test(`axe finds no violations on ${path} with the EBS simulation in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const sim = page.locator('section.sim[data-sim="ebs-queueing"]');
      await reveal(sim);
      await sim.getByRole('button', { name: 'A noisy neighbour' }).click();
      await settled(sim, 60_000);
      expect(await axeViolations(page, `${theme}, after a run`)).toEqual([]);
    });
  }
}

/** A figure's data table as CSV lines (header, then one line per row), read from the page. */
async function tableAsRows(figure: Locator): Promise<string[][]> {
  return figure
    .locator('table tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
}

/** Downloads a figure's CSV and parses it (its numbers are unrounded; the table shows three figures). */
async function downloadCsv(page: Page, figure: Locator): Promise<{ name: string; rows: string[][] }> {
  await figure.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('link', { name: 'Download the data as CSV' }).click(),
  ]);
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf-8'));
  await figure.locator('summary').click();
  return {
    name: download.suggestedFilename(),
    rows: text
      .trimEnd()
      .split('\n')
      .map((l) => l.split(',')),
  };
}

test("each figure's CSV download has its table's columns and rows: a build-time file, then the reader's own run", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(PATH);
  const sim = page.locator('section.sim[data-sim="ebs-queueing"]');
  const tail = sim.locator('.sim-figure', { hasText: 'How long the IOs took' });
  // The link sits in the closed data table, hidden from the accessibility tree until opened.
  await expect(tail.locator('a[download]')).toHaveAttribute(
    'href',
    /^\/sim-data\/ebs-queueing\/defaults\/[a-z-]+\.csv$/,
  );
  const before = await downloadCsv(page, tail);
  const table = await tableAsRows(tail);
  expect(before.name).toMatch(/^ebs-queueing-[a-z-]+\.csv$/);
  expect(before.rows[0]).toEqual(table[0]);
  expect(before.rows.length).toBe(table.length);
  expect(
    before.rows
      .slice(1)
      .every((r) => r.length === table[0]!.length && r.every((v) => v === '' || Number.isFinite(Number(v)))),
  ).toBe(true);

  await reveal(sim);
  await sim.getByRole('button', { name: 'A noisy neighbour' }).click();
  await settled(sim, 60_000);
  await expect(tail.locator('a[download]')).toHaveAttribute('href', /^data:text\/csv/);
  const after = await downloadCsv(page, tail);
  expect(after.rows[0]).toEqual(before.rows[0]);
  expect(after.rows.length).toBe((await tableAsRows(tail)).length);
  expect(after.rows).not.toEqual(before.rows);
});

test('the default run time in Chromium (reported, not enforced)', async ({ page }) => {
  await page.goto(PATH);
  const { times, median } = await fiveRunTimes(await hydrated(page));
  console.log(
    `default EBS run (step 1, with its live-view trace) in Chromium's worker: ${times.join(', ')} ms (median ${median} ms)`,
  );
});
