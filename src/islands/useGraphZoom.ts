import { useMemo, useRef, useState } from 'preact/hooks';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type Transform } from '../lib/graph/view.ts';

/** Screen pixels an arrow key pans by. */
const KEY_PAN = 60;
/** Zoom factors of the + and − keys and of the zoom buttons. */
const KEY_ZOOM = 1.25;
const BUTTON_ZOOM = 1.4;

export interface GraphZoom {
  /** The view transform to draw with. */
  t: Transform;
  /** Whether the view may glide to `t` (keys, buttons, search, double-click) rather than follow a gesture. */
  animate: boolean;
  /** Ref for the drawing's `<svg>`: d3-zoom listens there for wheel, drag, pinch and double-click. */
  ref: (svg: SVGSVGElement | null) => void;
  /** Moves the view to `next`; `glide` lets the CSS transition animate it, reduced motion permitting. */
  go: (next: Transform, glide?: boolean) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** Arrow keys pan, + and − zoom, 0 calls `fit`; other keys are left alone. */
  onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * Pan and zoom through d3-zoom, mirrored into Preact state. d3-zoom keeps the transform on the
 * element, so every move, gesture or not, goes through it and the two never disagree.
 * `fit` is the transform that shows every node; it is read when 0 is pressed.
 */
export function useGraphZoom(fit: () => Transform): GraphZoom {
  const [t, setT] = useState<Transform>({ k: 1, x: 0, y: 0 });
  const [animate, setAnimate] = useState(false);
  const fitNow = useRef(fit);
  fitNow.current = fit;

  const api = useMemo(() => {
    let svg: Selection<SVGSVGElement, unknown, null, undefined> | undefined;
    let latest: Transform = { k: 1, x: 0, y: 0 };
    let glideNext = false;
    const show = (next: Transform, glide: boolean) => {
      latest = next;
      setAnimate(glide);
      setT((cur) => (cur.k === next.k && cur.x === next.x && cur.y === next.y ? cur : next));
    };
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      // A press that moves less than this is still a click, so it opens the page under it.
      .clickDistance(4)
      // Double-click jumps and the CSS transition glides, so reduced motion is honoured in one place.
      .duration(0)
      .on('zoom', ({ transform: { k, x, y }, sourceEvent }: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const source = sourceEvent as Event | null;
        show({ k, x, y }, source ? source.type === 'dblclick' : glideNext);
      });
    const go = (next: Transform, glide = false) => {
      glideNext = glide;
      if (svg) behaviour.transform(svg, zoomIdentity.translate(next.x, next.y).scale(next.k));
      else show(next, glide);
    };
    const zoomBy = (factor: number) => {
      glideNext = true;
      if (svg) behaviour.scaleBy(svg, factor);
    };
    const panBy = (dx: number, dy: number) => {
      glideNext = true;
      if (svg) behaviour.translateBy(svg, dx / zoomTransform(svg.node()!).k, dy / zoomTransform(svg.node()!).k);
    };
    const keys: Record<string, () => void> = {
      ArrowLeft: () => panBy(KEY_PAN, 0),
      ArrowRight: () => panBy(-KEY_PAN, 0),
      ArrowUp: () => panBy(0, KEY_PAN),
      ArrowDown: () => panBy(0, -KEY_PAN),
      '+': () => zoomBy(KEY_ZOOM),
      '=': () => zoomBy(KEY_ZOOM),
      '-': () => zoomBy(1 / KEY_ZOOM),
      '0': () => go(fitNow.current(), true),
    };
    return {
      // The <svg> is drawn only once the frame has a size, and again if it is hidden and shown:
      // a new element starts from the view the old one had.
      ref: (el: SVGSVGElement | null) => {
        svg?.on('.zoom', null);
        svg = el ? select(el).call(behaviour) : undefined;
        if (svg) go(latest);
      },
      go,
      zoomIn: () => zoomBy(BUTTON_ZOOM),
      zoomOut: () => zoomBy(1 / BUTTON_ZOOM),
      onKeyDown: (e: KeyboardEvent) => {
        const key = keys[e.key];
        if (!key || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        key();
      },
    };
  }, []);
  return { t, animate, ...api };
}
