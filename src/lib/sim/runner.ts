import type { WorkerReply, WorkerRequest } from '../../workers/sim.worker.ts';
import type { SimStores } from '../../stores/sim.ts';

/** Events a live view's trace may hold: a few thousand, enough for a minute of watching. */
export const TRACE_EVENTS = 6000;

export interface Runner {
  /** Runs the model for these values: figures, numbers and a trace for the live view. */
  run(values: Record<string, number | string>): void;
  /** Runs the model only for the live view's trace (the figures already show these values). */
  trace(values: Record<string, number | string>): void;
  /** Stops the run under way. */
  cancel(): void;
}

const runners = new Map<string, Runner>();

/**
 * The one runner of the `<Sim>` with this id, shared by its controls and its live view. Runs a
 * model in a Web Worker and writes progress, results and the trace into the sim's stores. A new
 * request supersedes the one under way: the worker is terminated (a model run cannot be
 * interrupted any other way, and a run nobody will see must not keep the CPU busy) and a fresh
 * one takes the new request.
 */
export function runnerFor(id: string, model: string, stores: SimStores): Runner {
  let r = runners.get(id);
  if (!r) runners.set(id, (r = createRunner(model, stores)));
  return r;
}

function createRunner(model: string, stores: SimStores): Runner {
  let worker: Worker | undefined;
  let current = 0;
  let busy = false;
  let purpose: 'run' | 'trace' = 'run';

  const spawn = () => {
    const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.id !== current) return;
      const state = stores.$run.get();
      if (m.type !== 'progress') busy = false;
      if (m.type === 'progress') {
        if (purpose === 'run') stores.$run.set({ ...state, progress: m.progress });
      } else if (m.type === 'done') {
        const { trace, heat, demand, ...view } = m.view;
        if (trace) stores.$trace.set(trace);
        // A heat view shows the grids or the summed demand, whichever the latest run recorded.
        if (heat || demand) {
          stores.$heat.set(heat ?? null);
          stores.$demand.set(demand ?? null);
        }
        if (purpose === 'run') stores.$run.set({ status: 'done', progress: 1, view, error: null, millis: m.millis });
      } else if (purpose === 'run') stores.$run.set({ ...state, status: 'error', error: m.error });
    };
    w.onerror = (e) => {
      busy = false;
      stores.$run.set({ ...stores.$run.get(), status: 'error', error: e.message || 'the simulation worker failed' });
    };
    return w;
  };

  const send = (values: Record<string, number | string>, why: 'run' | 'trace') => {
    if (busy) {
      worker?.terminate();
      worker = undefined;
    }
    worker ??= spawn();
    current += 1;
    busy = true;
    purpose = why;
    const request: WorkerRequest = { id: current, model, values, trace: TRACE_EVENTS };
    worker.postMessage(request);
  };

  return {
    run(values) {
      stores.$run.set({ ...stores.$run.get(), status: 'running', progress: 0, error: null });
      send(values, 'run');
    },
    trace(values) {
      if (busy && purpose === 'run') return; // a reader's run under way brings a trace too
      send(values, 'trace');
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      busy = false;
      current += 1;
      stores.$run.set({ ...stores.$run.get(), status: 'cancelled', progress: 0 });
    },
  };
}
