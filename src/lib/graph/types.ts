import type { Kind } from '../../schema.ts';

/**
 * The shape of `/graph.json`, shared by the build-time endpoint and the browser islands.
 * Type-only imports here, so an island importing this file ships no schema code.
 */

/** One wiki page in the graph, placed by the build-time force layout. */
export interface GraphNode {
  /** `systems/aws-ebs`; the page lives at `/${slug}/`. */
  slug: string;
  title: string;
  kind: Kind;
  /** The page's one-sentence summary, shown on hover and focus. */
  summary: string;
  tags: string[];
  /** How many wiki pages link here: the length of the page's "Referenced by" list. */
  inbound: number;
  /** Settled layout position in graph units (centred on 0,0). */
  x: number;
  y: number;
}

/** A link from one page to another, at most one per ordered pair. */
export interface GraphEdge {
  source: string;
  target: string;
}

/** A kind as the graph's legend and filters show it, in the wiki's kind order. */
export interface GraphKind {
  kind: Kind;
  one: string;
  many: string;
  count: number;
}

/** The whole of `/graph.json`. */
export interface GraphData {
  kinds: GraphKind[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A node as drawn: position, radius and where its label goes. */
export interface PlacedNode extends GraphNode {
  r: number;
  /** Whether the label is drawn without hover; hovered nodes and their neighbours always get one. */
  labelled: boolean;
  /** Which side of the node its label sits on. */
  side: 'left' | 'right';
}
