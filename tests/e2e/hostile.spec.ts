import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildProject, copyProject } from '../../scripts/project-copy.ts';
import { generate } from '../../scripts/synthetic-wiki.ts';

/**
 * A contributor's front matter is data, never markup. A small wiki is built in a copy of the
 * project with one source page whose title, summary, aliases, author and publisher carry HTML
 * and script; every place that shows them (the page itself, its kind index and tag page, a link
 * to it and its preview, the link graph, search results and the RSS feed) must show the text
 * exactly as written, with no element created and no script run.
 * The build is served to Chromium through request interception, without the site's CSP, so the
 * escaping itself is what is tested.
 */
const pwn = (where: string) => `document.documentElement.dataset.pwned='${where}'`;
const hostile = {
  title: `<img src=x onerror="${pwn('title')}"> Hostile & <i class="pwn">co</i>`,
  summary: `A summary with <script>${pwn('summary')}</script>, "double" and 'single' quotes, and <i class="pwn">markup</i>.`,
  alias: `<svg onload="${pwn('alias')}"></svg> Zyzzyva`,
  author: `<i class="pwn">Mallory</i>`,
  publisher: `</title><i class="pwn">Publisher</i>`,
};
const SLUG = 'sources/hostile';
const ORIGIN = 'http://127.0.0.1:9'; // never reached: every request is answered from the build below
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
};

let root = '';
let dist = '';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'block', baseURL: ORIGIN });

test.beforeAll(() => {
  test.setTimeout(240_000);
  root = copyProject('hostile');
  generate(root, 12);
  const yaml = JSON.stringify; // a JSON string is a valid YAML double-quoted scalar
  const prose = 'Words of prose written to pass the quality floor of the wiki. '.repeat(20);
  writeFileSync(
    join(root, 'content', `${SLUG}.mdx`),
    [
      '---',
      'kind: source',
      `title: ${yaml(hostile.title)}`,
      `summary: ${yaml(hostile.summary)}`,
      `aliases: [${yaml(hostile.alias)}]`,
      `author: [${yaml(hostile.author)}]`,
      `publisher: ${yaml(hostile.publisher)}`,
      'format: article',
      'parent: sources/page-0',
      'published: 2026-01-02',
      'tags: [tag-0]',
      '---',
      '',
      `${prose}[[systems/page-1]], [[concepts/page-2]] and [[patterns/page-3]].`,
      '',
    ].join('\n'),
  );
  appendFileSync(join(root, 'content', 'systems', 'page-1.mdx'), `\n\nSee [[${SLUG}]].\n`);
  const result = buildProject(root);
  if (!result.ok) throw new Error(`the fixture wiki did not build:\n${result.tail}`);
  dist = join(root, 'dist');
});

test.afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Serves the fixture's dist/ to the page; records what a hostile value could make happen. */
async function serve(page: Page): Promise<string[]> {
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => events.push(`page error: ${e.message}`));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    let file = join(dist, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({
      status: 200,
      contentType: types[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    });
  });
  await page.route(
    (url) => !url.href.startsWith(ORIGIN),
    (route) => {
      events.push(`request off the site: ${route.request().url()}`);
      return route.abort();
    },
  );
  return events;
}

/** Nothing injected: no element from the hostile values, no handler ran. */
async function expectInert(page: Page, events: string[]): Promise<void> {
  expect(await page.locator('.pwn, img[src="x"], svg[onload], [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.dataset['pwned'])).toBeUndefined();
  expect(events).toEqual([]);
}

test('the page shows its hostile title, summary and alias as text', async ({ page }) => {
  const events = await serve(page);
  await page.goto(`/${SLUG}/`);
  await expect(page.locator('h1')).toHaveText(hostile.title);
  expect(await page.title()).toContain(hostile.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', hostile.summary);
  await expect(page.locator('.page-meta .summary')).toHaveText(hostile.summary);
  await expect(page.locator('.page-meta .aliases')).toContainText(hostile.alias);
  await expectInert(page, events);
});

test('its kind index and tag page list it as text', async ({ page }) => {
  const events = await serve(page);
  for (const path of ['/sources/', '/tags/tag-0/']) {
    await page.goto(path);
    const item = page.locator('main li', { hasText: 'Hostile &' });
    await expect(item.getByRole('link', { name: hostile.title })).toHaveAttribute('href', `/${SLUG}/`);
    await expect(item).toContainText(hostile.summary);
    await expectInert(page, events);
  }
});

test('a link to it and its preview show the title and summary as text', async ({ page }) => {
  const events = await serve(page);
  await page.goto('/systems/page-1/');
  const link = page.locator(`.sl-markdown-content a[data-preview-title][href="/${SLUG}/"]`);
  await expect(link).toHaveText(hostile.title);
  await link.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText(hostile.title);
  await expect(card).toContainText(hostile.summary);
  // It links back here, so this page lists it under "Referenced by", as text.
  await expect(page.locator('section.backlinks').getByRole('link', { name: hostile.title })).toHaveAttribute(
    'href',
    `/${SLUG}/`,
  );
  await expectInert(page, events);
});

test('the link graph names its node with the title as text', async ({ page }) => {
  const events = await serve(page);
  await page.goto('/graph/');
  await expect(page.locator(`.graph-nodes a[data-slug="${SLUG}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${hostile.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
  );
  await expectInert(page, events);
});

test('search finds it by its alias and shows the title as text', async ({ page }) => {
  const events = await serve(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill('Zyzzyva');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveText(hostile.title);
  await expectInert(page, events);
});

test('the RSS feed carries the values as escaped text', async ({ page }) => {
  const events = await serve(page);
  await page.goto('/');
  const item = await page.evaluate(async (slug) => {
    const xml = new DOMParser().parseFromString(await (await fetch('/rss.xml')).text(), 'application/xml');
    const node = [...xml.querySelectorAll('item')].find((i) =>
      i.querySelector('link')?.textContent?.includes(`/${slug}/`),
    );
    return node
      ? {
          title: node.querySelector('title')?.textContent,
          description: node.querySelector('description')?.textContent,
          author: node.querySelector('author')?.textContent,
        }
      : undefined;
  }, SLUG);
  expect(item).toEqual({ title: hostile.title, description: hostile.summary, author: hostile.author });
  await expectInert(page, events);
});
