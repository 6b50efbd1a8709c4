import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GraphEdge, GraphKind, PlacedNode } from '../lib/graph/types.ts';
import { centreOn, fitTransform, type Neighbours } from '../lib/graph/view.ts';
import { clip, edgePath, labelAt, labelChars, labelRoom, labelledNodes, rimPoint } from '../lib/graph/geometry.ts';
import { useGraphZoom } from './useGraphZoom.ts';
import GraphTip from './GraphTip.tsx';
// As text, so the styles arrive with the island: a plain import makes Astro inline them into every
// page that has a local graph, i.e. every wiki page, opened or not.
import css from '../styles/graph.css?inline';

/**
 * The drawing both graph islands share: an SVG of focusable page links with zoom and pan by
 * wheel, drag, pinch, double-click, buttons and keys. It renders; the layout arrives already computed.
 */
export interface GraphSvgProps {
  nodes: PlacedNode[];
  edges: GraphEdge[];
  adj: Map<string, Neighbours>;
  kinds: GraphKind[];
  /** Accessible name of the drawing. */
  label: string;
  /** Changes when the view should fit all nodes again (new filter, new depth). */
  fitKey: string;
  /** A request to centre a node; `seq` makes repeating the same request work. */
  centre?: { slug: string; seq: number } | undefined;
  /** A node highlighted until something else is (the search result, the current page). */
  selected?: string | undefined;
  /** Called with the node under the pointer or focus, and with undefined when it leaves. */
  onActive?: (slug: string | undefined) => void;
  /** Draw arrowheads on links (worth it for small graphs only). */
  arrows?: boolean;
  /** Screen pixels kept free left and right of the drawing for labels, at most this share of the width. */
  labelRoom?: number;
}

/**
 * Nodes added per frame while the graph is first drawn: at least this many, and at most three
 * frames in all (each frame re-renders the nodes drawn so far).
 */
const NODES_PER_FRAME = 60;
const DRAW_FRAMES = 3;
const PAD = 24;

export default function GraphSvg(props: GraphSvgProps) {
  const { nodes, edges, adj, kinds, label, fitKey, centre, selected, onActive, arrows = false } = props;
  const share = props.labelRoom ?? 0;
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [hover, setHover] = useState<string | undefined>();
  const fit = (w = size.w, h = size.h) => fitTransform(nodes, w, h, PAD, labelRoom(w, share));
  const zoom = useGraphZoom(fit);
  const t = zoom.t;

  // The first drawing is spread over frames (links, then nodes a chunk at a time, then labels), so
  // no single task draws the whole graph: the page stays responsive however many nodes there are.
  const [drawn, setDrawn] = useState(0);
  const shown = Math.min(drawn, nodes.length);
  const drawing = size.w > 0 && shown < nodes.length;
  useEffect(() => {
    if (!drawing) return;
    const step = Math.max(NODES_PER_FRAME, Math.ceil(nodes.length / DRAW_FRAMES));
    const frame = requestAnimationFrame(() => setDrawn(shown + step));
    return () => cancelAnimationFrame(frame);
  }, [drawing, shown, nodes.length]);

  const bySlug = useMemo(() => new Map(nodes.map((n) => [n.slug, n])), [nodes]);
  const one = useMemo(() => new Map(kinds.map((k) => [k.kind, k.one])), [kinds]);
  const active = hover ?? selected;
  const near = useMemo(() => {
    const n = active ? adj.get(active) : undefined;
    return new Set(n ? [...n.out, ...n.in] : []);
  }, [active, adj]);

  // Measure and fit in one update, so the first drawing is also the last one of the mount.
  const fitted = useRef('');
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth,
        h = el.clientHeight;
      setSize((cur) => (cur.w === w && cur.h === h ? cur : { w, h }));
      if (w > 0 && fitted.current !== fitKey) {
        fitted.current = fitKey;
        zoom.go(fit(w, h));
      }
    };
    // No synchronous first measure: the ResizeObserver's first call comes in the next frame, so
    // drawing the SVG is a task of its own rather than an extension of the controls' first render.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fitKey]);

  useEffect(() => {
    const n = centre && bySlug.get(centre.slug);
    if (n && size.w > 0) zoom.go(centreOn(t, n, size.w, size.h), true);
  }, [centre?.seq]);

  const setActive = (slug: string | undefined) => {
    setHover(slug);
    onActive?.(slug);
  };

  // Thousands of links drawn as one path: one DOM element to create, style and hit-test instead of
  // thousands, built once per data change and skipped by Preact while zooming and hovering.
  const edgeLayer = useMemo(
    () => <path class="graph-edges" aria-hidden="true" d={edgePath(edges, bySlug)} />,
    [edges, bySlug],
  );

  // One set of listeners for all nodes; the layer re-renders on hover, never on zoom or pan.
  // A click that ends a drag never reaches a link: d3-zoom swallows it.
  const slugOf = (e: Event) => (e.target as Element).closest<HTMLElement>('a[data-slug]')?.dataset['slug'];
  const leaves = (e: MouseEvent) => !(e.relatedTarget as Element | null)?.closest?.('.graph-nodes a');
  const nodeLayer = useMemo(
    () => (
      <g
        class="graph-nodes"
        onMouseOver={(e) => setActive(slugOf(e))}
        onMouseOut={(e) => leaves(e) && setActive(undefined)}
        onFocusIn={(e) => setActive(slugOf(e))}
        onFocusOut={() => setActive(undefined)}
      >
        {(shown < nodes.length ? nodes.slice(0, shown) : nodes).map((n) => (
          <a
            key={n.slug}
            href={`/${n.slug}/`}
            data-slug={n.slug}
            class={`graph-kind-${n.kind}${n.slug === active ? ' active' : near.has(n.slug) ? ' near' : ''}`}
            aria-label={`${n.title} (${one.get(n.kind) ?? n.kind})`}
            aria-describedby={n.slug === hover ? `${uid}-tip` : undefined}
          >
            <circle cx={n.x} cy={n.y} r={n.r} />
          </a>
        ))}
      </g>
    ),
    [nodes, shown, active, hover, near, one],
  );

  const activeEdges = active ? edges.filter((e) => e.source === active || e.target === active) : [];
  const maxChars = labelChars(share ? labelRoom(size.w, share) : undefined);
  // The tooltip follows the pointer or focus only; a persistent selection has the lists below instead.
  const tipNode = hover ? bySlug.get(hover) : undefined;

  return (
    <div class="graph-frame not-content">
      <div ref={box} class="graph-box">
        {size.w > 0 && (
          <svg
            ref={zoom.ref}
            class={`graph-svg${active ? ' has-active' : ''}`}
            width={size.w}
            height={size.h}
            viewBox={`0 0 ${size.w} ${size.h}`}
            role="group"
            aria-label={label}
            aria-busy={drawing}
            aria-describedby={`${uid}-keys`}
            tabindex={0}
            onKeyDown={zoom.onKeyDown}
          >
            {arrows && (
              <defs>
                <marker
                  id={`${uid}-arrow`}
                  viewBox="0 0 10 10"
                  refX="10"
                  refY="5"
                  markerWidth="6"
                  markerHeight="6"
                  orient="auto-start-reverse"
                >
                  <path d="M0,0 L10,5 L0,10 z" class="graph-arrowhead" />
                </marker>
              </defs>
            )}
            {/* The transform is set through the CSSOM (element.style), so the CSS transition can glide it. */}
            <g
              class={`graph-viewport${zoom.animate ? ' animate' : ''}`}
              style={{ transform: `translate(${t.x}px, ${t.y}px) scale(${t.k})` }}
            >
              {edgeLayer}
              {activeEdges.length > 0 && (
                <g class="graph-edges-active" aria-hidden="true">
                  {activeEdges.map((e) => {
                    const s = bySlug.get(e.source)!,
                      end = rimPoint(s, bySlug.get(e.target)!);
                    const marker = arrows ? `url(#${uid}-arrow)` : undefined;
                    const key = `${e.source}>${e.target}`;
                    return <line key={key} x1={s.x} y1={s.y} x2={end.x} y2={end.y} marker-end={marker} />;
                  })}
                </g>
              )}
              {nodeLayer}
              {/* 12 screen pixels at any zoom, as an SVG attribute rather than a style. */}
              <g class="graph-labels" aria-hidden="true" font-size={12 / t.k}>
                {!drawing &&
                  labelledNodes(nodes, active, near).map((n) => {
                    const at = labelAt(n, t.k);
                    return (
                      <text
                        key={n.slug}
                        x={at.x}
                        y={n.y}
                        dy="0.35em"
                        text-anchor={at.anchor}
                        class={n.slug === active ? 'active' : undefined}
                      >
                        {clip(n.title, maxChars)}
                      </text>
                    );
                  })}
              </g>
            </g>
          </svg>
        )}
        {tipNode && size.w > 0 && (
          <GraphTip id={`${uid}-tip`} node={tipNode} kind={one.get(tipNode.kind)} t={t} size={size} />
        )}
        <div class="graph-zoom">
          <button type="button" aria-label="Zoom in" onClick={zoom.zoomIn}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={zoom.zoomOut}>
            −
          </button>
          <button type="button" aria-label="Show the whole graph" onClick={() => zoom.go(fit(), true)}>
            ⤢
          </button>
        </div>
      </div>
      <p id={`${uid}-keys`} class="graph-keys">
        Drag or use the arrow keys to pan; wheel, pinch, double-click or + and − to zoom; 0 shows everything. Tab moves
        between pages, Enter opens one.
      </p>
      <style>{css}</style>
    </div>
  );
}
