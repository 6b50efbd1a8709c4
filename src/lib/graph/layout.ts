import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { nodeRadius } from './view.ts';

/**
 * Build-time force layout. Running d3-force once per build, in Node, means the browser only
 * draws a settled layout: no simulation on the reader's main thread, no motion to reduce,
 * and the same picture every time (d3-force seeds its own initial placement, no Math.random).
 */

interface LayoutNode extends SimulationNodeDatum {
  slug: string;
  inbound: number;
}

/** Settled positions, the number of ticks it took and how long that was. */
export interface Settled {
  positions: Map<string, { x: number; y: number }>;
  ticks: number;
  ms: number;
}

/** Runs the simulation to rest (alpha below alphaMin) and returns positions rounded to 0.1. */
export function settle(
  nodes: { slug: string; inbound: number }[],
  edges: { source: string; target: string }[],
): Settled {
  const started = performance.now();
  const sim = forceSimulation<LayoutNode>(nodes.map((n) => ({ slug: n.slug, inbound: n.inbound })))
    .force(
      'link',
      forceLink<LayoutNode, { source: string; target: string }>(edges.map((e) => ({ ...e })))
        .id((n) => n.slug)
        .distance(60)
        .strength(0.08),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-140).distanceMax(600))
    .force(
      'collide',
      forceCollide<LayoutNode>((n) => nodeRadius(n.inbound) + 3),
    )
    // Weak pulls to the centre keep pages with few links from drifting off the edge.
    .force('x', forceX<LayoutNode>(0).strength(0.06))
    .force('y', forceY<LayoutNode>(0).strength(0.06))
    .stop();
  // d3's default cooling takes 300 ticks; big wikis cool faster (down to 80 ticks) so the build's
  // layout cost grows about linearly with the page count instead of 300 × n log n.
  const target = nodes.length <= 600 ? 300 : Math.max(80, Math.round((300 * 600) / nodes.length));
  sim.alphaDecay(1 - Math.pow(sim.alphaMin(), 1 / target));
  let ticks = 0;
  while (sim.alpha() >= sim.alphaMin()) {
    sim.tick();
    ticks++;
  }
  const positions = new Map(sim.nodes().map((n) => [n.slug, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
  return { positions, ticks, ms: performance.now() - started };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
