import { budgetMessage, DEFAULT_BUDGET, type RunOptions, type RunStatus } from './budget.ts';
import { EventHeap } from './event-heap.ts';

/**
 * Handles one event: its payload and time. Schedule more with `heap.push`. Return `false` to
 * stop the run (the model is done); anything else continues.
 */
export type EventHandler = (payload: number, time: number) => boolean | void;

/**
 * The discrete-event loop: pop the earliest event, hand it to the model, until the heap is
 * empty, the handler says stop, or the budget is spent. One handler call per event, no
 * allocation, so the loop costs little beyond the heap itself.
 */
export function runEvents(heap: EventHeap, handle: EventHandler, options: RunOptions = {}, expected = 0): RunStatus {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const onProgress = options.onProgress;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 65536));
  let events = 0;
  let nextReport = onProgress ? every : Number.POSITIVE_INFINITY;
  while (heap.size > 0) {
    if (events >= budget) return { work: events, truncated: true, message: budgetMessage('events', budget) };
    const t = heap.peekTime();
    const payload = heap.pop();
    events++;
    if (handle(payload, t) === false) break;
    if (events >= nextReport) {
      (onProgress as (d: number, t: number) => void)(events, expected);
      nextReport += every;
    }
  }
  return { work: events, truncated: false };
}

export { EventHeap } from './event-heap.ts';
