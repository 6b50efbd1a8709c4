import type { GraphData, GraphEdge, GraphNode, PlacedNode } from './types.ts';
import { nodeRadius, type Neighbours } from './view.ts';

/**
 * The neighbourhood of one page as a radial layout: the page in the middle, the pages at link
 * distance 1 on a ring around it, those at distance 2 on an outer ring next to the neighbour
 * that leads to them. Deterministic and instant, so the local graph needs no simulation.
 */

/** Neighbour rings with labels on every ring-1 node up to this many; beyond it, labels show on hover. */
const LABEL_LIMIT = 36;

/** A placed neighbourhood and the ring each node sits on. */
export interface Neighbourhood {
  nodes: (PlacedNode & { ring: number })[];
  edges: GraphEdge[];
}

export function neighbourhood(
  data: GraphData,
  adj: Map<string, Neighbours>,
  slug: string,
  depth: 1 | 2,
): Neighbourhood {
  const bySlug = new Map(data.nodes.map((n) => [n.slug, n]));
  const centre = bySlug.get(slug);
  if (!centre) return { nodes: [], edges: [] };
  const kindOrder = new Map(data.kinds.map((k, i) => [k.kind, i]));
  const order = (a: GraphNode, b: GraphNode) =>
    (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) || a.title.localeCompare(b.title);
  const around = (s: string) => {
    const n = adj.get(s);
    return n ? [...new Set([...n.out, ...n.in])] : [];
  };

  const ring = new Map<string, number>([[slug, 0]]);
  const ring1 = around(slug)
    .map((s) => bySlug.get(s)!)
    .filter(Boolean)
    .sort(order);
  for (const n of ring1) ring.set(n.slug, 1);
  const r1 = Math.max(110, (ring1.length * 20) / (2 * Math.PI));
  const angle = new Map<string, number>();
  const placed: (PlacedNode & { ring: number })[] = [place(centre, 0, 0, 0, true)];
  ring1.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(ring1.length, 1) - Math.PI / 2;
    angle.set(n.slug, a);
    placed.push(place(n, 1, r1 * Math.cos(a), r1 * Math.sin(a), ring1.length <= LABEL_LIMIT));
  });

  if (depth === 2) {
    // Each outer page sits by the first neighbour (in ring order) that links with it.
    const parent = new Map<string, number>();
    for (const n of ring1)
      for (const s of around(n.slug)) if (!ring.has(s) && !parent.has(s)) parent.set(s, angle.get(n.slug)!);
    const ring2 = [...parent.keys()]
      .map((s) => bySlug.get(s)!)
      .filter(Boolean)
      .sort((a, b) => parent.get(a.slug)! - parent.get(b.slug)! || order(a, b));
    const r2 = Math.max(r1 + 130, (ring2.length * 14) / (2 * Math.PI));
    ring2.forEach((n, i) => {
      ring.set(n.slug, 2);
      const a = (2 * Math.PI * i) / ring2.length - Math.PI / 2;
      placed.push(place(n, 2, r2 * Math.cos(a), r2 * Math.sin(a), false));
    });
  }

  // Outer-to-outer links would only add a hairball; every other link among shown pages stays.
  const edges = data.edges.filter(
    (e) => ring.has(e.source) && ring.has(e.target) && Math.min(ring.get(e.source)!, ring.get(e.target)!) < 2,
  );
  return { nodes: placed, edges };
}

function place(n: GraphNode, ring: number, x: number, y: number, labelled: boolean): PlacedNode & { ring: number } {
  return {
    ...n,
    x,
    y,
    ring,
    r: nodeRadius(n.inbound) * (ring === 0 ? 1.4 : 1),
    labelled,
    side: x < -1 ? 'left' : 'right',
  };
}
