/// <reference lib="webworker" />
/**
 * Runs simulation models off the main thread. One message in ({ id, model, values }), progress
 * messages out while it runs, then the view or an error. The page cancels by terminating us.
 */
import { getModel } from '@field-guide/sims';

/** `trace`: the most events of the live view's trace to record (0 or absent: none). */
export interface WorkerRequest {
  id: number;
  model: string;
  values: Record<string, number | string>;
  trace?: number;
}
export type WorkerReply =
  | { id: number; type: 'progress'; progress: number }
  | { id: number; type: 'done'; view: import('@field-guide/sims').View; millis: number }
  | { id: number; type: 'error'; error: string };

/** Work kept between runs for this page's lifetime (the models' reference sweeps): see sims/engine/memo.ts. */
const memo = new Map<string, unknown>();

const post = (m: WorkerReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, model, values, trace } = e.data;
  const entry = getModel(model);
  if (!entry?.explore) return post({ id, type: 'error', error: `unknown model "${model}"` });
  const start = performance.now();
  let last = 0;
  try {
    const view = entry.explore(values, {
      ...(trace ? { trace } : {}),
      memo,
      onProgress: (done, total) => {
        const now = performance.now();
        if (total > 0 && now - last > 50) {
          last = now;
          post({ id, type: 'progress', progress: Math.min(1, done / total) });
        }
      },
    });
    post({ id, type: 'done', view, millis: performance.now() - start });
  } catch (err) {
    post({ id, type: 'error', error: err instanceof Error ? err.message : String(err) });
  }
};
