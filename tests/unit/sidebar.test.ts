import { describe, expect, it } from 'vitest';
import { foldSidebar } from '../../src/lib/nav/sidebar.ts';

const link = (label: string, href: string, isCurrent = false) => ({
  type: 'link' as const,
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: ReturnType<typeof link>[]) => ({
  type: 'group' as const,
  label,
  entries,
  collapsed: true,
  badge: undefined,
});

const sidebar = (current: string) => [
  link('Start here', '/', current === '/'),
  group('Systems', [
    link('Systems', '/systems/', current === '/systems/'),
    link('Amazon S3', '/systems/aws-s3/', current === '/systems/aws-s3/'),
  ]),
  group('Concepts', [link('Concepts', '/concepts/'), link('Queueing theory', '/concepts/queueing-theory/')]),
  group('Unindexed', [link('A page', '/unindexed/a/')]),
];

describe('foldSidebar', () => {
  it("keeps the current page's group whole, its index renamed Overview, and folds the others to their index pages", () => {
    const folded = foldSidebar(sidebar('/systems/aws-s3/'));
    expect(folded[0]).toEqual(link('Start here', '/'));
    expect(folded[1]).toMatchObject({
      type: 'group',
      label: 'Systems',
      entries: [
        { label: 'Overview', href: '/systems/' },
        { label: 'Amazon S3', isCurrent: true },
      ],
    });
    expect(folded[2]).toEqual(link('Concepts', '/concepts/'));
  });

  it('leaves a group without an index page as it is', () => {
    expect(foldSidebar(sidebar('/'))[3]).toEqual(sidebar('/')[3]);
  });

  it("keeps a kind's group open on its own index page", () => {
    expect(foldSidebar(sidebar('/systems/'))[1]).toMatchObject({
      type: 'group',
      entries: [{ label: 'Overview', isCurrent: true }, {}],
    });
  });

  it('folds every kind on a page outside them', () => {
    expect(foldSidebar(sidebar('/')).map((e) => e.type)).toEqual(['link', 'link', 'link', 'group']);
  });
});
