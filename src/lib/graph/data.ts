import { KIND_LABELS, KINDS, type Kind } from '../../schema.ts';
import type { Wiki } from '../wiki/index.ts';
import { settle, type Settled } from './layout.ts';
import type { GraphData, GraphEdge, GraphNode } from './types.ts';

/**
 * The graph of the wiki, from the link index that also feeds "Referenced by": nodes are the
 * wiki pages (not the home page or section indexes, which "Referenced by" leaves out too) and
 * an edge s→t exists exactly when s is listed under t's "Referenced by".
 */
export function graphOf(wiki: Wiki): { data: GraphData; layout: Settled } {
  const pages = [...wiki.pages.values()].filter((p) => p.kind !== 'index').sort((a, b) => a.slug.localeCompare(b.slug));
  const inGraph = new Set(pages.map((p) => p.slug));
  const edges: GraphEdge[] = pages.flatMap((p) =>
    p.outbound.filter((t) => inGraph.has(t)).map((target) => ({ source: p.slug, target })),
  );
  const inbound = (slug: string) => (wiki.inbound.get(slug) ?? []).filter((s) => inGraph.has(s)).length;
  const bare = pages.map((p) => ({ slug: p.slug, inbound: inbound(p.slug) }));
  const layout = settle(bare, edges);
  const nodes: GraphNode[] = pages.map((p) => ({
    slug: p.slug,
    title: p.title,
    kind: p.kind as Kind,
    summary: p.summary,
    tags: p.tags,
    inbound: inbound(p.slug),
    ...layout.positions.get(p.slug)!,
  }));
  const kinds = KINDS.map((kind) => ({
    kind,
    ...KIND_LABELS[kind],
    count: nodes.filter((n) => n.kind === kind).length,
  })).filter((k) => k.count > 0);
  return { data: { kinds, nodes, edges }, layout };
}
