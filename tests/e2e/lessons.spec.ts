import { expect, test } from '@playwright/test';
import { hydrateIslands, settled } from './helpers.ts';

/**
 * The lessons, as a reader meets them: each step of each simulation page asks its question first
 * (no answer, no measured numbers and none of the step's notes on screen), shows at most three
 * controls, and once the reader has guessed, says whether the guess was right, why, and what this
 * step's run measured, then gives the notes and replays the live view from its start.
 */
const PAGES = [
  { path: '/concepts/queueing-theory/', sim: 'queue' },
  { path: '/systems/aws-ebs/', sim: 'ebs-queueing' },
  { path: '/patterns/pre-create-all-network-slots-at-boot/', sim: 'lambda-slots' },
  { path: '/concepts/heat-management/', sim: 's3-heat' },
];
const GUESS_FIRST = 'Make your guess below';

for (const { path, sim: id } of PAGES) {
  test(`${path}: every step asks before it shows`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(path);
    const sim = page.locator(`section.sim[data-sim="${id}"]`);
    await hydrateIslands(sim);
    const steps = sim.locator('nav.steps button');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const note = sim.locator('.step-note');
    const time = sim.locator('figure.live-view').getByRole('slider', { name: /Time/ });
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await step.scrollIntoViewIfNeeded();
      await step.click();
      await expect(step).toHaveAttribute('aria-current', 'step');
      // Asked: the question and its choices, nothing revealed, the notes held back.
      const ask = sim.locator('fieldset.ask');
      await expect(ask.locator('legend')).toHaveText(/\S/);
      const choices = ask.locator('.choices button');
      expect(await choices.count()).toBeGreaterThanOrEqual(2);
      await expect(ask.locator('.reveal')).toHaveText('');
      await expect(note).toContainText(GUESS_FIRST);
      // At most three controls outside "More parameters".
      expect(await sim.locator('form.sim-controls > .params > .param').count()).toBeLessThanOrEqual(3);
      // Guessed: right or not, why, the step's measured numbers, then its notes; the view starts over.
      await settled(sim, 120_000);
      // Scrubbed to the end of its window, the view must go back to the start when the answer shows.
      const [min, max] = [Number(await time.getAttribute('min')), Number(await time.getAttribute('max'))];
      const half = min + (max - min) / 2;
      await time.fill(String(max));
      await expect.poll(async () => Number(await time.inputValue())).toBeGreaterThan(half);
      await choices.first().click();
      await expect(ask.locator('.reveal')).toContainText(/^(Right\.|Not quite: )/);
      const measured = ask.locator('.measured li');
      await expect(measured.first()).toContainText(/\d/, { timeout: 120_000 });
      await expect(note).not.toContainText(GUESS_FIRST);
      await expect(note).not.toContainText('Free play');
      await expect.poll(async () => Number(await time.inputValue())).toBeLessThan(half);
      // The right answer is marked, and the other choices are locked once guessed.
      await expect(ask.locator('.choices button[data-right]')).toHaveCount(1);
      await expect(ask.locator('.choices button[data-right]')).toContainText('✓');
      if ((await choices.count()) > 1) await expect(choices.nth(1)).toBeDisabled();
    }
  });
}
