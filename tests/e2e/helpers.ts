import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap (dist/sitemap-0.xml), e.g. `/systems/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL(`../../${process.env.E2E_DIST ?? 'dist'}/sitemap-0.xml`, import.meta.url), 'utf-8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
