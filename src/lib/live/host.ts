import type { Frames, PlayerIn, PlayerOut } from './player.ts';
import type { HeatIn } from './heat-player.ts';
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
 * The same player code runs in both; only the transport differs. On the main thread the player's
 * code is imported when needed, so browsers that hand the canvas over never download it twice.
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
  // Commands that arrive while the player's code loads wait for it, in order.
  const waiting: InOf<K>[] = [];
  let handle: ((m: InOf<K>) => void) | null = null;
  let stopped = false;
  const loaded: Promise<(m: InOf<K>) => void> =
    kind === 'trace'
      ? import('./player.ts').then(({ TracePlayer }) => {
          const player = new TracePlayer(canvas, reduced, onOut, frames);
          return (m: InOf<K>) => player.handle(m as PlayerIn);
        })
      : import('./heat-player.ts').then(({ HeatPlayer }) => {
          const player = new HeatPlayer(canvas, onOut, frames);
          return (m: InOf<K>) => player.handle(m as HeatIn);
        });
  void loaded.then((h) => {
    if (stopped) return;
    handle = h;
    for (const m of waiting.splice(0)) h(m);
  });
  return {
    post: (m) => {
      if (handle) handle(m);
      else waiting.push(m);
    },
    stop: () => {
      stopped = true;
      handle?.({ type: 'play', playing: false });
    },
  };
}
