import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GraphData } from '../lib/graph/types.ts';
import { adjacency } from '../lib/graph/view.ts';
import { neighbourhood } from '../lib/graph/local.ts';
import { loadGraph } from '../lib/graph/load.ts';
import GraphSvg from './GraphSvg.tsx';
import GraphNeighbours from './GraphNeighbours.tsx';

/** The local graph of one wiki page: the page, what it links to and what links to it, optionally one step further. */
export default function GraphLocal({ slug }: { slug: string }) {
  const [data, setData] = useState<GraphData | undefined>();
  const [error, setError] = useState('');
  const [depth, setDepth] = useState<1 | 2>(1);
  useEffect(() => {
    loadGraph().then(setData, (e: Error) => setError(e.message));
  }, []);
  const adj = useMemo(() => adjacency(data?.edges ?? []), [data]);
  const hood = useMemo(() => (data ? neighbourhood(data, adj, slug, depth) : undefined), [data, adj, slug, depth]);
  const localAdj = useMemo(() => adjacency(hood?.edges ?? []), [hood]);
  if (error) return <p role="alert">The graph could not be loaded: {error}</p>;
  if (!data || !hood) return <p>Loading the graph…</p>;
  const title = data.nodes.find((n) => n.slug === slug)?.title ?? slug;
  return (
    <div class="graph-local" data-testid="local-graph">
      <label class="graph-depth">
        <input type="checkbox" checked={depth === 2} onChange={(e) => setDepth(e.currentTarget.checked ? 2 : 1)} /> Show
        pages two links away (depth 2)
      </label>
      <GraphSvg
        nodes={hood.nodes}
        edges={hood.edges}
        adj={localAdj}
        kinds={data.kinds}
        label={`Links of ${title}: ${hood.nodes.length - 1} pages within ${depth === 1 ? 'one link' : 'two links'}`}
        fitKey={String(depth)}
        selected={slug}
        arrows
        labelRoom={0.25}
      />
      <GraphNeighbours data={data} adj={adj} slug={slug} withPage={false} />
    </div>
  );
}
