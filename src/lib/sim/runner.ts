import type { WorkerReply, WorkerRequest } from '../../workers/sim.worker.ts';
import type { SimStores } from '../../stores/sim.ts';

/**
 * Runs a model in a Web Worker for one `<Sim>` and writes progress and results into its stores.
 * A new request supersedes the one under way; `cancel` terminates the worker (a model run cannot
 * be interrupted any other way) and a fresh one is made for the next run.
 */
export function createRunner(model: string, stores: SimStores) {
  let worker: Worker | undefined;
  let current = 0;

  const spawn = () => {
    const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.id !== current) return;
      const state = stores.$run.get();
      if (m.type === 'progress') stores.$run.set({ ...state, progress: m.progress });
      else if (m.type === 'done') stores.$run.set({ status: 'done', progress: 1, view: m.view, error: null, millis: m.millis });
      else stores.$run.set({ ...state, status: 'error', error: m.error });
    };
    w.onerror = (e) => stores.$run.set({ ...stores.$run.get(), status: 'error', error: e.message || 'the simulation worker failed' });
    return w;
  };

  return {
    run(values: Record<string, number | string>) {
      worker ??= spawn();
      current += 1;
      stores.$run.set({ ...stores.$run.get(), status: 'running', progress: 0, error: null });
      const request: WorkerRequest = { id: current, model, values };
      worker.postMessage(request);
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      current += 1;
      stores.$run.set({ ...stores.$run.get(), status: 'cancelled', progress: 0 });
    },
  };
}
