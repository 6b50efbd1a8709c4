import type { Kind } from '../../schema.ts';
import type { GraphData, GraphEdge, GraphNode } from './types.ts';

/** Pure helpers for drawing the graph in the browser: sizes, filters and the views to fit or centre. */

/** A node's radius from its inbound links: area grows with the count, so hubs stand out without swamping. */
export function nodeRadius(inbound: number): number {
  return 4 + 2.2 * Math.sqrt(inbound);
}

/** Each page's neighbours: the pages it links to and the pages linking to it. */
export interface Neighbours {
  out: string[];
  in: string[];
}

/** Neighbour lists for every slug that has an edge. */
export function adjacency(edges: GraphEdge[]): Map<string, Neighbours> {
  const adj = new Map<string, Neighbours>();
  const get = (s: string) => adj.get(s) ?? adj.set(s, { out: [], in: [] }).get(s)!;
  for (const e of edges) {
    get(e.source).out.push(e.target);
    get(e.target).in.push(e.source);
  }
  return adj;
}

/** The nodes of the chosen kinds (and tag, when one is chosen) and the edges between them. */
export function filterGraph(
  data: GraphData,
  kinds: ReadonlySet<Kind>,
  tag: string,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = data.nodes.filter((n) => kinds.has(n.kind) && (tag === '' || n.tags.includes(tag)));
  const kept = new Set(nodes.map((n) => n.slug));
  return { nodes, edges: data.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

/** The best match for a search: exact title or slug, then title prefix, then any substring. */
export function findNode<T extends { slug: string; title: string }>(nodes: T[], query: string): T | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const title = (n: T) => n.title.toLowerCase();
  return (
    nodes.find((n) => title(n) === q || n.slug === q || n.slug.split('/')[1] === q) ??
    nodes.find((n) => title(n).startsWith(q)) ??
    nodes.find((n) => title(n).includes(q) || n.slug.includes(q))
  );
}

/** A view transform: screen = world × k + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 6;

/**
 * The transform that fits every node into a width × height viewport, keeping `side` pixels free left and right for
 * labels.
 */
export function fitTransform(
  nodes: { x: number; y: number; r: number }[],
  width: number,
  height: number,
  pad = 24,
  side = 0,
): Transform {
  if (nodes.length === 0 || width <= 0 || height <= 0) return { k: 1, x: width / 2, y: height / 2 };
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  const k = clamp(
    Math.min((width - 2 * (pad + side)) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 2),
    MIN_ZOOM,
    MAX_ZOOM,
  );
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/** The transform that puts a world point in the middle of the viewport, zoomed in to at least `k`. */
export function centreOn(
  t: Transform,
  p: { x: number; y: number },
  width: number,
  height: number,
  k = Math.max(t.k, 1.5),
): Transform {
  return { k, x: width / 2 - p.x * k, y: height / 2 - p.y * k };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
