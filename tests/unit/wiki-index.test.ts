import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../src/lib/wiki/index.ts';
import { closest } from '../../src/lib/wiki/closest.ts';
import { page, writeFixture } from './fixture.ts';

const root = writeFixture({
  'content/systems/aws-ebs.mdx': page(
    'system',
    'Amazon EBS',
    'Built on [[systems/nitro]] and [[concepts/queueing-theory|queues]], see [Nitro again](/systems/nitro/).\n\n## Design\n\nText.',
    'aliases: [EBS]\n',
  ),
  'content/systems/nitro.mdx': page('system', 'Nitro', 'Serves [[systems/aws-ebs#design]].'),
  'content/concepts/queueing-theory.mdx': page('concept', 'Queueing theory', "## Little's law\n\nNo links out."),
  'content/systems/_template.mdx': page('system', 'Template', '[[systems/nowhere]]'),
});
const wiki = buildWiki(root);

describe('link index', () => {
  it('reads slugs from files and skips templates', () => {
    expect([...wiki.pages.keys()].sort()).toEqual(['concepts/queueing-theory', 'systems/aws-ebs', 'systems/nitro']);
  });

  it('resolves wiki links and Markdown links to the same target, once per page', () => {
    expect(wiki.pages.get('systems/aws-ebs')!.outbound).toEqual(['systems/nitro', 'concepts/queueing-theory']);
  });

  it('computes backlinks as the inverse of outbound links', () => {
    expect(wiki.inbound.get('systems/nitro')).toEqual(['systems/aws-ebs']);
    expect(wiki.inbound.get('systems/aws-ebs')).toEqual(['systems/nitro']);
    expect(wiki.inbound.get('concepts/queueing-theory')).toEqual(['systems/aws-ebs']);
    for (const [slug, p] of wiki.pages) for (const t of p.outbound) expect(wiki.inbound.get(t)).toContain(slug);
  });

  it('records heading ids as Starlight renders them', () => {
    expect([...wiki.pages.get('concepts/queueing-theory')!.headings]).toEqual(['littles-law']);
  });

  it('has no problems for a valid wiki', () => {
    expect(wiki.problems).toEqual([]);
  });
});

describe('closest', () => {
  it('suggests the nearest slugs for a typo', () => {
    expect(closest('systems/aws-ebz', ['systems/aws-ebs', 'systems/aws-s3', 'concepts/queueing-theory'], 2)).toEqual([
      'systems/aws-ebs',
      'systems/aws-s3',
    ]);
  });
  it('suggests the same name in another folder', () => {
    expect(closest('system/aws-ebs', ['systems/aws-ebs', 'people/someone'], 3)).toEqual(['systems/aws-ebs']);
  });
});
