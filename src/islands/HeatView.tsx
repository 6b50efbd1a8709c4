import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { runnerFor } from '../lib/sim/runner.ts';
import { simStores } from '../stores/sim.ts';
import { positionOf, speedAt } from '../lib/live/clock.ts';
import { framesOf } from '../lib/live/heat.ts';
import { stripTitle } from '../lib/live/demand.ts';
import { startPlayer, type PlayerHost } from '../lib/live/host.ts';
import type { PlayerOut } from '../lib/live/player.ts';
import type { HeatColours, HeatIn } from '../lib/live/heat-player.ts';
import { LiveControls, LiveFigure } from '../components/live/LiveControls.tsx';

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
  const host = useRef<PlayerHost<HeatIn> | null>(null);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const ended = useRef(false);
  const mode = useRef<'grids' | 'demand' | null>(null);
  const [playing, setPlaying] = useState(false);
  // The grids' speed to start with; the demand strips start faster (see the effect on new data).
  const [speedPos, setSpeedPos] = useState(positionOf(GRID_SPEED));
  const [time, setTime] = useState(0);
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const frames = demand ? demand.frames : grids ? framesOf(grids) : 0;
  const ready = grids !== null || demand !== null;
  const post = (m: HeatIn) => host.current?.post(m);

  // The player, its size and colours; redrawn on resize and theme change; paused when scrolled
  // away and resumed (unless the reader paused) when back; replayed when a lesson reveals.
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const onOut = (m: PlayerOut) => {
      setTime(m.now);
      if (m.said !== undefined) setSaid(m.said);
      ended.current = m.ended === true;
      if (m.ended) setPlaying(false);
      if (m.height !== undefined) c.style.height = `${m.height}px`;
      if (m.drawn !== undefined) c.dataset['drawn'] = String(m.drawn);
      if (m.reads !== undefined) c.dataset['reads'] = String(m.reads);
    };
    host.current = startPlayer('heat', c, reduced, onOut);
    const size = () =>
      host.current?.post({ type: 'size', width: c.clientWidth, height: c.clientHeight, dpr: devicePixelRatio || 1 });
    host.current.post({ type: 'colours', colours: readColours(c) });
    size();
    const ro = new ResizeObserver(size);
    ro.observe(c);
    const theme = new MutationObserver(() => host.current?.post({ type: 'colours', colours: readColours(c) }));
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? false;
      if (!visible.current) setPlaying(false);
      else if (!reduced && !userPaused.current && !ended.current && (stores.$heat.get() || stores.$demand.get()))
        setPlaying(true);
    });
    io.observe(c);
    const cue = stores.$cue.listen(() => {
      userPaused.current = false;
      ended.current = false;
      setPlaying(false);
      host.current?.post({ type: 'restart' });
      if (!reduced) setPlaying(true);
    });
    return () => {
      ro.disconnect();
      io.disconnect();
      theme.disconnect();
      cue();
      host.current?.stop();
      host.current = null;
    };
  }, []);

  useEffect(() => {
    if (!stores.$heat.get() && !stores.$demand.get())
      runnerFor(id, model, stores).trace(Object.keys(stores.$params.get()).length ? stores.$params.get() : initial);
  }, []);

  // New recordings: back to their first second; a new kind of view starts at its own speed.
  useEffect(() => {
    if (!grids && !demand) return;
    const kind = demand ? 'demand' : 'grids';
    if (mode.current !== kind) setSpeedPos(positionOf(demand ? DEMAND_SPEED : GRID_SPEED));
    mode.current = kind;
    ended.current = false;
    post({ type: 'data', grids, demand });
    setPlaying(!reduced && visible.current && !userPaused.current);
  }, [grids, demand]);

  useEffect(() => post({ type: 'speed', speed: speedAt(speedPos) }), [speedPos]);
  useEffect(() => post({ type: 'play', playing }), [playing]);

  const toggle = () => {
    if (!ready) return;
    userPaused.current = playing;
    if (playing) post({ type: 'play', playing: false, say: true });
    else ended.current = false;
    setPlaying(!playing);
  };
  const step = (by: 1 | -1) => {
    if (!ready) return;
    userPaused.current = true;
    setPlaying(false);
    post({ type: 'step', by });
  };
  const scrub = (t: number) => {
    userPaused.current = true;
    setPlaying(false);
    setTime(t);
    post({ type: 'scrub', t });
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
