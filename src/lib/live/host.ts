import { TracePlayer, type PlayerIn, type PlayerOut } from './player.ts';
import type { LiveWorkerIn } from '../../workers/live.worker.ts';

/** The page's handle on a live view's player, wherever it runs. */
export interface PlayerHost {
  post(m: PlayerIn): void;
  stop(): void;
}

/**
 * Starts the player of a live view's canvas: in a worker drawing on an OffscreenCanvas where the
 * browser can (the page's main thread then does no work per frame), else on the main thread.
 * The same player code runs in both; only the transport differs.
 */
export function startPlayer(canvas: HTMLCanvasElement, reduced: boolean, onOut: (m: PlayerOut) => void): PlayerHost {
  if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function') {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('../../workers/live.worker.ts', import.meta.url), { type: 'module' });
      const offscreen = canvas.transferControlToOffscreen();
      const w = worker;
      w.onmessage = (e: MessageEvent<PlayerOut>) => onOut(e.data);
      const init: LiveWorkerIn = { type: 'init', canvas: offscreen, reduced };
      w.postMessage(init, [offscreen]);
      return { post: (m) => w.postMessage(m), stop: () => w.terminate() };
    } catch {
      worker?.terminate(); // no worker, or a canvas that cannot be handed over: draw here
    }
  }
  const player = new TracePlayer(canvas, reduced, onOut, {
    request: (fn) => requestAnimationFrame(fn),
    cancel: (h) => cancelAnimationFrame(h),
  });
  return { post: (m) => player.handle(m), stop: () => player.handle({ type: 'play', playing: false }) };
}
