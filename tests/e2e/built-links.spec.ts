import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every internal link in the built site (content, generated indexes, tag pages, components)
 * points at a page that exists and, with a #fragment, at an id on that page. This covers what
 * the wiki-link plugin cannot see: links written by components and overrides.
 */
const dist = new URL(`../../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  for (const candidate of [join(dist, clean), join(dist, clean, 'index.html')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        /* a directory */
      }
    }
  }
  return undefined;
}

test('every internal link of the built site resolves, fragments included', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(file, new Set([...readFileSync(file, 'utf-8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  const files = htmlFiles(dist);
  for (const file of files) {
    const html = readFileSync(file, 'utf-8');
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|data:|blob:|\/\/)/.test(href)) continue;
      const [path = '', fragment] = href.split('#');
      const target = path === '' ? file : fileFor(path);
      if (!target) broken.push(`${file.slice(dist.length)}: ${href} (no such page)`);
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment)))
        broken.push(`${file.slice(dist.length)}: ${href} (no id "${fragment}")`);
    }
  }
  console.log(`checked links in ${files.length} built pages`);
  expect(broken).toEqual([]);
});
