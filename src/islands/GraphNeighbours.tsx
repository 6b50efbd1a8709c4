import type { GraphData } from '../lib/graph/types.ts';
import type { Neighbours } from '../lib/graph/view.ts';

/**
 * The text alternative to a drawing: one page, the pages it links to and the pages linking to it,
 * as lists. Styled by graph.css, which the GraphSvg always drawn beside it brings.
 */
export default function GraphNeighbours({
  data,
  adj,
  slug,
  withPage = true,
}: {
  data: GraphData;
  adj: Map<string, Neighbours>;
  slug: string;
  withPage?: boolean;
}) {
  const bySlug = new Map(data.nodes.map((n) => [n.slug, n]));
  const page = bySlug.get(slug);
  if (!page) return null;
  const one = new Map(data.kinds.map((k) => [k.kind, k.one]));
  const n = adj.get(slug) ?? { out: [], in: [] };
  const list = (title: string, slugs: string[]) => {
    const pages = slugs
      .map((s) => bySlug.get(s)!)
      .filter(Boolean)
      .sort((a, b) => a.title.localeCompare(b.title));
    return (
      <div>
        <h2>
          {title} ({pages.length})
        </h2>
        {pages.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul>
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={`/${p.slug}/`}>{p.title}</a> <span class="graph-count">{one.get(p.kind)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <section class="graph-neighbours" aria-label={`Links of ${page.title}`} data-testid="graph-neighbours">
      {withPage && (
        <p>
          <a href={`/${page.slug}/`}>
            <strong>{page.title}</strong>
          </a>{' '}
          <span class="graph-count">{one.get(page.kind)}</span>
          {page.summary && <span class="graph-neighbours-summary">{page.summary}</span>}
        </p>
      )}
      <div class="graph-neighbours-lists">
        {list('Links to', n.out)}
        {list('Linked from', n.in)}
      </div>
    </section>
  );
}
