import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { positionOf } from '../lib/live/clock.ts';
import { framesOf } from '../lib/live/heat.ts';
import { stripTitle } from '../lib/live/demand.ts';
import { grouped } from '../lib/sim/format.ts';
import type { HeatColours } from '../lib/live/heat-player.ts';
import { useLivePlayer } from '../components/live/useLivePlayer.ts';
import { LiveCaption, LiveControls, LiveFigure } from '../components/live/LiveControls.tsx';

interface Props {
  id: string;
  model: string;
  initial: Record<string, number | string>;
  /** What the picture shows, for screen readers. */
  description: string;
}

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
  const mode = useRef<'grids' | 'demand' | null>(null);
  const frames = demand ? demand.frames : grids ? framesOf(grids) : 0;
  const ready = grids !== null || demand !== null;
  const live = useLivePlayer({
    kind: 'heat',
    canvas,
    stores,
    ready,
    colours: (c) => ({ type: 'colours', colours: readColours(c) }),
    // The player sizes the drawing; the page keeps what it drew on the canvas for tests to read.
    onReport: (m, c) => {
      if (m.height !== undefined) c.style.height = `${m.height}px`;
      if (m.drawn !== undefined) c.dataset['drawn'] = String(m.drawn);
      if (m.reads !== undefined) c.dataset['reads'] = String(m.reads);
    },
    speed: GRID_SPEED,
  });

  useEffect(() => {
    if (!stores.$heat.get() && !stores.$demand.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  // New recordings: back to their first second; a new kind of view starts at its own speed.
  useEffect(() => {
    if (!grids && !demand) return;
    const kind = demand ? 'demand' : 'grids';
    if (mode.current !== kind) live.setSpeedPos(positionOf(demand ? DEMAND_SPEED : GRID_SPEED));
    mode.current = kind;
    live.load({ type: 'data', grids, demand });
  }, [grids, demand]);

  const { playing, speedPos, time, shown, said, toggle, step, scrub } = live;

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
        onSpeed={live.setSpeedPos}
        time={time}
        min={0}
        max={Math.max(0, frames - 1)}
        timeStep={1}
        onScrub={scrub}
        timeText={`${time + 1} s`}
        timeValueText={`second ${time + 1} of ${frames}`}
      />
      <LiveCaption ready={ready} shown={shown} said={said}>
        {demand
          ? `Each line is the total demand of that many alike ${demand.client}s, second by second, divided by its mean: the first crowd of the smoothing estimate summarised below, with its CV. `
          : grids
            ? `Each square is one of the first ${grouped(grids[0]!.cells)} drives of the run summarised below, second by second. `
            : ''}
        Space plays or pauses, the arrow keys step one second.
      </LiveCaption>
    </LiveFigure>
  );
}

/** The theme's colours, read once (and again when the theme changes): the static heatmap's. */
function readColours(el: Element): HeatColours {
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
