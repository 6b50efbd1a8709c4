import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Kind } from '../schema.ts';
import type { GraphData, PlacedNode } from '../lib/graph/types.ts';
import { adjacency, filterGraph, findNode, nodeRadius } from '../lib/graph/view.ts';
import { loadGraph } from '../lib/graph/load.ts';
import GraphSvg from './GraphSvg.tsx';
import GraphNeighbours from './GraphNeighbours.tsx';

/** How many of the most linked-to pages keep their label when nothing is hovered. */
const LABELLED = 14;

/** `/graph/`: the whole wiki, with kind and tag filters, search and the selected page's links as lists. */
export default function GraphExplorer() {
  const [data, setData] = useState<GraphData | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    loadGraph().then(setData, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p role="alert">The graph could not be loaded: {error}</p>;
  if (!data) return <p class="graph-loading">Loading the graph…</p>;
  return <Explorer data={data} />;
}

function Explorer({ data }: { data: GraphData }) {
  const [kinds, setKinds] = useState<Set<Kind>>(() => new Set(data.kinds.map((k) => k.kind)));
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const [centre, setCentre] = useState<{ slug: string; seq: number } | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  // The page whose links are listed below the drawing: the last one hovered, focused or found.
  const [listed, setListed] = useState<string | undefined>();
  const [message, setMessage] = useState('');

  const adj = useMemo(() => adjacency(data.edges), [data]);
  const tags = useMemo(() => [...new Set(data.nodes.flatMap((n) => n.tags))].sort(), [data]);
  const shown = useMemo(() => {
    const { nodes, edges } = filterGraph(data, kinds, tag);
    const cut = [...nodes].sort((a, b) => b.inbound - a.inbound)[Math.min(LABELLED, nodes.length) - 1]?.inbound ?? 0;
    const placed: PlacedNode[] = nodes.map((n) => ({
      ...n,
      r: nodeRadius(n.inbound),
      labelled: n.inbound >= cut && n.inbound > 0,
      side: 'right',
    }));
    return { nodes: placed, edges, adj: adjacency(edges) };
  }, [data, kinds, tag]);

  const toggle = (k: Kind) => {
    const next = new Set(kinds);
    if (!next.delete(k)) next.add(k);
    setKinds(next);
  };
  const find = (e: Event) => {
    e.preventDefault();
    const hit = findNode(shown.nodes, query);
    if (!hit) {
      setMessage(findNode(data.nodes, query) ? `“${query}” is hidden by the filters.` : `No page matches “${query}”.`);
      return;
    }
    setSelected(hit.slug);
    setListed(hit.slug);
    setCentre({ slug: hit.slug, seq: (centre?.seq ?? 0) + 1 });
    setMessage(`Centred on ${hit.title}.`);
  };
  const fitKey = `${[...kinds].join()}|${tag}`;

  return (
    <div class="graph-explorer">
      <div class="graph-controls">
        <fieldset class="graph-kinds">
          <legend>Kinds</legend>
          {data.kinds.map((k) => (
            <label key={k.kind}>
              <input type="checkbox" checked={kinds.has(k.kind)} onChange={() => toggle(k.kind)} />
              <span class={`graph-swatch graph-kind-${k.kind}`} aria-hidden="true" />
              {k.many} <span class="graph-count">({k.count})</span>
            </label>
          ))}
        </fieldset>
        <div class="graph-filters">
          <label>
            Tag
            <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <form role="search" onSubmit={find}>
            <label>
              Find a page
              <input
                type="search"
                list="graph-titles"
                value={query}
                onInput={(e) => setQuery(e.currentTarget.value)}
                placeholder="e.g. Amazon S3"
              />
            </label>
            <datalist id="graph-titles">
              {shown.nodes.map((n) => (
                <option key={n.slug} value={n.title} />
              ))}
            </datalist>
            <button type="submit">Find</button>
          </form>
        </div>
      </div>
      <p class="graph-status" aria-live="polite">
        {shown.nodes.length} of {data.nodes.length} pages, {shown.edges.length} links. {message}
      </p>
      <GraphSvg
        nodes={shown.nodes}
        edges={shown.edges}
        adj={shown.adj}
        kinds={data.kinds}
        label={`Link graph of the wiki: ${shown.nodes.length} pages`}
        fitKey={fitKey}
        centre={centre}
        selected={selected}
        onActive={(s) => s && setListed(s)}
      />
      {listed && <GraphNeighbours data={data} adj={adj} slug={listed} />}
    </div>
  );
}
