/// <reference lib="webworker" />
/**
 * Plays a live view on the OffscreenCanvas the page hands over: the first message brings the
 * canvas and the kind of view, every later one is a command for its player (see
 * src/lib/live/player.ts and heat-player.ts). Frames come from the worker's own animation frames
 * where it has them, else from a 60 Hz timer.
 */
import { TracePlayer, type Frames, type PlayerIn, type PlayerOut } from '../lib/live/player.ts';
import { HeatPlayer, type HeatIn } from '../lib/live/heat-player.ts';

export type LiveKind = 'trace' | 'heat';
export type LiveWorkerIn =
  { type: 'init'; kind: LiveKind; canvas: OffscreenCanvas; reduced: boolean } | PlayerIn | HeatIn;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const frames: Frames =
  typeof scope.requestAnimationFrame === 'function'
    ? { request: (fn) => scope.requestAnimationFrame(fn), cancel: (h) => scope.cancelAnimationFrame(h) }
    : { request: (fn) => scope.setTimeout(() => fn(performance.now()), 16), cancel: (h) => scope.clearTimeout(h) };

let handle: ((m: PlayerIn | HeatIn) => void) | null = null;

scope.onmessage = (e: MessageEvent<LiveWorkerIn>) => {
  const m = e.data;
  if (m.type !== 'init') return handle?.(m);
  const emit = (out: PlayerOut) => scope.postMessage(out);
  if (m.kind === 'trace') {
    const p = new TracePlayer(m.canvas, m.reduced, emit, frames);
    handle = (c) => p.handle(c as PlayerIn);
  } else {
    const p = new HeatPlayer(m.canvas, emit, frames);
    handle = (c) => p.handle(c as HeatIn);
  }
};
