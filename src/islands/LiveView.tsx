import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { legendOf } from '../lib/live/scene.ts';
import { defaultSpeed, formatTime, positionOf } from '../lib/live/clock.ts';
import type { Palette } from '../lib/live/player.ts';
import { LiveCaption, LiveControls, LiveFigure } from '../components/live/LiveControls.tsx';
import { useLivePlayer } from '../components/live/useLivePlayer.ts';

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
  const live = useLivePlayer({
    kind: 'trace',
    canvas,
    stores,
    ready: trace !== null,
    colours: (c) => ({ type: 'palette', palette: readPalette(c) }),
    // The player chooses the height: its stations' labels wrap on narrow screens.
    onReport: (m, c) => {
      if (m.height !== undefined) c.style.height = `${m.height}px`;
    },
    speed: 1,
  });

  // The first trace: the page's starting values, run in the worker once the view is in sight.
  useEffect(() => {
    if (!stores.$trace.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  // A new trace: start from the window's beginning, at a speed that shows a few events a second.
  useEffect(() => {
    if (!trace) return;
    live.setSpeedPos(positionOf(defaultSpeed(trace)));
    live.setTime(trace.t0);
    live.load({ type: 'trace', trace });
  }, [trace]);

  const { playing, speedPos, time, shown, said, toggle, step, scrub } = live;
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
        onSpeed={live.setSpeedPos}
        time={time}
        min={t0}
        max={t1}
        timeStep="any"
        onScrub={scrub}
        timeText={`${formatTime(time - t0)} ${unit}`}
        timeValueText={`${formatTime(time - t0)} ${unit} of ${formatTime(t1 - t0)}`}
      />
      <LiveCaption ready={trace !== null} shown={shown} said={said}>
        {trace ? `Each dot is one ${trace.noun} of the run summarised below, replayed from its own events. ` : ''}
        Space plays or pauses, the arrow keys step.
      </LiveCaption>
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
