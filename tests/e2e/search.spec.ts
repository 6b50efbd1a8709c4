import { expect, test } from '@playwright/test';

test('search finds a page by a word from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill('utilization');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: 'Queueing theory' }).first()).toBeVisible();
});
