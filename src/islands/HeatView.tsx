import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { positionOf, speedAt } from '../lib/live/clock.ts';
import { framesOf, gridOf, heatStep, narrateHeat, readMarks, STEPS, TOUCHED } from '../lib/live/heat.ts';
import {
  demandTop,
  narrateDemand,
  stripsOf,
  stripTitle,
  stripX,
  stripY,
  timesText,
  valuesAt,
} from '../lib/live/demand.ts';
import type { DemandFrames } from '@field-guide/sims';
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
/** Recorded seconds per real second to start with: the grids' 40 s at 1×, the demand's 300 s at 10×. */
const GRID_SPEED = 1;
const DEMAND_SPEED = 10;

/**
 * The heat live view: the drive grids the run recorded (bucket-local and spread placement), second
 * by second, each drive coloured by its load and dotted while the hottest tenant's reads land on
 * it; when reads choose among copies, a few of each second's reads outline the drives they compared
 * and fill the one they took. When the run recorded summed demand instead (the smoothing step), it
 * draws one strip per crowd, growing with the clock. Same controls as the other live views; the
 * arithmetic is in src/lib/live/heat.ts and src/lib/live/demand.ts.
 */
export default function HeatView({ id, model, initial, description }: Props) {
  const stores = simStores(id);
  const grids = useStore(stores.$heat);
  const demand = useStore(stores.$demand);
  const canvas = useRef<HTMLCanvasElement>(null);
  const now = useRef(0);
  const frame = useRef(0);
  const spoke = useRef(0);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const colours = useRef<Colours | null>(null);
  const top = useRef<{ of: DemandFrames; top: number } | null>(null);
  const mode = useRef<'grids' | 'demand' | null>(null);
  const [playing, setPlaying] = useState(false);
  // The grids' speed to start with; the demand strips start faster (see the effect on new data).
  const [speedPos, setSpeedPos] = useState(positionOf(GRID_SPEED));
  const [time, setTime] = useState(0);
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const framesNow = () => {
    const d = stores.$demand.get(),
      g = stores.$heat.get();
    return d ? d.frames : g ? framesOf(g) : 0;
  };
  const frames = demand ? demand.frames : grids ? framesOf(grids) : 0;
  const ready = grids !== null || demand !== null;

  useEffect(() => {
    if (!stores.$heat.get() && !stores.$demand.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  /** Sizes the canvas to `height` CSS pixels at the screen's pixel ratio. */
  const fit = (c: HTMLCanvasElement, ctx: CanvasRenderingContext2D, width: number, height: number) => {
    const dpr = window.devicePixelRatio || 1;
    if (c.height !== Math.round(height * dpr) || c.width !== Math.round(width * dpr)) {
      c.style.height = `${height}px`;
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
  };

  /** The smoothing strips: each crowd's total ÷ its mean, drawn up to the clock's second. */
  const drawDemand = (c: HTMLCanvasElement, ctx: CanvasRenderingContext2D, d: DemandFrames) => {
    const width = c.clientWidth;
    const layout = stripsOf(width, d.series.length);
    fit(c, ctx, width, layout.height);
    colours.current ??= readColours(c);
    const { lines, ink, grid, text } = colours.current;
    if (top.current?.of !== d) top.current = { of: d, top: demandTop(d) };
    const max = top.current.top;
    const f = Math.min(d.frames - 1, Math.floor(now.current));
    const values = valuesAt(d, f);
    ctx.textBaseline = 'top';
    d.series.forEach((s, i) => {
      const strip = layout.strips[i]!;
      const colour = lines[i % lines.length]!;
      // Title: the crowd, and its value this second at the right when there is room.
      ctx.font = '13px system-ui, sans-serif';
      ctx.textAlign = 'left';
      ctx.fillStyle = text;
      ctx.fillText(s.label, layout.x, strip.titleY + 2);
      const value = `${timesText(values[i]!)}${values[i]! > 0 ? ' its mean' : ''}`;
      if (ctx.measureText(s.label).width + ctx.measureText(value).width + 16 <= layout.width) {
        ctx.textAlign = 'right';
        ctx.fillText(value, layout.x + layout.width, strip.titleY + 2);
      }
      // Axis: 0, the mean (dashed) and the top of the shared scale.
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = ink;
      for (const [v, label] of [
        [0, '0'],
        [1, '1×'],
        [max, `${max}×`],
      ] as const) {
        const y = stripY(v, strip, max);
        ctx.fillText(label, layout.x - 6, Math.min(Math.max(y, strip.y + 6), strip.y + strip.height - 6));
      }
      ctx.textBaseline = 'top';
      ctx.strokeStyle = grid;
      ctx.lineWidth = 1;
      ctx.strokeRect(layout.x + 0.5, strip.y + 0.5, layout.width - 1, strip.height - 1);
      ctx.strokeStyle = ink;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      const mean = Math.round(stripY(1, strip, max)) + 0.5;
      ctx.moveTo(layout.x, mean);
      ctx.lineTo(layout.x + layout.width, mean);
      ctx.stroke();
      ctx.setLineDash([]);
      // The line so far, and a dot at this second.
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let t = 0; t <= f; t++) {
        const x = stripX(t, d.frames, layout),
          y = stripY(s.values[t]!, strip, max);
        if (t === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.arc(stripX(f, d.frames, layout), stripY(values[i]!, strip, max), 3, 0, 2 * Math.PI);
      ctx.fill();
    });
    ctx.textAlign = 'left';
    c.dataset['drawn'] = String(f + 1);
  };

  const draw = () => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const d = stores.$demand.get();
    if (d) return drawDemand(c, ctx, d);
    const gs = stores.$heat.get();
    if (!gs) return;
    const width = c.clientWidth;
    // Side by side when there is room for two grids of at least 160 px, else one above the other.
    const across = width >= 2 * 160 + 24 ? gs.length : 1;
    const panel = Math.floor((width - 24 * (across - 1)) / across);
    const grid = gridOf(gs[0]!.cells, Math.min(panel, 420));
    const rows = Math.ceil(gs.length / across);
    const height = rows * (grid.height + TITLE) + (rows - 1) * 16;
    fit(c, ctx, width, height);
    colours.current ??= readColours(c);
    const { fill, hot, mark, pick, text } = colours.current;
    ctx.font = '13px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    const f = Math.min(framesOf(gs) - 1, Math.floor(now.current));
    let marked = 0;
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
      // This second's recorded reads: every drive a read compared is outlined, the ones it took
      // are filled too (the outline drawn outside the cell, so the heat colour still shows).
      const { taken, passed } = readMarks(h, f);
      ctx.strokeStyle = pick;
      ctx.fillStyle = pick;
      ctx.lineWidth = 2;
      for (const i of [...passed, ...taken]) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        ctx.strokeRect(x - 1, y - 1, grid.cell + 2, grid.cell + 2);
      }
      for (const i of taken) {
        const x = x0 + (i % grid.cols) * pitch;
        const y = y0 + TITLE + Math.floor(i / grid.cols) * pitch;
        const inset = Math.max(1, Math.floor(grid.cell / 4));
        ctx.fillRect(x + inset, y + inset, grid.cell - 2 * inset, grid.cell - 2 * inset);
      }
      marked += taken.length + passed.length;
    });
    c.dataset['drawn'] = String(f + 1);
    c.dataset['reads'] = String(marked);
  };

  const speak = (force = false) => {
    const d = stores.$demand.get(),
      gs = stores.$heat.get();
    if (!d && !gs) return;
    const t = performance.now();
    if (!force && t - spoke.current < SPEAK_EVERY_MS) return;
    spoke.current = t;
    setSaid(d ? narrateDemand(d, now.current) : narrateHeat(gs!, now.current));
  };

  const show = (t: number) => {
    now.current = t;
    setTime(Math.floor(t));
    draw();
  };

  useEffect(() => {
    if (!grids && !demand) return;
    // A new kind of view starts at its own speed.
    const kind = demand ? 'demand' : 'grids';
    if (mode.current !== kind) setSpeedPos(positionOf(demand ? DEMAND_SPEED : GRID_SPEED));
    mode.current = kind;
    show(0);
    speak(true);
    setPlaying(!reduced && visible.current && !userPaused.current);
  }, [grids, demand]);

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
      else if (!reduced && !userPaused.current && now.current < framesNow() - 1) setPlaying(true);
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
    if (!ready) return;
    if (!playing && now.current >= frames - 1) show(0);
    userPaused.current = playing;
    setPlaying(!playing);
    if (playing) speak(true);
  };
  const step = (by: 1 | -1) => {
    if (!ready) return;
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
      description={demand ? demand.description : description}
      canvas={canvas}
      class="live-view heat-view"
      onToggle={toggle}
      onStep={step}
    >
      {demand ? (
        <ul class="live-legend" aria-label="Lines">
          {demand.series.map((s, i) => (
            <li key={s.count}>
              <span class={`swatch demand-swatch-${i % 3}`} />
              {stripTitle(s)}
            </li>
          ))}
          <li>
            <span class="swatch demand-swatch-mean" />
            the mean (1×)
          </li>
        </ul>
      ) : (
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
          {grids?.some((h) => h.reads) && (
            <>
              <li>
                <span class="swatch heat-swatch-looked" />a read compared this {grids[0]!.cell}
              </li>
              <li>
                <span class="swatch heat-swatch-taken" />
                and took this one, the least loaded
              </li>
            </>
          )}
        </ul>
      )}
      <LiveControls
        id={id}
        ready={ready}
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
          {ready ? said : 'Loading the run…'}
        </p>
        <p class="live-help">
          {demand
            ? `Each line is the total demand of that many alike ${demand.client}s, second by second, divided by its mean: the first crowd of the smoothing estimate summarised below, with its CV. `
            : grids
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
  /** The read choices' outlines and fills. */
  pick: string;
  /** The demand strips: one line colour per crowd (the static chart's), axis text and frames. */
  lines: string[];
  ink: string;
  grid: string;
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
    pick: v('--sl-color-accent-high', '#1f3a8a'),
    lines: [v('--chart-0', '#1f6feb'), v('--chart-1', '#d1490b'), v('--chart-2', '#5a8f29')],
    ink: v('--chart-ink', '#555'),
    grid: v('--chart-grid', '#ccc'),
    text: v('--sl-color-text', '#000'),
  };
}
