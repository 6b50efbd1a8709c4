import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * axe's violations on the page as it is now, as readable lines: `label: rule: target, …`; every
 * rule runs, over the whole document or only inside `within` (a CSS selector).
 * axe-core is injected once per document and then run as often as needed (`@axe-core/playwright`
 * injects it again on every run, which on this machine cost as much as a run of a short page).
 */
export async function axeViolations(page: Page, label: string, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document);
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, within ?? null);
  return violations.map((v) => `${label}: ${v.id}: ${v.targets.join(', ')}`);
}
