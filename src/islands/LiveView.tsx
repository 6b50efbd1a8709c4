import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { preferredHeight } from '../lib/live/layout.ts';
import { legendOf, usedStations } from '../lib/live/scene.ts';
import { defaultSpeed, formatTime, positionOf, speedAt } from '../lib/live/clock.ts';
import { startPlayer, type PlayerHost } from '../lib/live/host.ts';
import type { Palette, PlayerIn, PlayerOut } from '../lib/live/player.ts';
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

/**
 * The live view: replays the trace of the reader's run (the run its numbers summarise) as dots
 * moving through lines, servers and wires, with Play/Pause, Step, Speed and a Time slider. The
 * replay and the drawing are the player's (src/lib/live/player.ts, in a worker where it can
 * be); this file wires the controls, the stores and the page's events to it.
 */
export default function LiveView({ id, model, initial, description }: Props) {
  const stores = simStores(id);
  const trace = useStore(stores.$trace);
  const canvas = useRef<HTMLCanvasElement>(null);
  const host = useRef<PlayerHost<PlayerIn> | null>(null);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const ended = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [speedPos, setSpeedPos] = useState(positionOf(1));
  const [time, setTime] = useState(0);
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const post = (m: PlayerIn) => host.current?.post(m);

  // The player, its size and colours; redrawn on resize and theme change; paused when scrolled
  // away and resumed (unless the reader paused) when back.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const onOut = (m: PlayerOut) => {
      setTime(m.now);
      if (m.said !== undefined) setSaid(m.said);
      ended.current = m.ended === true;
      if (m.ended) setPlaying(false);
    };
    host.current = startPlayer('trace', c, reduced, onOut);
    const size = () =>
      host.current?.post({ type: 'size', width: c.clientWidth, height: c.clientHeight, dpr: devicePixelRatio || 1 });
    host.current.post({ type: 'palette', palette: readPalette(c) });
    size();
    const ro = new ResizeObserver(size);
    ro.observe(c);
    const theme = new MutationObserver(() => host.current?.post({ type: 'palette', palette: readPalette(c) }));
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? false;
      if (!visible.current) setPlaying(false);
      else if (!reduced && !userPaused.current && stores.$trace.get() && !ended.current) setPlaying(true);
    });
    io.observe(c);
    return () => {
      ro.disconnect();
      io.disconnect();
      theme.disconnect();
      host.current?.stop();
      host.current = null;
    };
  }, []);

  // The first trace: the page's starting values, run in the worker once the view is in sight.
  useEffect(() => {
    if (!stores.$trace.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  // A new trace: start from the window's beginning, at a speed that shows a few events a second.
  useEffect(() => {
    if (!trace) return;
    const c = canvas.current;
    if (c) c.style.height = `${preferredHeight(trace.stations, usedStations(trace))}px`;
    ended.current = false;
    post({ type: 'trace', trace });
    setSpeedPos(positionOf(defaultSpeed(trace)));
    setTime(trace.t0);
    setPlaying(!reduced && visible.current && !userPaused.current);
  }, [trace]);

  useEffect(() => post({ type: 'speed', speed: speedAt(speedPos) }), [speedPos]);
  useEffect(() => post({ type: 'play', playing }), [playing]);

  // A lesson revealed its answer: replay the window from its start (moving only if motion is allowed).
  useEffect(
    () =>
      stores.$cue.listen(() => {
        userPaused.current = false;
        ended.current = false;
        setPlaying(false);
        post({ type: 'restart' });
        if (!reduced) setPlaying(true);
      }),
    [],
  );

  const toggle = () => {
    if (!trace) return;
    userPaused.current = playing;
    if (playing) post({ type: 'play', playing: false, say: true });
    else ended.current = false;
    setPlaying(!playing);
  };
  const step = (by: 1 | -1) => {
    if (!trace) return;
    userPaused.current = true;
    setPlaying(false);
    post({ type: 'step', by });
  };
  const scrub = (t: number) => {
    if (!trace) return;
    userPaused.current = true;
    setPlaying(false);
    setTime(t);
    post({ type: 'scrub', t });
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

/** The theme's colours, read from the page's styles (once, and again when the theme changes). */
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
