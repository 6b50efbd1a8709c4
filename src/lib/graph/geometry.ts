import type { GraphEdge, PlacedNode } from './types.ts';
import type { Transform } from './view.ts';

/** Pure drawing maths of the graph islands, kept out of the components so it can be unit-tested. */

interface Circle {
  x: number;
  y: number;
  r: number;
}

/** A title cut to `max` characters with an ellipsis; the full title stays in the tooltip and name. */
export function clip(title: string, max: number): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

/** Every link as one SVG path of straight segments: one element however many links there are. */
export function edgePath(edges: GraphEdge[], bySlug: Map<string, { x: number; y: number }>): string {
  let d = '';
  for (const e of edges) {
    const s = bySlug.get(e.source),
      t = bySlug.get(e.target);
    if (s && t) d += `M${s.x} ${s.y}L${t.x} ${t.y}`;
  }
  return d;
}

/** Where a link from `s` ends at the rim of `d`, so an arrowhead there is not hidden under the node. */
export function rimPoint(s: { x: number; y: number }, d: Circle): { x: number; y: number } {
  const dx = d.x - s.x,
    dy = d.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: d.x - (dx / len) * (d.r + 1), y: d.y - (dy / len) * (d.r + 1) };
}

/**
 * Screen pixels kept free left and right of the drawing for labels: `share` of the width, at most
 * 160; on a phone (under 500 px) the drawing needs the width more, so labels get less and are cut.
 */
export function labelRoom(width: number, share: number): number {
  return Math.min(160, width * (width < 500 ? share / 2.5 : share));
}

/** The longest label that fits in `room` pixels at about 6.5 px a character (260 px when no room is kept). */
export function labelChars(room: number | undefined): number {
  return Math.max(10, Math.floor((room ?? 260) / 6.5));
}

/** A label's anchor in graph units: 3 screen pixels beside the node, on its side, at any zoom. */
export function labelAt(n: Circle & { side: 'left' | 'right' }, k: number): { x: number; anchor: 'start' | 'end' } {
  return n.side === 'left' ? { x: n.x - n.r - 3 / k, anchor: 'end' } : { x: n.x + n.r + 3 / k, anchor: 'start' };
}

/** A tooltip's place in the frame: a centre x and a distance from the top or from the bottom edge. */
export type TipPlace = { left: number; top: number } | { left: number; bottom: number };

/**
 * Puts the tooltip under a node in the top half of the frame and over one in the bottom half, so it
 * never covers the node, with its centre far enough from the sides that it (at most 280 px) fits.
 */
export function tipPlace(n: Circle, t: Transform, size: { w: number; h: number }): TipPlace {
  const half = Math.min(140, size.w / 2);
  const left = Math.min(size.w - half, Math.max(half, n.x * t.k + t.x));
  const y = n.y * t.k + t.y;
  const gap = n.r * t.k + 8;
  return y < size.h / 2 ? { left, top: y + gap } : { left, bottom: size.h - y + gap };
}

/** The nodes that get a label: the active one and its neighbours, or without one the `labelled` ones. */
export function labelledNodes<T extends PlacedNode>(nodes: T[], active: string | undefined, near: Set<string>): T[] {
  return nodes.filter((n) => n.slug === active || near.has(n.slug) || (!active && n.labelled));
}
