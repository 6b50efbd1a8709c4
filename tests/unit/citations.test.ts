import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/wiki/check.ts';
import { buildWiki, formatProblem, sourceEntryId, sourceListOf } from '../../src/lib/wiki/index.ts';
import { markdownFeatures, scanPage } from '../../src/lib/wiki/scan.ts';
import { wikiLinks } from '../../src/plugins/wiki-links.ts';
import { page, writeFixture } from './fixture.ts';

/** Inline citations: `[[^sources/slug]]` in prose, numbered into the page's Sources list. */
const prose = 'Words of prose to pass the quality floor. '.repeat(25);
const links = '[[systems/aws-ebs]] [[systems/nitro]] [[concepts/queueing-theory]]';
const citing = `${prose}\n\n[[systems/nitro]] [[concepts/queueing-theory]] [[sources/book]]\n\nA drive serves 120 IOPS.[[^sources/paper]] Blogs say so.[[^sources/blog]]\n\n- Again 2 ms.[[^sources/paper]]\n`;
const files = {
  'content/systems/aws-ebs.mdx': page(
    'system',
    'Amazon EBS',
    citing,
    'sources: [sources/blog, sources/paper, sources/book]\n',
  ),
  'content/systems/nitro.mdx': page(
    'system',
    'Nitro',
    `${prose}\n\n[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]] [[sources/paper]] [[sources/book]]`,
  ),
  'content/concepts/queueing-theory.mdx': page(
    'concept',
    'Queueing theory',
    `${prose}\n\n[[systems/aws-ebs]] [[systems/nitro]] [[sources/blog]]`,
  ),
  'content/sources/blog.mdx': page(
    'source',
    'A blog',
    `${prose}\n\n${links}`,
    'publisher: Blog Inc\nurl: https://blog.example/\n',
  ),
  'content/sources/paper.mdx': page('source', 'A paper', `${prose}\n\n${links}`, 'published: 2013-10\n'),
  'content/sources/book.mdx': page('source', 'A book', `${prose}\n\n${links}`),
};
const root = writeFixture(files);

function render(markdown: string, file = 'content/systems/aws-ebs.mdx'): string {
  const result = markdownToHtml(markdown, {
    features: markdownFeatures,
    fileURL: pathToFileURL(join(root, file)),
    mdastPlugins: [wikiLinks({ root })],
  });
  return (result as MarkdownToHtmlResult).html;
}

describe('inline citations', () => {
  it('numbers sources by first citation, then lists uncited front-matter sources', () => {
    const ebs = buildWiki(root).pages.get('systems/aws-ebs')!;
    expect(ebs.citations).toEqual(['sources/paper', 'sources/blog']);
    expect(ebs.citationCount).toBe(3);
    expect(sourceListOf(ebs)).toEqual(['sources/paper', 'sources/blog', 'sources/book']);
    expect(sourceEntryId('sources/aws-ebs')).toBe('source-sources-aws-ebs');
  });

  it('renders a numbered link to the Sources entry, named for screen readers and previews', () => {
    const html = render('A claim.[[^sources/blog]] Another.[[^sources/paper]]');
    expect(html).toContain(
      '<a href="#source-sources-blog" class="cite" aria-label="Source 2: A blog" data-wiki-kind="source" data-preview-title="A blog"',
    );
    expect(html).toContain('>[2]</a>');
    expect(html).toContain('<a href="#source-sources-paper" class="cite" aria-label="Source 1: A paper"');
  });

  it('fails the build when a citation names a page that is not a source', () => {
    expect(() => render('Line.\n\nA claim.[[^systems/nitro]]')).toThrow(
      /content\/systems\/aws-ebs\.mdx:3:9 citation \[\[\^systems\/nitro\]\]: "systems\/nitro" is a system page; cite a source page/,
    );
  });

  it('content check: an unknown or non-source citation is a problem with file:line and the closest sources', () => {
    const bad = writeFixture({
      ...files,
      'content/systems/nitro.mdx':
        files['content/systems/nitro.mdx'] + '\nClaim.[[^sources/papr]] Claim.[[^concepts/queueing-theory]]\n',
    });
    const problems = checkContent(bad).problems.map(formatProblem);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:11:7 citation \[\[\^sources\/papr\]\]: no source page "sources\/papr" \(closest existing: sources\/paper/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:11:\d+ citation \[\[\^concepts\/queueing-theory\]\]: "concepts\/queueing-theory" is a concept page/,
      ),
    );
  });

  it('content check: warns (without failing) about a listed source never cited', () => {
    const { problems, warnings } = checkContent(root);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/systems\/aws-ebs\.mdx:5:1 sources: "sources\/book" is never cited/),
    ]);
  });

  it('content check: internal words in prose and summary fail with file:line; a random seed does not', () => {
    const bad = writeFixture({
      ...files,
      'content/systems/nitro.mdx':
        files['content/systems/nitro.mdx'] +
        '\nThe seed list says little. Pick a random seed to rerun.\n\nThe hub page for it.\n',
      'content/concepts/queueing-theory.mdx': files['content/concepts/queueing-theory.mdx'].replace(
        'summary: Queueing',
        'summary: What the hub says about queueing',
      ),
    });
    const problems = checkContent(bad).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/concepts\/queueing-theory\.mdx:4:1 summary: "the hub" is a word of this project/,
      ),
      expect.stringMatching(/^content\/systems\/nitro\.mdx:11:1 "seed list" is a word of this project/),
      expect.stringMatching(/^content\/systems\/nitro\.mdx:13:1 "The hub" is a word of this project/),
    ]);
  });

  it('counts prose blocks that state a figure, and whether each cites', () => {
    const scanned = scanPage(
      'content/x.mdx',
      'Three ideas and a claim.\n\nA drive serves 120 IOPS.[[^sources/a]]\n\n- Launched in 2014.\n- See [[sources/2024-08-22-a-post]].\n\n| a | b |\n| - | - |\n| 5 ms | x |\n',
    );
    expect(scanned.figures).toEqual([
      { line: 3, cited: true, figure: '120 IOPS' },
      { line: 5, cited: false, figure: '2014' },
      { line: 8, cited: false, figure: '5 ms' },
    ]);
    expect(scanned.citations).toEqual([{ slug: 'sources/a', line: 3, column: 25 }]);
  });
});
