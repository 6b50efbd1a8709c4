import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../src/lib/wiki/index.ts';
import { graphOf } from '../../src/lib/graph/data.ts';
import { backlinksFor } from './backlinks.ts';
import { page, writeFixture } from './fixture.ts';

const wiki = buildWiki(
  writeFixture({
    'content/index.mdx': '---\nkind: index\ntitle: Home\n---\n\n[[systems/a]]\n',
    'content/systems/index.mdx': '---\nkind: index\ntitle: Systems\n---\n\nAll systems.\n',
    'content/systems/a.mdx': page('system', 'A', '[[systems/b]] [[concepts/c]] [[systems/b|again]]'),
    'content/systems/b.mdx': page('system', 'B', '[[concepts/c]]'),
    'content/concepts/c.mdx': page('concept', 'C', '[[systems/a]]'),
    'content/people/d.mdx': page('person', 'D', 'No links.'),
  }),
);

describe('graph data', () => {
  const { data } = graphOf(wiki);
  it('has one node per wiki page and none for the home page or section indexes', () => {
    expect(data.nodes.map((n) => n.slug).sort()).toEqual(['concepts/c', 'people/d', 'systems/a', 'systems/b']);
  });
  it('has exactly the edges that "Referenced by" shows, each once', () => {
    const edges = data.edges.map((e) => `${e.source}->${e.target}`).sort();
    expect(edges).toEqual(backlinksFor(wiki).sort());
    expect(new Set(edges).size).toBe(edges.length);
  });
  it('sizes nodes by their inbound links', () => {
    expect(Object.fromEntries(data.nodes.map((n) => [n.slug, n.inbound]))).toEqual({
      'systems/a': 1,
      'systems/b': 1,
      'concepts/c': 2,
      'people/d': 0,
    });
  });
  it('gives every node a settled, finite position', () => {
    for (const n of data.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });
});
