import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const base = 'http://127.0.0.1:4400';
const paths = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext(); const page = await ctx.newPage();
for (const p of paths) {
  let t = Date.now();
  await page.goto(base + p); await page.waitForLoadState('load');
  const tl = Date.now() - t; t = Date.now();
  const r = await new AxeBuilder({ page }).analyze();
  const ta = Date.now() - t; t = Date.now();
  const r2 = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  const tc = Date.now() - t; t = Date.now();
  const r3 = await new AxeBuilder({ page }).disableRules(['color-contrast']).analyze();
  const tn = Date.now() - t;
  const n = await page.evaluate(() => document.querySelectorAll('*').length);
  console.log(p, 'load', tl, 'full', ta, 'contrast', tc, 'rest', tn, 'dom', n, 'viol', r.violations.length);
}
await browser.close();
