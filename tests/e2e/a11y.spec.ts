import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { hydrateIslands } from './helpers.ts';

/**
 * The pages with the most moving parts, hydrated, with the reader's theme chosen as a reader
 * chooses it (stored preference and colour scheme) and reduced motion: every axe rule. The sweep
 * in pages.spec.ts covers every page in both themes at desktop and phone widths.
 */
for (const theme of ['light', 'dark'] as const) {
  for (const path of [
    '/',
    '/concepts/queueing-theory/',
    '/systems/aws-ebs/',
    '/patterns/pre-create-all-network-slots-at-boot/',
    '/concepts/heat-management/',
  ]) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(path);
      await hydrateIslands(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page, theme)).toEqual([]);
    });
  }
}
