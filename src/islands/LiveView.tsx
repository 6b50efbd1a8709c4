import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { applyEvent, initialState, indexAtTime, stateAt, type ReplayState, type Trace } from '@field-guide/sims';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { layout, position, preferredHeight, type Layout } from '../lib/live/layout.ts';
import { colourOf, legendOf, leaveTimes, narrate, sceneAt, usedStations } from '../lib/live/scene.ts';
import { advance, defaultSpeed, formatTime, positionOf, speedAt } from '../lib/live/clock.ts';
import { LiveControls, LiveFigure } from '../components/live/LiveControls.tsx';

interface Props {
  /** The `<Sim>` this view belongs to (its stores and runner). */
  id: string;
  model: string;
  /** The values the page starts from, for the first trace. */
  initial: Record<string, number | string>;
  /** What the picture shows, for screen readers (a trace that describes itself overrides it). */
  description: string;
}

/** Narrate at most this often while playing, so a screen reader can keep up. */
const SPEAK_EVERY_MS = 4000;

interface Sim {
  trace: Trace;
  state: ReplayState;
  now: number;
  leaves: Map<number, number>;
  /** Stations drawn: those the trace uses. */
  used: boolean[];
  /** Where each entity was last drawn; entities that left keep moving right until off the view. */
  shown: Map<number, { x: number; y: number; cls: number }>;
  layout: Layout | null;
}

/**
 * The live view: replays the trace of the reader's run (the run its numbers summarise) as dots
 * moving through lines, servers and wires, with Play/Pause, Step, Speed and a Time slider.
 * Positions, timing and narration come from src/lib/live/; this file draws and wires controls.
 */
export default function LiveView({ id, model, initial, description }: Props) {
  const stores = simStores(id);
  const trace = useStore(stores.$trace);
  const canvas = useRef<HTMLCanvasElement>(null);
  const sim = useRef<Sim | null>(null);
  const frame = useRef(0);
  const palette = useRef<Palette | null>(null);
  const spoke = useRef(0);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [speedPos, setSpeedPos] = useState(positionOf(1));
  const [time, setTime] = useState(0);
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  // The first trace: the page's starting values, run in the worker once the view is in sight.
  useEffect(() => {
    if (!stores.$trace.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  const draw = () => {
    const s = sim.current,
      c = canvas.current;
    if (!s || !c) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const width = c.clientWidth,
      height = c.clientHeight;
    if (c.width !== Math.round(width * dpr) || c.height !== Math.round(height * dpr) || !s.layout) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      s.layout = layout(s.trace.stations, width, height, s.used);
    }
    const l = s.layout;
    // Reading the theme's colours forces a style recalculation of the whole page: once, and again
    // only when the theme changes (a per-frame read was a 60–160 ms task at a 4× CPU slowdown).
    palette.current ??= readPalette(c);
    const { chart, text, faint, wire, muted } = palette.current;
    const colour = (k: number) => chart[k] ?? '#888';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    // Stations: column labels, server boxes (filled while busy), wires.
    for (const col of l.columns) {
      if (col.delay !== null) {
        ctx.fillStyle = wire;
        ctx.fillRect(col.x + 2, l.labelHeight, col.width - 4, height - l.labelHeight - 2);
        ctx.fillStyle = muted;
        label(ctx, s.trace.stations[col.delay]!.label, col.x + 4, 2, col.width - 8);
      } else {
        const first = s.trace.stations[col.rows[0]!.station]!.label;
        const servers = col.rows.length === 1 ? first : `${first.replace(/\s*\d+$/, '')}s 1–${col.rows.length}`;
        ctx.fillStyle = muted;
        label(ctx, servers, col.x + 4, 2, col.width - 8);
      }
      for (const row of col.rows) {
        ctx.strokeStyle = muted;
        ctx.beginPath();
        ctx.moveTo(row.x + 4, row.lineY + l.radius + 2);
        ctx.lineTo(row.lineHeadX + l.radius, row.lineY + l.radius + 2);
        ctx.stroke();
        row.servers.forEach((b, k) => {
          const busy = (s.state.serving[row.station]![k] ?? -1) >= 0;
          ctx.fillStyle = busy ? faint : 'transparent';
          ctx.strokeStyle = busy ? text : muted;
          ctx.lineWidth = busy ? 2 : 1;
          ctx.fillRect(b.x, b.y, b.width, b.height);
          ctx.strokeRect(b.x, b.y, b.width, b.height);
          ctx.lineWidth = 1;
        });
        const waiting = s.state.lines[row.station]!.length;
        if (waiting > row.visible) {
          ctx.fillStyle = text;
          ctx.fillText(`+${waiting - row.visible}`, row.x + 4, row.lineY - 6);
        }
      }
    }
    const dot = (x: number, y: number, cls: number) => {
      ctx.fillStyle = colour(colourOf(s.trace, cls));
      ctx.beginPath();
      ctx.arc(x, y, l.radius, 0, 2 * Math.PI);
      ctx.fill();
    };
    // Entities: each eases toward its spot (or jumps there under reduced motion or when paused).
    const ease = reduced || !playing ? 1 : 0.35;
    const seen = new Set<number>();
    for (const e of sceneAt(s.trace, s.state, s.now, s.leaves)) {
      const target = position(l, e.spot);
      if (target.hidden) continue;
      seen.add(e.id);
      const at = s.shown.get(e.id) ?? { x: l.columns[0]!.x, y: target.y, cls: e.cls };
      at.x += (target.x - at.x) * ease;
      at.y += (target.y - at.y) * ease;
      s.shown.set(e.id, at);
      dot(at.x, at.y, e.cls);
    }
    // Entities that left slide out to the right (only while playing with motion allowed).
    for (const [k, at] of s.shown) {
      if (seen.has(k)) continue;
      if (ease === 1 || at.x > width) {
        s.shown.delete(k);
        continue;
      }
      at.x += Math.max(4, (width - at.x) * 0.2);
      dot(at.x, at.y, at.cls);
    }
  };

  const speak = (force = false) => {
    const s = sim.current;
    if (!s) return;
    const now = performance.now();
    if (!force && now - spoke.current < SPEAK_EVERY_MS) return;
    spoke.current = now;
    setSaid(narrate(s.trace, s.state, s.now));
  };

  // A new trace: start from the window's beginning, at a speed that shows a few events a second.
  useEffect(() => {
    if (!trace) return;
    const used = usedStations(trace);
    sim.current = {
      trace,
      state: initialState(trace),
      now: trace.t0,
      leaves: leaveTimes(trace),
      used,
      shown: new Map(),
      layout: null,
    };
    if (canvas.current) canvas.current.style.height = `${preferredHeight(trace.stations, used)}px`;
    setSpeedPos(positionOf(defaultSpeed(trace)));
    setTime(trace.t0);
    draw();
    speak(true);
    setPlaying(!reduced && visible.current && !userPaused.current);
  }, [trace]);

  // Playback: advance the clock, apply every event up to it, draw; stop at the window's end.
  useEffect(() => {
    if (!playing) {
      draw();
      return;
    }
    let last = performance.now();
    let shownTime = 0;
    const tick = (t: number) => {
      const s = sim.current;
      if (!s) return;
      s.now = Math.min(s.trace.t1, advance(s.now, Math.min(100, t - last), speedAt(speedPos), s.trace.unit));
      last = t;
      while (s.state.index < s.trace.size && s.trace.time[s.state.index]! <= s.now)
        applyEvent(s.state, s.trace, s.state.index);
      draw();
      if (t - shownTime > 250) {
        shownTime = t;
        setTime(s.now);
      }
      speak();
      if (s.state.index >= s.trace.size) {
        setPlaying(false);
        setTime(s.now);
        speak(true);
        return;
      }
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame.current);
  }, [playing, speedPos]);

  // A lesson revealed its answer: replay the window from its start (moving only if motion is allowed).
  useEffect(
    () =>
      stores.$cue.listen(() => {
        const s = sim.current;
        if (!s) return;
        s.state = initialState(s.trace);
        s.now = s.trace.t0;
        s.shown.clear();
        setTime(s.now);
        userPaused.current = false;
        draw();
        speak(true);
        if (!reduced) setPlaying(true);
      }),
    [],
  );

  // Redraw on resize; pause when scrolled away and resume (unless the reader paused) when back.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const ro = new ResizeObserver(() => {
      if (sim.current) sim.current.layout = null;
      draw();
    });
    ro.observe(c);
    const theme = new MutationObserver(() => {
      palette.current = null;
      draw();
    });
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? false;
      if (!visible.current) setPlaying(false);
      else if (!reduced && !userPaused.current && sim.current && sim.current.state.index < sim.current.trace.size)
        setPlaying(true);
    });
    io.observe(c);
    return () => {
      ro.disconnect();
      io.disconnect();
      theme.disconnect();
    };
  }, []);

  const toggle = () => {
    const s = sim.current;
    if (!s) return;
    if (!playing && s.state.index >= s.trace.size) {
      s.state = initialState(s.trace);
      s.now = s.trace.t0;
      s.shown.clear();
    }
    userPaused.current = playing;
    setPlaying(!playing);
    if (playing) speak(true);
  };
  const step = (by: 1 | -1) => {
    const s = sim.current;
    if (!s) return;
    userPaused.current = true;
    setPlaying(false);
    if (by === 1 && s.state.index < s.trace.size) applyEvent(s.state, s.trace, s.state.index);
    if (by === -1 && s.state.index > 0) s.state = stateAt(s.trace, s.state.index - 1);
    s.now = s.state.index > 0 ? s.trace.time[s.state.index - 1]! : s.trace.t0;
    setTime(s.now);
    draw();
    speak(true);
  };
  const scrub = (t: number) => {
    const s = sim.current;
    if (!s) return;
    userPaused.current = true;
    setPlaying(false);
    s.state = stateAt(s.trace, indexAtTime(s.trace, t));
    s.now = t;
    s.shown.clear();
    setTime(t);
    draw();
    speak(true);
  };

  const t0 = trace?.t0 ?? 0,
    t1 = trace?.t1 ?? 1,
    unit = trace?.unit ?? 's';
  return (
    <LiveFigure
      id={id}
      description={trace?.description ?? description}
      canvas={canvas}
      class="live-view"
      onToggle={toggle}
      onStep={step}
    >
      {trace && trace.classes.length > 1 && (
        <ul class="live-legend" aria-label="Colours">
          {legendOf(trace).map(({ colour, label }) => (
            <li key={label}>
              <span class="swatch" style={{ background: `var(--chart-${colour})` }} />
              {label}
            </li>
          ))}
        </ul>
      )}
      <LiveControls
        id={id}
        ready={trace !== null}
        playing={playing}
        onToggle={toggle}
        onStep={() => step(1)}
        speedPos={speedPos}
        onSpeed={setSpeedPos}
        time={time}
        min={t0}
        max={t1}
        timeStep="any"
        onScrub={scrub}
        timeText={`${formatTime(time - t0)} ${unit}`}
        timeValueText={`${formatTime(time - t0)} ${unit} of ${formatTime(t1 - t0)}`}
      />
      <figcaption>
        <p class="live-said" aria-live="polite">
          {trace ? said : 'Loading the run…'}
        </p>
        <p class="live-help">
          {trace ? `Each dot is one ${trace.noun} of the run summarised below, replayed from its own events. ` : ''}
          Space plays or pauses, the arrow keys step.
        </p>
      </figcaption>
    </LiveFigure>
  );
}

/** The theme's colours the canvas draws with. */
interface Palette {
  chart: string[];
  text: string;
  faint: string;
  wire: string;
  muted: string;
}

function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    chart: [0, 1, 2, 3, 4, 5].map((k) => v(`--chart-${k}`, '#888')),
    text: v('--sl-color-text', '#000'),
    faint: v('--sl-color-gray-5', '#ddd'),
    wire: v('--sl-color-gray-6', '#eee'),
    muted: v('--sl-color-gray-3', '#666'),
  };
}

function label(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, max: number) {
  let t = s;
  while (t.length > 3 && ctx.measureText(t).width > max) t = `${t.slice(0, -2)}…`;
  ctx.fillText(t, x, y);
}
