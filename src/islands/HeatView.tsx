import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { positionOf, speedAt } from '../lib/live/clock.ts';
import { framesOf, gridOf, heatStep, narrateHeat, STEPS, TOUCHED } from '../lib/live/heat.ts';
import { LiveControls, LiveFigure } from '../components/live/LiveControls.tsx';

interface Props {
  id: string;
  model: string;
  initial: Record<string, number | string>;
  /** What the picture shows, for screen readers. */
  description: string;
}

const SPEAK_EVERY_MS = 4000;
/** Room above each grid for its name, in CSS pixels. */
const TITLE = 20;

/**
 * The heat live view: the drive grids the run recorded (bucket-local and spread placement), second
 * by second, each drive coloured by its load and ringed while the hottest tenant's reads land on
 * it. Same controls as the other live views; the arithmetic is in src/lib/live/heat.ts.
 */
export default function HeatView({ id, model, initial, description }: Props) {
  const stores = simStores(id);
  const grids = useStore(stores.$heat);
  const canvas = useRef<HTMLCanvasElement>(null);
  const now = useRef(0);
  const frame = useRef(0);
  const spoke = useRef(0);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const colours = useRef<Colours | null>(null);
  const [playing, setPlaying] = useState(false);
  // One recorded second per real second to start with.
  const [speedPos, setSpeedPos] = useState(positionOf(1));
  const [time, setTime] = useState(0);
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const frames = grids ? framesOf(grids) : 0;

  useEffect(() => {
    if (!stores.$heat.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  const draw = () => {
    const c = canvas.current;
    const gs = stores.$heat.get();
    if (!c || !gs) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const width = c.clientWidth;
    // Side by side when there is room for two grids of at least 160 px, else one above the other.
    const across = width >= 2 * 160 + 24 ? gs.length : 1;
    const panel = Math.floor((width - 24 * (across - 1)) / across);
    const grid = gridOf(gs[0]!.cells, Math.min(panel, 420));
    const rows = Math.ceil(gs.length / across);
    const height = rows * (grid.height + TITLE) + (rows - 1) * 16;
    if (c.height !== Math.round(height * dpr) || c.width !== Math.round(width * dpr)) {
      c.style.height = `${height}px`;
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    colours.current ??= readColours(c);
    const { fill, hot, mark, text } = colours.current;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = '13px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    const f = Math.min(frames - 1, Math.floor(now.current));
    gs.forEach((h, g) => {
      const x0 = (g % across) * (panel + 24);
      const y0 = Math.floor(g / across) * (grid.height + TITLE + 16);
      ctx.fillStyle = text;
      ctx.fillText(h.label, x0, y0 + 2);
      const base = f * h.cells;
      const pitch = grid.cell + grid.gap;
      for (let i = 0; i < h.cells; i++) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        const load = h.load[base + i]!;
        // As the static heatmap: one colour, stronger with load; over capacity outlined in red.
        ctx.globalAlpha = 0.08 + (0.92 * heatStep(load)) / (STEPS - 1);
        ctx.fillStyle = fill;
        ctx.fillRect(x, y, grid.cell, grid.cell);
        ctx.globalAlpha = 1;
        if (load > 1 && grid.cell >= 4) {
          ctx.strokeStyle = hot;
          ctx.lineWidth = 1;
          ctx.strokeRect(x + 0.5, y + 0.5, grid.cell - 1, grid.cell - 1);
        }
        if (h.highlight[base + i]! > TOUCHED) {
          ctx.fillStyle = mark;
          ctx.beginPath();
          ctx.arc(x + grid.cell / 2, y + grid.cell / 2, Math.max(1, grid.cell / 4), 0, 2 * Math.PI);
          ctx.fill();
        }
      }
    });
  };

  const speak = (force = false) => {
    const gs = stores.$heat.get();
    if (!gs) return;
    const t = performance.now();
    if (!force && t - spoke.current < SPEAK_EVERY_MS) return;
    spoke.current = t;
    setSaid(narrateHeat(gs, now.current));
  };

  const show = (t: number) => {
    now.current = t;
    setTime(Math.floor(t));
    draw();
  };

  useEffect(() => {
    if (!grids) return;
    show(0);
    speak(true);
    setPlaying(!reduced && visible.current && !userPaused.current);
  }, [grids]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const tick = (t: number) => {
      now.current = Math.min(frames - 1, now.current + (Math.min(100, t - last) / 1000) * speedAt(speedPos));
      last = t;
      if (Math.floor(now.current) !== time) show(now.current);
      speak();
      if (now.current >= frames - 1) {
        setPlaying(false);
        speak(true);
        return;
      }
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame.current);
  }, [playing, speedPos, time]);

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ro = new ResizeObserver(() => draw());
    ro.observe(c);
    const theme = new MutationObserver(() => {
      colours.current = null;
      draw();
    });
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? false;
      if (!visible.current) setPlaying(false);
      else if (!reduced && !userPaused.current && stores.$heat.get() && now.current < framesOf(stores.$heat.get()!) - 1)
        setPlaying(true);
    });
    io.observe(c);
    const cue = stores.$cue.listen(() => {
      userPaused.current = false;
      show(0);
      speak(true);
      if (!reduced) setPlaying(true);
    });
    return () => {
      ro.disconnect();
      io.disconnect();
      theme.disconnect();
      cue();
    };
  }, []);

  const toggle = () => {
    if (!grids) return;
    if (!playing && now.current >= frames - 1) show(0);
    userPaused.current = playing;
    setPlaying(!playing);
    if (playing) speak(true);
  };
  const step = (by: 1 | -1) => {
    if (!grids) return;
    userPaused.current = true;
    setPlaying(false);
    show(Math.max(0, Math.min(frames - 1, Math.floor(now.current) + by)));
    speak(true);
  };
  const scrub = (t: number) => {
    userPaused.current = true;
    setPlaying(false);
    show(t);
    speak(true);
  };

  return (
    <LiveFigure
      id={id}
      description={description}
      canvas={canvas}
      class="live-view heat-view"
      onToggle={toggle}
      onStep={step}
    >
      <ul class="live-legend" aria-label="Colours">
        <li>
          <span class="swatch heat-swatch-cool" />
          idle drive
        </li>
        <li>
          <span class="swatch heat-swatch-hot" />
          at or over capacity
        </li>
        <li>
          <span class="swatch heat-swatch-ring" />
          {grids ? grids[0]!.highlightLabel : 'the hottest tenant'} reads here
        </li>
      </ul>
      <LiveControls
        id={id}
        ready={grids !== null}
        playing={playing}
        onToggle={toggle}
        onStep={() => step(1)}
        speedPos={speedPos}
        onSpeed={setSpeedPos}
        time={time}
        min={0}
        max={Math.max(0, frames - 1)}
        timeStep={1}
        onScrub={scrub}
        timeText={`${time + 1} s`}
        timeValueText={`second ${time + 1} of ${frames}`}
      />
      <figcaption>
        <p class="live-said" aria-live="polite">
          {grids ? said : 'Loading the run…'}
        </p>
        <p class="live-help">
          {grids
            ? `Each square is one of the first ${grids[0]!.cells.toLocaleString('en')} drives of the run summarised below, second by second. `
            : ''}
          Space plays or pauses, the arrow keys step one second.
        </p>
      </figcaption>
    </LiveFigure>
  );
}

interface Colours {
  fill: string;
  hot: string;
  mark: string;
  text: string;
}

/** The theme's colours, read once (and again when the theme changes): the static heatmap's. */
function readColours(el: Element): Colours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    fill: v('--chart-1', '#d9480f'),
    hot: v('--sl-color-red-high', '#c00'),
    mark: v('--sl-color-white', '#000'),
    text: v('--sl-color-text', '#000'),
  };
}
