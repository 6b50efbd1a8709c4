import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/wiki/check.ts';
import { formatProblem } from '../../src/lib/wiki/index.ts';
import { page, writeFixture } from './fixture.ts';

/**
 * Fault injection: each fixture is a small wiki with one mistake a contributor could make.
 * The content check must fail with the file and line of the mistake and a helpful message.
 */
const body = (links: string) => `${'Words of prose to pass the quality floor. '.repeat(25)}\n\n${links}`;
const good = {
  'content/systems/aws-ebs.mdx': page(
    'system',
    'Amazon EBS',
    body('[[systems/nitro]] [[concepts/queueing-theory]] [[sources/blog]]\n\n## Design\n\nMore.'),
    'aliases: [EBS]\nsources: [sources/blog]\n',
  ),
  'content/systems/nitro.mdx': page(
    'system',
    'Nitro',
    body('[[systems/aws-ebs#design]] [[concepts/queueing-theory]] [[sources/blog]]'),
  ),
  'content/concepts/queueing-theory.mdx': page(
    'concept',
    'Queueing theory',
    body('[[systems/aws-ebs]] [[systems/nitro]] [[sources/blog]]'),
  ),
  'content/sources/blog.mdx': page(
    'source',
    'A blog',
    body('[[systems/aws-ebs]] [[systems/nitro]] [[concepts/queueing-theory]]'),
  ),
};

function problemsWith(files: Record<string, string>): string[] {
  return checkContent(writeFixture({ ...good, ...files })).problems.map(formatProblem);
}

describe('content check', () => {
  it('passes the valid fixture', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('fails an unknown wiki link with file:line and the closest slugs', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebz]] [[concepts/queueing-theory]] [[sources/blog]] [[systems/aws-ebs]]'),
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:9:1 link to unknown page "systems\/aws-ebz" \(closest existing: systems\/aws-ebs/,
      ),
    ]);
  });

  it('fails a link to a missing heading, naming the headings there', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebs#desing]] [[concepts/queueing-theory]] [[sources/blog]]'),
      ),
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:9:1 link to missing heading "#desing" on "systems\/aws-ebs" \(headings there: design\)/,
      ),
    );
  });

  it('fails a bad front matter field, naming the field and what was expected', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]]'),
        'firstPublicYear: soon\n',
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/systems\/nitro\.mdx:5:1 firstPublicYear: .*expected number/i),
    ]);
  });

  it('fails a kind that disagrees with the folder', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'concept',
        'Nitro',
        body('[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]]'),
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:2:1 kind "concept" does not match the folder: .*kind: system/,
      ),
    ]);
  });

  it('fails a duplicate slug', () => {
    const problems = problemsWith({
      'content/systems/nitro.md': page(
        'system',
        'Nitro again',
        body('[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]]'),
      ),
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/systems\/nitro\.mdx?:1:1 duplicate slug "systems\/nitro"/),
    );
  });

  it('fails an alias that clashes with another page', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]]'),
        'aliases: [EBS]\n',
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/systems\/nitro\.mdx:5:1 alias "EBS" clashes with systems\/aws-ebs/),
    ]);
  });

  it('fails a source slug that does not exist', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebs]] [[concepts/queueing-theory]] [[sources/blog]]'),
        'sources: [sources/blgo]\n',
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/systems\/nitro\.mdx:5:1 sources: no source page "sources\/blgo" \(closest existing: sources\/blog\)/,
      ),
    ]);
  });

  it('fails link text that does not name its target', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/aws-ebs|here]] [[concepts/queueing-theory]] [[sources/blog]]'),
      ),
    });
    expect(problems).toEqual([expect.stringMatching(/nitro\.mdx:9:1 link text "here" does not name its target/)]);
  });

  it('fails an MDX syntax error with its line instead of crashing', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page('system', 'Nitro', body('A bare { brace breaks MDX. [[systems/aws-ebs]]')),
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/systems\/nitro\.mdx:9:1 MDX syntax error: .*closing brace/),
    );
  });

  it('reports every failure at once', () => {
    const problems = problemsWith({
      'content/systems/nitro.mdx': page(
        'system',
        'Nitro',
        body('[[systems/nope]] [[concepts/queueing-theory]] [[sources/blog]]'),
        'sources: [sources/none]\n',
      ),
      'content/concepts/queueing-theory.mdx': page(
        'concept',
        'Queueing theory',
        body('[[systems/aws-ebs#none]] [[systems/nitro]] [[sources/blog]]'),
      ),
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/nitro\.mdx:5:1 sources: no source page "sources\/none"/),
        expect.stringMatching(/nitro\.mdx:10:1 link to unknown page "systems\/nope"/),
        expect.stringMatching(/queueing-theory\.mdx:9:1 link to missing heading "#none"/),
      ]),
    );
  });

  it('enforces the quality floor: prose, outbound links, inbound links', () => {
    const problems = problemsWith({
      'content/concepts/orphan.mdx': page('concept', 'Orphan', 'Too short. [[systems/nitro]]'),
    });
    expect(problems.sort()).toEqual([
      expect.stringMatching(/orphan\.mdx:1:1 links to 1 wiki page\(s\)/),
      expect.stringMatching(/orphan\.mdx:1:1 no page links to concepts\/orphan/),
      expect.stringMatching(/orphan\.mdx:1:1 only 4 words of prose/),
    ]);
  });
});
