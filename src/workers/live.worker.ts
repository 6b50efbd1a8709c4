/// <reference lib="webworker" />
/**
 * Plays a live view on the OffscreenCanvas the page hands over: the first message brings the
 * canvas, every later one is a player command (see src/lib/live/player.ts). Frames come from the
 * worker's own animation frames where it has them, else from a 60 Hz timer.
 */
import { TracePlayer, type Frames, type PlayerIn, type PlayerOut } from '../lib/live/player.ts';

export type LiveWorkerIn = { type: 'init'; canvas: OffscreenCanvas; reduced: boolean } | PlayerIn;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const frames: Frames =
  typeof scope.requestAnimationFrame === 'function'
    ? { request: (fn) => scope.requestAnimationFrame(fn), cancel: (h) => scope.cancelAnimationFrame(h) }
    : { request: (fn) => scope.setTimeout(() => fn(performance.now()), 16), cancel: (h) => scope.clearTimeout(h) };

let player: TracePlayer | null = null;

scope.onmessage = (e: MessageEvent<LiveWorkerIn>) => {
  const m = e.data;
  if (m.type === 'init')
    player = new TracePlayer(m.canvas, m.reduced, (out: PlayerOut) => scope.postMessage(out), frames);
  else player?.handle(m);
};
