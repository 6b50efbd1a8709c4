import { TracePlayer, type Frames, type PlayerIn, type PlayerOut } from './player.ts';
import { HeatPlayer, type HeatIn } from './heat-player.ts';
import type { LiveKind, LiveWorkerIn } from '../../workers/live.worker.ts';

/** The page's handle on a live view's player, wherever it runs. */
export interface PlayerHost<In> {
  post(m: In): void;
  stop(): void;
}

type InOf<K extends LiveKind> = K extends 'trace' ? PlayerIn : HeatIn;

/**
 * Starts the player of a live view's canvas: in a worker drawing on an OffscreenCanvas where the
 * browser can (the page's main thread then does no work per frame), else on the main thread.
 * The same player code runs in both; only the transport differs.
 */
export function startPlayer<K extends LiveKind>(
  kind: K,
  canvas: HTMLCanvasElement,
  reduced: boolean,
  onOut: (m: PlayerOut) => void,
): PlayerHost<InOf<K>> {
  if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function') {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('../../workers/live.worker.ts', import.meta.url), { type: 'module' });
      const offscreen = canvas.transferControlToOffscreen();
      const w = worker;
      w.onmessage = (e: MessageEvent<PlayerOut>) => onOut(e.data);
      const init: LiveWorkerIn = { type: 'init', kind, canvas: offscreen, reduced };
      w.postMessage(init, [offscreen]);
      return { post: (m) => w.postMessage(m), stop: () => w.terminate() };
    } catch {
      worker?.terminate(); // no worker, or a canvas that cannot be handed over: draw here
    }
  }
  const frames: Frames = { request: (fn) => requestAnimationFrame(fn), cancel: (h) => cancelAnimationFrame(h) };
  let handle: (m: InOf<K>) => void;
  if (kind === 'trace') {
    const player = new TracePlayer(canvas, reduced, onOut, frames);
    handle = (m) => player.handle(m as PlayerIn);
  } else {
    const player = new HeatPlayer(canvas, onOut, frames);
    handle = (m) => player.handle(m as HeatIn);
  }
  return { post: handle, stop: () => handle({ type: 'play', playing: false }) };
}
