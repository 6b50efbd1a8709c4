import type { PlacedNode } from '../lib/graph/types.ts';
import type { Transform } from '../lib/graph/view.ts';
import { tipPlace } from '../lib/graph/geometry.ts';

export interface GraphTipProps {
  /** The id the hovered or focused node's `aria-describedby` points to. */
  id: string;
  node: PlacedNode;
  /** The kind's singular label, such as "System". */
  kind: string | undefined;
  t: Transform;
  size: { w: number; h: number };
}

/** The card beside the node under the pointer or focus: kind, title, summary and inbound links. */
export default function GraphTip({ id, node, kind, t, size }: GraphTipProps) {
  // Preact sets a style object through the CSSOM (element.style, numbers as px), which the CSP's
  // style-src does not govern; only the position is set here, the look is in graph.css.
  return (
    <div id={id} class="graph-tip" role="tooltip" style={tipPlace(node, t, size)}>
      <span class="graph-tip-kind">{kind}</span>
      <strong>{node.title}</strong>
      {node.summary && <span class="graph-tip-summary">{node.summary}</span>}
      <span class="graph-tip-count">
        {node.inbound} {node.inbound === 1 ? 'page links' : 'pages link'} here
      </span>
    </div>
  );
}
