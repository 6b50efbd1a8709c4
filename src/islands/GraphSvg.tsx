import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GraphEdge, GraphKind, PlacedNode } from '../lib/graph/types.ts';
import { KIND_COLOURS, centreOn, fitTransform, panBy, zoomAround, type Neighbours, type Transform } from '../lib/graph/view.ts';

/**
 * The drawing both graph islands share: an SVG of focusable page links with zoom and pan by
 * wheel, drag, pinch, buttons and keys. It renders; the layout arrives already computed.
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

const KEY_PAN = 60;
const DRAG_THRESHOLD = 4;
/** Nodes added per frame while the graph is first drawn: at least this many, and at most three frames in all (each frame re-renders the nodes drawn so far). */
const NODES_PER_FRAME = 60;
const DRAW_FRAMES = 3;

export default function GraphSvg(props: GraphSvgProps) {
  const { nodes, edges, adj, kinds, label, fitKey, centre, selected, onActive, arrows = false, labelRoom = 0 } = props;
  const uid = useId();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [t, setT] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const [animate, setAnimate] = useState(false);
  const [hover, setHover] = useState<string | undefined>();
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragged = useRef(false);
  const downAt = useRef<{ x: number; y: number } | undefined>();

  // The first drawing is spread over frames (links, then nodes a chunk at a time, then labels), so
  // no single task draws the whole graph: the page stays responsive however many nodes there are.
  const [drawn, setDrawn] = useState(0);
  const shown = Math.min(drawn, nodes.length);
  const drawing = size.w > 0 && shown < nodes.length;
  useEffect(() => {
    if (!drawing) return;
    const frame = requestAnimationFrame(() => setDrawn(shown + Math.max(NODES_PER_FRAME, Math.ceil(nodes.length / DRAW_FRAMES))));
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
      const w = el.clientWidth, h = el.clientHeight;
      setSize((cur) => (cur.w === w && cur.h === h ? cur : { w, h }));
      if (w > 0 && fitted.current !== fitKey) {
        fitted.current = fitKey;
        setAnimate(false);
        setT(fitTransform(nodes, w, h, 24, room(w)));
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
    if (!n || size.w === 0) return;
    setAnimate(true);
    setT((cur) => centreOn(cur, n, size.w, size.h));
  }, [centre?.seq]);

  // On a phone the drawing needs the width more than the labels do; they are cut shorter instead.
  const room = (w: number) => Math.min(160, w * (w < 500 ? labelRoom / 2.5 : labelRoom));
  // Labels longer than the room beside the drawing are cut, the full title being in the tooltip and name.
  const maxChars = Math.max(10, Math.floor((labelRoom ? room(size.w) : 260) / 6.5));

  const setActive = (slug: string | undefined) => {
    setHover(slug);
    onActive?.(slug);
  };

  const local = (e: { clientX: number; clientY: number }) => {
    const r = box.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const move = (next: Transform | ((cur: Transform) => Transform), smooth = false) => {
    setAnimate(smooth);
    setT(next);
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const p = local(e);
    // Trackpads send many small deltas, mice a few large ones; both map to a smooth factor.
    const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015));
    move((cur) => zoomAround(cur, factor, p.x, p.y));
  };
  const onPointerDown = (e: PointerEvent) => {
    pointers.current.set(e.pointerId, local(e));
    dragged.current = false;
    downAt.current = local(e);
  };
  const onPointerMove = (e: PointerEvent) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    const start = downAt.current ?? p;
    if (!dragged.current && Math.hypot(p.x - start.x, p.y - start.y) < DRAG_THRESHOLD) return;
    if (!dragged.current) {
      dragged.current = true;
      // Capture only once a drag starts, so a plain click still reaches the node's link.
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    }
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.entries()];
      const other = a![0] === e.pointerId ? b![1] : a![1];
      const before = Math.hypot(prev.x - other.x, prev.y - other.y);
      const after = Math.hypot(p.x - other.x, p.y - other.y);
      const mid = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
      move((cur) => panBy(zoomAround(cur, before > 0 ? after / before : 1, mid.x, mid.y), (p.x - prev.x) / 2, (p.y - prev.y) / 2));
    } else {
      move((cur) => panBy(cur, p.x - prev.x, p.y - prev.y));
    }
    pointers.current.set(e.pointerId, p);
  };
  const onPointerUp = (e: PointerEvent) => {
    pointers.current.delete(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const c = { x: size.w / 2, y: size.h / 2 };
    const step: Record<string, () => Transform> = {
      ArrowLeft: () => panBy(t, KEY_PAN, 0),
      ArrowRight: () => panBy(t, -KEY_PAN, 0),
      ArrowUp: () => panBy(t, 0, KEY_PAN),
      ArrowDown: () => panBy(t, 0, -KEY_PAN),
      '+': () => zoomAround(t, 1.25, c.x, c.y),
      '=': () => zoomAround(t, 1.25, c.x, c.y),
      '-': () => zoomAround(t, 0.8, c.x, c.y),
      '0': () => fitTransform(nodes, size.w, size.h, 24, room(size.w)),
    };
    const f = step[e.key];
    if (!f) return;
    e.preventDefault();
    move(f(), true);
  };

  // Thousands of links drawn as one path: one DOM element to create, style and hit-test instead of
  // thousands, built once per data change and skipped by Preact while zooming and hovering.
  const edgeLayer = useMemo(() => <path class="graph-edges" aria-hidden="true" d={edgePath(edges, bySlug)} />, [edges, bySlug]);

  // One set of listeners for all nodes; the layer re-renders on hover, never on zoom or pan.
  const slugOf = (e: Event) => ((e.target as Element).closest('a[data-slug]') as HTMLElement | null)?.dataset['slug'];
  const nodeLayer = useMemo(
    () => (
      <g
        class="graph-nodes"
        onMouseOver={(e) => setActive(slugOf(e))}
        onMouseOut={(e) => !(e.relatedTarget as Element | null)?.closest?.('.graph-nodes a') && setActive(undefined)}
        onFocusIn={(e) => setActive(slugOf(e))}
        onFocusOut={() => setActive(undefined)}
        // A click ending a drag is not a choice; Enter (detail 0) always is, even right after a drag.
        onClick={(e) => dragged.current && e.detail > 0 && e.preventDefault()}
      >
        {(shown < nodes.length ? nodes.slice(0, shown) : nodes).map((n) => (
          <a
            key={n.slug}
            href={`/${n.slug}/`}
            data-slug={n.slug}
            class={n.slug === active ? 'active' : near.has(n.slug) ? 'near' : undefined}
            aria-label={`${n.title} (${one.get(n.kind) ?? n.kind})`}
            aria-describedby={n.slug === hover ? `${uid}-tip` : undefined}
          >
            <circle cx={n.x} cy={n.y} r={n.r} style={{ fill: KIND_COLOURS[n.kind] }} />
          </a>
        ))}
      </g>
    ),
    [nodes, shown, active, hover, near, one],
  );

  // The tooltip follows the pointer or focus only; a persistent selection has the lists below instead.
  const tipNode = hover ? bySlug.get(hover) : undefined;
  const font = 12 / t.k;

  return (
    <div class="graph-frame not-content">
      <div ref={box} class="graph-box">
        {size.w > 0 && (
          <svg
            class={`graph-svg${active ? ' has-active' : ''}`}
            width={size.w}
            height={size.h}
            viewBox={`0 0 ${size.w} ${size.h}`}
            role="group"
            aria-label={label}
            aria-busy={drawing}
            aria-describedby={`${uid}-keys`}
            tabindex={0}
            onWheel={onWheel}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onKeyDown={onKeyDown}
          >
            {arrows && (
              <defs>
                <marker id={`${uid}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" class="graph-arrowhead" />
                </marker>
              </defs>
            )}
            <g class={`graph-viewport${animate ? ' animate' : ''}`} style={{ transform: `translate(${t.x}px, ${t.y}px) scale(${t.k})` }}>
              {edgeLayer}
              {active && (
                <g class="graph-edges-active" aria-hidden="true">
                  {edges
                    .filter((e) => e.source === active || e.target === active)
                    .map((e) => {
                      const s = bySlug.get(e.source)!, d = bySlug.get(e.target)!;
                      const back = trimmed(s, d);
                      return <line key={`${e.source}>${e.target}`} x1={s.x} y1={s.y} x2={back.x} y2={back.y} marker-end={arrows ? `url(#${uid}-arrow)` : undefined} />;
                    })}
                </g>
              )}
              {nodeLayer}
              <g class="graph-labels" aria-hidden="true" style={{ fontSize: `${font}px` }}>
                {!drawing && nodes
                  .filter((n) => n.slug === active || near.has(n.slug) || (!active && n.labelled))
                  .map((n) => (
                    <text key={n.slug} x={n.side === 'left' ? n.x - n.r - 3 / t.k : n.x + n.r + 3 / t.k} y={n.y + font * 0.35} text-anchor={n.side === 'left' ? 'end' : 'start'} class={n.slug === active ? 'active' : undefined}>
                      {clip(n.title, maxChars)}
                    </text>
                  ))}
              </g>
            </g>
          </svg>
        )}
        {tipNode && size.w > 0 && (
          <div
            id={`${uid}-tip`}
            class="graph-tip"
            role="tooltip"
            style={tipStyle(tipNode, t, size)}
          >
            <span class="graph-tip-kind">{one.get(tipNode.kind)}</span>
            <strong>{tipNode.title}</strong>
            {tipNode.summary && <span class="graph-tip-summary">{tipNode.summary}</span>}
            <span class="graph-tip-count">
              {tipNode.inbound} {tipNode.inbound === 1 ? 'page links' : 'pages link'} here
            </span>
          </div>
        )}
        <div class="graph-zoom">
          <button type="button" aria-label="Zoom in" onClick={() => move(zoomAround(t, 1.4, size.w / 2, size.h / 2), true)}>+</button>
          <button type="button" aria-label="Zoom out" onClick={() => move(zoomAround(t, 1 / 1.4, size.w / 2, size.h / 2), true)}>−</button>
          <button type="button" aria-label="Show the whole graph" onClick={() => move(fitTransform(nodes, size.w, size.h, 24, room(size.w)), true)}>⤢</button>
        </div>
      </div>
      <p id={`${uid}-keys`} class="graph-keys">
        Drag or use the arrow keys to pan; wheel, pinch or + and − to zoom; 0 shows everything. Tab moves between pages, Enter opens one.
      </p>
      <style>{CSS}</style>
    </div>
  );
}

/** A title cut to `max` characters with an ellipsis. */
function clip(title: string, max: number): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

/** Every link as one SVG path of straight segments. */
function edgePath(edges: GraphEdge[], bySlug: Map<string, PlacedNode>): string {
  let d = '';
  for (const e of edges) {
    const s = bySlug.get(e.source), t = bySlug.get(e.target);
    if (s && t) d += `M${s.x} ${s.y}L${t.x} ${t.y}`;
  }
  return d;
}

/** Ends a link line at the target's rim so its arrowhead stays visible. */
function trimmed(s: PlacedNode, d: PlacedNode): { x: number; y: number } {
  const dx = d.x - s.x, dy = d.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: d.x - (dx / len) * (d.r + 1), y: d.y - (dy / len) * (d.r + 1) };
}

/** Puts the tooltip under a node in the top half of the frame and over one in the bottom half. */
function tipStyle(n: PlacedNode, t: Transform, size: { w: number; h: number }): Record<string, string> {
  const x = clampTip(n.x * t.k + t.x, size.w);
  const y = n.y * t.k + t.y;
  const gap = n.r * t.k + 8;
  return y < size.h / 2 ? { left: `${x}px`, top: `${y + gap}px` } : { left: `${x}px`, bottom: `${size.h - y + gap}px` };
}

/** Keeps the tooltip's centre far enough from the edges that it stays inside the frame. */
function clampTip(x: number, width: number): number {
  const half = Math.min(140, width / 2);
  return Math.min(width - half, Math.max(half, x));
}

/* Shipped with the island, so pages that never open a graph carry none of it. */
const CSS = `
.graph-frame { margin-block: 1rem; }
.graph-box { position: relative; contain: strict; height: min(var(--graph-height, 640px), 70vh, 115vw); border: 1px solid var(--sl-color-gray-5); border-radius: 0.5rem; background: var(--sl-color-bg); overflow: hidden; }
.graph-svg { display: block; touch-action: none; cursor: grab; user-select: none; }
.graph-svg:active { cursor: grabbing; }
.graph-svg:focus-visible { outline: 2px solid var(--sl-color-accent); outline-offset: -2px; }
.graph-edges { fill: none; stroke: var(--sl-color-gray-4); stroke-opacity: 0.45; stroke-width: 0.75; vector-effect: non-scaling-stroke; pointer-events: none; }
.has-active .graph-edges { stroke-opacity: 0.12; }
.graph-edges-active line { stroke: var(--sl-color-accent); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
.graph-arrowhead { fill: var(--sl-color-accent); }
.graph-nodes circle { stroke: var(--sl-color-bg); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
.graph-nodes a { cursor: pointer; outline: none; }
.has-active .graph-nodes a:not(.active):not(.near) circle { opacity: 0.25; }
.graph-nodes a.active circle, .graph-nodes a:focus-visible circle { stroke: var(--sl-color-white); stroke-width: 3; }
.graph-labels text { fill: var(--sl-color-white); paint-order: stroke; stroke: var(--sl-color-bg); stroke-width: 3px; stroke-linejoin: round; vector-effect: non-scaling-stroke; pointer-events: none; }
.graph-labels text.active { font-weight: 700; }
.graph-tip { position: absolute; transform: translateX(-50%); max-width: min(280px, 90%); padding: 0.5rem 0.75rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.5rem; background: var(--sl-color-bg-nav); color: var(--sl-color-white); box-shadow: var(--sl-shadow-md); font-size: var(--sl-text-sm); line-height: 1.4; pointer-events: none; display: grid; gap: 0.15rem; z-index: 2; }
.graph-tip-kind { font-size: var(--sl-text-xs); text-transform: uppercase; letter-spacing: 0.04em; color: var(--sl-color-text-accent); }
.graph-tip-summary, .graph-tip-count { color: var(--sl-color-gray-2); }
.graph-tip-count { font-size: var(--sl-text-xs); }
.graph-zoom { position: absolute; right: 0.5rem; bottom: 0.5rem; display: flex; gap: 0.25rem; }
.graph-zoom button { min-width: 2.25rem; min-height: 2.25rem; font-size: 1.1rem; border: 1px solid var(--sl-color-gray-5); border-radius: 0.375rem; background: var(--sl-color-bg-nav); color: var(--sl-color-white); cursor: pointer; }
.graph-zoom button:hover { border-color: var(--sl-color-accent); }
.graph-zoom button:focus-visible { outline: 2px solid var(--sl-color-accent); outline-offset: 1px; }
.graph-keys { margin: 0.5rem 0 0; font-size: var(--sl-text-xs); color: var(--sl-color-gray-2); }
@media (prefers-reduced-motion: no-preference) { .graph-viewport.animate { transition: transform 300ms ease-out; } }
`;
