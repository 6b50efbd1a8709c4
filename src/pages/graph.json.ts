import { getWiki } from '../lib/wiki/index.ts';
import { graphOf } from '../lib/graph/data.ts';

/**
 * `/graph.json`: every wiki page and link with its settled layout position, written once per
 * build from the link index that also renders "Referenced by". The /graph/ page and the local
 * graph on each wiki page fetch it; nothing else computes links.
 */
export function GET() {
  const { data, layout } = graphOf(getWiki());
  console.log(
    `graph.json: ${data.nodes.length} pages, ${data.edges.length} links; layout settled in ${layout.ticks} ticks, ${layout.ms.toFixed(0)} ms`,
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
}
