import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every page path listed in the built sitemap (dist/sitemap-0.xml), e.g. `/systems/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/sitemap-0.xml`, import.meta.url), 'utf-8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Brings every island in `scope` (but those whose component URL matches `except`) into view, so each `client:visible`
 * island hydrates, and waits
 * until none is left unhydrated. Every island is visited, not only the unhydrated ones: an island
 * that hydrates during the loop would shift an `[ssr]` selection under it.
 */
const WAITING = 'astro-island:not(details:not([open]) astro-island)';

export async function hydrateIslands(scope: Page | Locator, timeout = 30_000, except?: RegExp): Promise<void> {
  // Islands inside a closed <details> (the local graph) load when it opens, not when scrolled to.
  const islands = scope.locator(WAITING);
  for (let n = await islands.count(), k = 0; k < n; k++) {
    const island = islands.nth(k);
    if (except && except.test((await island.getAttribute('component-url')) ?? '')) continue;
    await island.scrollIntoViewIfNeeded();
    // Wait for it here, in sight: scrolled on to the next one before its IntersectionObserver
    // fired (a frame can be late on a loaded machine), a `client:visible` island out of sight
    // would wait for ever (a clean-clone CI run failed so, once in 177 tests).
    await expect(island).not.toHaveAttribute('ssr', { timeout });
  }
  const left = scope.locator(`astro-island[ssr]:not(details:not([open]) astro-island)`);
  if (!except) await expect(left).toHaveCount(0, { timeout });
  else
    await expect
      .poll(
        async () =>
          (await left.evaluateAll((els) => els.map((e) => e.getAttribute('component-url') ?? ''))).filter(
            (u) => !except.test(u),
          ).length,
        { timeout },
      )
      .toBe(0);
}

/**
 * Waits until a `<Sim>`'s run is done and its figures drawn: no progress bar, and the output
 * region no longer `aria-busy` (it is busy from a run's start until the run's figures are drawn).
 */
export async function settled(sim: Locator, timeout = 60_000): Promise<void> {
  await expect(sim.getByRole('progressbar', { name: 'Simulation progress' })).toHaveCount(0, { timeout });
  await expect(sim.locator('[data-sim-output]')).toHaveAttribute('aria-busy', 'false', { timeout });
}

/** Answers the active step's question (its first choice): a step's notes show once the reader has guessed. */
export async function guess(sim: Locator): Promise<void> {
  await sim.locator('fieldset.ask .choices button').first().click();
  await expect(sim.locator('fieldset.ask .reveal')).toContainText(/^(Right\.|Not quite: )/);
}

/** The live view's island, whose code loads only when it comes into sight. */
export const LIVE_VIEW = /LiveView|HeatView/;

/**
 * Runs a hydrated `<Sim>` five times with "New random run" and returns the worker's time of each
 * run (its "ran in … ms"), for the reported, never enforced, default-run timings. It measures a
 * page at rest, as a reader finds it after a moment's reading: the offline worker's one-time
 * install is over and the live view has its first trace (so the simulation worker has run once).
 */
export async function fiveRunTimes(sim: Locator): Promise<{ times: number[]; median: number }> {
  const page = sim.page();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(sim.locator('.live-view').getByRole('button', { name: /^(Play|Pause)$/ })).toBeEnabled({
    timeout: 60_000,
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sim.getByRole('button', { name: 'New random run' }).click();
    await settled(sim);
    await expect(sim.locator('.millis')).toBeVisible();
    times.push(Number(/(\d+) ms/.exec((await sim.locator('.millis').textContent()) ?? '')?.[1]));
  }
  expect(times.every((t) => Number.isFinite(t))).toBe(true);
  return { times, median: [...times].sort((a, b) => a - b)[2]! };
}
