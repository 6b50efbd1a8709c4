import { expect, test } from '@playwright/test';

test('search filters results by kind, and an alias finds its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill('Elastic Block Store');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'Amazon Elastic Block Store' }).first()).toBeVisible();

  // Filter to concepts only: no system page remains.
  await dialog.getByText(/^Concept \(\d+\)$/).click();
  await expect(results.filter({ hasText: 'Amazon Elastic Block Store' })).toHaveCount(0);
  await expect(results.first()).toBeVisible();

  // The alias "EBS" is on systems/aws-ebs only; clearing the filter, the search finds it.
  await dialog.getByText(/^Concept \(\d+\)$/).click();
  await dialog.locator('input.pagefind-ui__search-input').fill('EBS');
  await expect(results.filter({ hasText: 'Amazon Elastic Block Store' }).first()).toBeVisible();
});

test('a page lists what links to it, grouped by kind, and it is out of the search index', async ({ page }) => {
  await page.goto('/systems/aws-ebs/');
  const section = page.locator('section.backlinks');
  await expect(section.getByRole('heading', { name: 'Referenced by' })).toBeVisible();
  await expect(section.getByRole('heading', { level: 3, name: 'Concepts' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'Queueing theory' })).toHaveAttribute(
    'href',
    '/concepts/queueing-theory/',
  );
  await expect(section).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('hovering a wiki link shows its title and summary', async ({ page }) => {
  await page.goto('/systems/aws-ebs/');
  const link = page.locator('.sl-markdown-content a[data-preview-title]').first();
  const title = await link.getAttribute('data-preview-title');
  await link.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText(title!);
  await expect(link).toHaveAttribute('aria-describedby', 'wiki-link-preview');
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
});

test('focusing a wiki link by keyboard shows its preview; Escape hides it', async ({ page }) => {
  await page.goto('/systems/aws-ebs/');
  const links = page.locator('.sl-markdown-content a[data-preview-title]');
  // Tab from the element just before the first wiki link, as a keyboard user would.
  await links.first().evaluate((a) => {
    const before = document.createElement('button');
    before.textContent = 'start';
    a.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(card).toContainText((await links.first().getAttribute('data-preview-title'))!);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('a tap on a wiki link follows it without a preview', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/systems/aws-ebs/');
  const link = page.locator('.sl-markdown-content a[data-preview-title]').first();
  const href = await link.getAttribute('href');
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await context.close();
});

test('the RSS feed parses and lists articles newest first', async ({ page, request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.setContent('<p>feed</p>');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
    return [...doc.querySelectorAll('item')].map((i) => ({
      title: i.querySelector('title')?.textContent,
      date: Date.parse(i.querySelector('pubDate')?.textContent ?? ''),
    }));
  }, xml);
  expect(items.length).toBeGreaterThanOrEqual(9);
  for (let i = 1; i < items.length; i++) expect(items[i - 1]!.date).toBeGreaterThanOrEqual(items[i]!.date);
});

test('kind indexes and tag pages list pages with summaries', async ({ page }) => {
  await page.goto('/systems/');
  await expect(page.getByRole('heading', { name: /^All systems \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Amazon Elastic Block Store' }).last()).toBeVisible();
  await page.goto('/tags/storage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: storage');
  await expect(page.locator('.page-list li').first()).toBeVisible();
});

test('the blog hub lists its articles newest first', async ({ page }) => {
  await page.goto('/sources/all-things-distributed/');
  const dates = await page.locator('section[aria-labelledby="articles-newest-first"] time').allTextContents();
  expect(dates.length).toBeGreaterThanOrEqual(9);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("the sidebar opens the page's own kind and links the other kinds to their indexes, on desktop and in the phone menu", async ({
  page,
}) => {
  await page.goto('/systems/aws-ebs/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Amazon Elastic Block Store' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/systems/');
  await nav.getByRole('link', { name: 'Concepts', exact: true }).click();
  await expect(page).toHaveURL(/\/concepts\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queueing theory' }),
  ).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
  await expect(page).toHaveURL(/\/people\/$/);
});

// src/overrides/Sidebar.astro replaces Starlight's SidebarPersister (for valid HTML): going to another page of
// the same sidebar must still keep a group the reader closed closed, and the sidebar scrolled where it was.
test('the desktop sidebar keeps a closed group closed and its scroll position on the next page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/systems/aws-ebs/');
  const scroller = page.locator('#starlight__sidebar');
  const group = scroller.locator('details', { has: page.locator('summary', { hasText: 'Systems' }) });
  await expect(group).toHaveJSProperty('open', true);
  const scrollable = await scroller.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(scrollable).toBeGreaterThan(100);
  await scroller.evaluate((el) => {
    el.scrollTop = 100;
  });
  await page.goto('/systems/aws-s3/');
  await expect(scroller.locator('a[aria-current="page"]')).toHaveAttribute('href', '/systems/aws-s3/');
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(100);

  await group.locator('summary').click();
  await expect(group).toHaveJSProperty('open', false);
  await page.goto('/systems/aws-ebs/');
  await expect(scroller.locator('a[aria-current="page"]')).toHaveAttribute('href', '/systems/aws-ebs/');
  await expect(group).toHaveJSProperty('open', false);
});
