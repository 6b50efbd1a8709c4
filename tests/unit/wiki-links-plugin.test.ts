import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../src/lib/wiki/scan.ts';
import { wikiLinks } from '../../src/plugins/wiki-links.ts';
import { page, writeFixture } from './fixture.ts';

const root = writeFixture({
  'content/systems/aws-ebs.mdx': page('system', 'Amazon EBS', '## Design\n\nBody.'),
  'content/concepts/hostile.mdx': `---\nkind: concept\ntitle: "<img src=x onerror=alert(1)> & co"\nsummary: "A summary with <script>alert('x')</script> and \\"quotes\\" in it."\n---\n\nBody.\n`,
});

function render(markdown: string, file = 'content/systems/page.mdx', strict = true): string {
  const result = markdownToHtml(markdown, {
    features: markdownFeatures,
    fileURL: pathToFileURL(join(root, file)),
    mdastPlugins: [wikiLinks({ root, strict })],
  });
  if (result instanceof Promise) throw new Error('the wiki-link plugin is synchronous; expected a synchronous result');
  return result.html;
}

describe('wiki-link plugin: Markdown in, HTML out', () => {
  it('renders [[slug]] with the target title and preview data', () => {
    expect(render('See [[systems/aws-ebs]].')).toBe(
      '<p>See <a href="/systems/aws-ebs/" data-wiki-kind="system" data-preview-title="Amazon EBS" data-preview-summary="Amazon EBS is a page used by the wiki engine&#x27;s tests.">Amazon EBS</a>.</p>\n',
    );
  });

  it('keeps custom text, and resolves headings and Markdown links to the same page', () => {
    const html = render('[[systems/aws-ebs#design|the design]] and [EBS](/systems/aws-ebs/)');
    expect(html).toContain('<a href="/systems/aws-ebs/#design" data-wiki-kind="system"');
    expect(html).toContain('>the design</a>');
    expect(html).toContain('<a href="/systems/aws-ebs/" data-wiki-kind="system"');
  });

  it('leaves external links alone', () => {
    expect(render('[site](https://example.org/)')).toBe('<p><a href="https://example.org/">site</a></p>\n');
  });

  it('escapes hostile titles and summaries: they stay text, never markup', () => {
    const html = render('[[concepts/hostile]]');
    // Inside a quoted attribute value '<' is inert text; outside attributes nothing may be a tag.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<(img|script)/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co</a>');
    expect(html).toContain('and &quot;quotes&quot; in it.'); // a quote cannot end the attribute early
  });

  it('fails the build on an unknown page with file:line and suggestions', () => {
    expect(() => render('Line one.\n\nSee [[systems/aws-ebz]].')).toThrow(
      /content\/systems\/page\.mdx:3:5 link to unknown page "systems\/aws-ebz" \(closest existing: systems\/aws-ebs\)/,
    );
  });

  it('fails on a missing heading', () => {
    expect(() => render('[[systems/aws-ebs#nope]]')).toThrow(
      /missing heading "#nope" on "systems\/aws-ebs" \(headings there: design\)/,
    );
  });

  it('in drafting mode marks a broken link instead of failing', () => {
    expect(render('[[systems/nope]]', 'content/systems/page.mdx', false)).toContain('class="broken-link"');
  });

  it('ignores files outside content/', () => {
    expect(render('[[systems/nope]]', 'src/other.md')).toContain('href="systems/nope"');
  });
});
