import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/schema.ts';
import type { PlacedNode } from '../../src/lib/graph/types.ts';
import { centreOn, fitTransform, type Transform } from '../../src/lib/graph/view.ts';
import {
  clip,
  edgePath,
  labelAt,
  labelChars,
  labelRoom,
  labelledNodes,
  rimPoint,
  tipPlace,
} from '../../src/lib/graph/geometry.ts';

const node = (slug: string, x: number, y: number, r = 5, labelled = false): PlacedNode => ({
  slug,
  title: slug,
  kind: 'concept',
  summary: '',
  tags: [],
  inbound: 0,
  x,
  y,
  r,
  labelled,
  side: 'right',
});
const screen = (p: { x: number; y: number }, t: Transform) => ({ x: p.x * t.k + t.x, y: p.y * t.k + t.y });

describe('graph geometry', () => {
  it('clips long titles to the limit with an ellipsis and leaves short ones alone', () => {
    expect(clip('Amazon S3', 20)).toBe('Amazon S3');
    expect(clip('Amazon Simple Storage Service', 10)).toBe('Amazon Si…');
    expect(clip('Amazon Simple Storage Service', 10)).toHaveLength(10);
    // No space is left before the ellipsis.
    expect(clip('Amazon Simple', 8)).toBe('Amazon…');
  });

  it('draws every link whose ends are known as one move-and-line segment', () => {
    const at = new Map([
      ['a', { x: 0, y: 1 }],
      ['b', { x: 2.5, y: -3 }],
    ]);
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'gone' },
      { source: 'b', target: 'a' },
    ];
    expect(edgePath(edges, at)).toBe('M0 1L2.5 -3M2.5 -3L0 1');
  });

  it('ends a link one unit outside the target’s rim, on the line from the source', () => {
    const end = rimPoint({ x: 0, y: 0 }, { x: 30, y: 40, r: 9 });
    expect(Math.hypot(end.x - 30, end.y - 40)).toBeCloseTo(10);
    expect(end.y / end.x).toBeCloseTo(40 / 30);
    // Two nodes in one place give a finite point rather than NaN.
    expect(Number.isFinite(rimPoint({ x: 1, y: 1 }, { x: 1, y: 1, r: 4 }).x)).toBe(true);
  });

  it('keeps less label room on a phone and never more than 160 px', () => {
    expect(labelRoom(800, 0.1)).toBe(80);
    expect(labelRoom(390, 0.25)).toBeCloseTo(39);
    expect(labelRoom(2000, 0.25)).toBe(160);
    expect(labelChars(undefined)).toBe(40);
    expect(labelChars(130)).toBe(20);
    expect(labelChars(10)).toBe(10);
  });

  it('puts a label 3 screen pixels beside its node at any zoom', () => {
    for (const k of [0.5, 1, 4]) {
      const right = labelAt({ x: 10, y: 0, r: 5, side: 'right' }, k);
      expect(right.anchor).toBe('start');
      expect((right.x - 15) * k).toBeCloseTo(3);
      const left = labelAt({ x: 10, y: 0, r: 5, side: 'left' }, k);
      expect(left.anchor).toBe('end');
      expect((5 - left.x) * k).toBeCloseTo(3);
    }
  });

  it('labels the active node and its neighbours, or the labelled ones when none is active', () => {
    const nodes = [node('a', 0, 0, 5, true), node('b', 1, 1), node('c', 2, 2), node('d', 3, 3, 5, true)];
    expect(labelledNodes(nodes, undefined, new Set()).map((n) => n.slug)).toEqual(['a', 'd']);
    expect(labelledNodes(nodes, 'b', new Set(['c'])).map((n) => n.slug)).toEqual(['b', 'c']);
  });

  it('places the tooltip clear of its node: below it in the top half, above it in the bottom half', () => {
    const size = { w: 600, h: 400 };
    const t = { k: 2, x: 100, y: 50 };
    const high = node('a', 100, 20, 5);
    const below = tipPlace(high, t, size);
    expect(below).toEqual({ left: 300, top: 90 + 10 + 8 });
    const low = node('b', 100, 120, 5);
    const above = tipPlace(low, t, size);
    expect(above).toEqual({ left: 300, bottom: 400 - 290 + 10 + 8 });
  });

  it('keeps the tooltip’s centre far enough from the sides for it to fit', () => {
    const t = { k: 1, x: 0, y: 0 };
    expect(tipPlace(node('a', -50, 10), t, { w: 600, h: 400 }).left).toBe(140);
    expect(tipPlace(node('a', 590, 10), t, { w: 600, h: 400 }).left).toBe(460);
    // A frame narrower than the tooltip centres it.
    expect(tipPlace(node('a', 10, 10), t, { w: 200, h: 400 }).left).toBe(100);
  });
});

describe('graph views', () => {
  it('fits every node inside the frame, clear of the padding and the label room', () => {
    const nodes = [node('a', -300, -20, 4), node('b', 250, 80, 10), node('c', 0, 300, 6)];
    const [w, h, pad, side] = [800, 500, 24, 100];
    const t = fitTransform(nodes, w, h, pad, side);
    for (const n of nodes) {
      const p = screen(n, t);
      expect(p.x - n.r * t.k).toBeGreaterThanOrEqual(pad + side - 1e-9);
      expect(p.x + n.r * t.k).toBeLessThanOrEqual(w - pad - side + 1e-9);
      expect(p.y - n.r * t.k).toBeGreaterThanOrEqual(pad - 1e-9);
      expect(p.y + n.r * t.k).toBeLessThanOrEqual(h - pad + 1e-9);
    }
  });

  it('zooms a tiny graph in no further than 2 and centres it', () => {
    const t = fitTransform([node('a', 10, 10, 1), node('b', 12, 10, 1)], 400, 300);
    expect(t.k).toBe(2);
    expect(screen({ x: 11, y: 10 }, t)).toEqual({ x: 200, y: 150 });
    expect(fitTransform([], 400, 300)).toEqual({ k: 1, x: 200, y: 150 });
  });

  it('centres a point, zooming in to at least 1.5 but never out', () => {
    const p = { x: 70, y: -40 };
    const t = centreOn({ k: 1, x: 5, y: 5 }, p, 600, 400);
    expect(t.k).toBe(1.5);
    expect(screen(p, t)).toEqual({ x: 300, y: 200 });
    expect(centreOn({ k: 3, x: 0, y: 0 }, p, 600, 400).k).toBe(3);
  });
});

describe('graph styles', () => {
  const css = readFileSync(new URL('../../src/styles/graph.css', import.meta.url), 'utf-8');
  it('give every kind of page a colour', () => {
    for (const kind of KINDS) {
      expect(css).toMatch(new RegExp(`\\.graph-kind-${kind} \\{\\s*--kind-colour: var\\(--sl-color-`));
    }
  });
});
