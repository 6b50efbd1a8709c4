import { expect, test } from '@playwright/test';

test('the M/M/1 islands hydrate and share state through the store', async ({ page }) => {
  await page.goto('/concepts/queueing-theory/');
  const utilization = page.getByTestId('mm1-utilization');
  // Rendered at build time, before any JavaScript runs.
  await expect(utilization).toHaveText('0.80');
  const before = await page.getByTestId('mm1-sim-wait').textContent();

  const slider = page.getByLabel(/Arrival rate/);
  await page.getByTestId('mm1-result').scrollIntoViewIfNeeded(); // islands hydrate when visible
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await slider.fill('0.5');
  await expect(utilization).toHaveText('0.50');
  await expect(page.getByTestId('mm1-sim-wait')).not.toHaveText(before ?? '');

  await slider.fill('0.99');
  await page.getByLabel(/Service rate/).fill('0.9');
  await expect(page.getByTestId('mm1-unstable')).toBeVisible();
});

test('the controls work by keyboard alone', async ({ page }) => {
  await page.goto('/concepts/queueing-theory/');
  await page.getByTestId('mm1-result').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const slider = page.getByLabel(/Arrival rate/);
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('mm1-utilization')).toHaveText('0.79');
});
