import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The rules a colour theme can change; the others depend only on markup and layout. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page as it is now, as readable lines: `label: rule: target, …`.
 * axe is injected once per document and then run as often as needed (AxeBuilder injects it on
 * every run, which on this machine costs as much as a run of a short page). `rules` limits the run.
 */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, only ? { runOnly: { type: 'rule', values: only } } : {});
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, rules ?? null);
  return violations.map((v) => `${label}: ${v.id}: ${v.targets.join(', ')}`);
}
