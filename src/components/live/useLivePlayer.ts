import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { positionOf, speedAt } from '../../lib/live/clock.ts';
import { startPlayer, type PlayerHost } from '../../lib/live/host.ts';
import type { PlayerIn, PlayerOut } from '../../lib/live/player.ts';
import type { HeatIn } from '../../lib/live/heat-player.ts';
import type { LiveKind } from '../../workers/live.worker.ts';
import type { SimStores } from '../../stores/sim.ts';

type InOf<K extends LiveKind> = K extends 'trace' ? PlayerIn : HeatIn;

interface Options<K extends LiveKind> {
  kind: K;
  canvas: RefObject<HTMLCanvasElement>;
  stores: SimStores;
  /** True when the view has a recording to play. */
  ready: boolean;
  /** The theme's colours as a message for the player: sent at the start and on every theme change. */
  colours: (c: HTMLCanvasElement) => InOf<K>;
  /** What else the view keeps of a player's report (a heat view's height and drawn marks). */
  onReport?: (m: PlayerOut, c: HTMLCanvasElement) => void;
  /** The Speed slider's first position. */
  speed: number;
}

export interface LivePlayer<K extends LiveKind> {
  /** Hands the player a new recording, from its start; it plays if in sight and the reader has not paused. */
  load: (m: InOf<K>) => void;
  playing: boolean;
  speedPos: number;
  setSpeedPos: (position: number) => void;
  time: number;
  setTime: (t: number) => void;
  /** The caption's sentence (the moment on screen) and the aria-live line's (spoken at a readable pace). */
  shown: string;
  said: string;
  toggle: () => void;
  step: (by: 1 | -1) => void;
  scrub: (t: number) => void;
}

/**
 * What every live view does with its player (src/lib/live/host.ts): starts it on the canvas,
 * keeps it sized and coloured, pauses it when scrolled away and resumes it (unless the reader
 * paused) when back, replays when a lesson reveals its answer, and turns the controls (Play,
 * Step, Speed, Time) into commands and its reports into the clock and the narration. It holds
 * still while a reader's run computes. Under reduced motion nothing plays until the reader
 * presses Play.
 */
export function useLivePlayer<K extends LiveKind>(o: Options<K>): LivePlayer<K> {
  const host = useRef<PlayerHost<InOf<K>> | null>(null);
  const visible = useRef(false);
  const userPaused = useRef(false);
  const ended = useRef(false);
  const hasData = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [speedPos, setSpeedPos] = useState(positionOf(o.speed));
  const [time, setTime] = useState(0);
  const [shown, setShown] = useState('');
  const [said, setSaid] = useState('');
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const post = (m: InOf<K>) => host.current?.post(m);
  // The commands both kinds of player take, typed once for either.
  const command: (m: PlayerIn & HeatIn) => void = post;

  useEffect(() => {
    const c = o.canvas.current;
    if (!c) return;
    const onOut = (m: PlayerOut) => {
      setTime(m.now);
      if (m.shown !== undefined) setShown(m.shown);
      if (m.said !== undefined) setSaid(m.said);
      ended.current = m.ended === true;
      if (m.ended) setPlaying(false);
      o.onReport?.(m, c);
    };
    host.current = startPlayer(o.kind, c, reduced, onOut);
    const size = () =>
      command({ type: 'size', width: c.clientWidth, height: c.clientHeight, dpr: devicePixelRatio || 1 });
    post(o.colours(c));
    size();
    const ro = new ResizeObserver(size);
    ro.observe(c);
    const theme = new MutationObserver(() => post(o.colours(c)));
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? false;
      if (!visible.current) setPlaying(false);
      else if (!reduced && !userPaused.current && !ended.current && hasData.current) setPlaying(true);
    });
    io.observe(c);
    // A lesson revealed its answer: replay from the start (moving only if motion is allowed).
    const cue = o.stores.$cue.listen(() => {
      userPaused.current = false;
      ended.current = false;
      setPlaying(false);
      command({ type: 'restart' });
      if (!reduced) setPlaying(true);
    });
    // While a reader's run computes, the view holds still: the run gets the cores (on a two-core
    // machine, drawing beside it made a default run about twice as slow), and the recording on
    // screen is about to be replaced. A run that ends without a new one (cancelled, failed) lets
    // the view go on.
    let held = false;
    const run = o.stores.$run.subscribe(({ status }) => {
      if (status === 'running' && visible.current && hasData.current) {
        held = true;
        setPlaying(false);
      } else if (status !== 'running' && held) {
        held = false;
        if (!reduced && visible.current && !userPaused.current && !ended.current) setPlaying(true);
      }
    });
    return () => {
      ro.disconnect();
      io.disconnect();
      theme.disconnect();
      cue();
      run();
      host.current?.stop();
      host.current = null;
    };
  }, []);

  useEffect(() => command({ type: 'speed', speed: speedAt(speedPos) }), [speedPos]);
  useEffect(() => command({ type: 'play', playing }), [playing]);

  return {
    load: (m) => {
      hasData.current = true;
      ended.current = false;
      post(m);
      setPlaying(!reduced && visible.current && !userPaused.current);
    },
    playing,
    speedPos,
    setSpeedPos,
    time,
    setTime,
    shown,
    said,
    toggle: () => {
      if (!o.ready) return;
      userPaused.current = playing;
      if (playing) command({ type: 'play', playing: false, say: true });
      else ended.current = false;
      setPlaying(!playing);
    },
    step: (by) => {
      if (!o.ready) return;
      userPaused.current = true;
      setPlaying(false);
      command({ type: 'step', by });
    },
    scrub: (t) => {
      if (!o.ready) return;
      userPaused.current = true;
      setPlaying(false);
      setTime(t);
      command({ type: 'scrub', t });
    },
  };
}
