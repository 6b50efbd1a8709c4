import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every page path listed in the built sitemap (dist/sitemap-0.xml), e.g. `/systems/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/sitemap-0.xml`, import.meta.url), 'utf-8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Brings every island in `scope` into view, so each `client:visible` island hydrates, and waits
 * until none is left unhydrated. Every island is visited, not only the unhydrated ones: an island
 * that hydrates during the loop would shift an `[ssr]` selection under it.
 */
export async function hydrateIslands(scope: Page | Locator, timeout = 30_000): Promise<void> {
  const islands = scope.locator('astro-island');
  for (let n = await islands.count(), k = 0; k < n; k++) await islands.nth(k).scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island[ssr]')).toHaveCount(0, { timeout });
}
