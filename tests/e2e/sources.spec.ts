import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Trust, in the built site: every wiki page ends with a Sources list whose entries have the ids
 * `source-<slug with / as ->`, and every inline citation on a page points at an entry of that
 * page's own list. Reads dist/ (no browser).
 */
const dist = new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;
const KINDS = ['sources', 'systems', 'concepts', 'patterns', 'people', 'library'];

function pages(): { path: string; html: string }[] {
  return KINDS.flatMap((kind) =>
    readdirSync(join(dist, kind), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({
        path: `/${kind}/${e.name}/`,
        html: readFileSync(join(dist, kind, e.name, 'index.html'), 'utf-8'),
      })),
  );
}

test('every wiki page lists its sources, and every citation points into its own list', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(300);
  const problems: string[] = [];
  let citations = 0;
  for (const { path, html } of all) {
    const list = /<section[^>]*class="[^"]*source-list[^"]*"[\s\S]*?<\/section>/.exec(html)?.[0];
    if (!list) {
      problems.push(`${path}: no Sources list`);
      continue;
    }
    const ids = new Set([...list.matchAll(/<li id="(source-sources-[a-z0-9-]+)"/g)].map((m) => m[1]!));
    if (ids.size === 0) problems.push(`${path}: an empty Sources list`);
    for (const m of html.matchAll(/<a href="#(source-[^"]+)" class="cite"/g)) {
      citations++;
      if (!ids.has(m[1]!)) problems.push(`${path}: citation #${m[1]} has no entry in the page's Sources list`);
    }
  }
  console.log(
    `${all.length} wiki pages with a Sources list; ${citations} inline citations, each pointing into its page's list`,
  );
  expect(problems).toEqual([]);
});
