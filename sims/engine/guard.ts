import { budgetMessage, DEFAULT_BUDGET, type RunOptions } from './budget.ts';

/**
 * Budget and progress for hand-written event loops, the fast path: a model that inlines its loop
 * (no handler call per event) checks `events >= guard.budget` and `events >= guard.nextReport`,
 * two comparisons, and calls `report` or `stop` only when one trips.
 */
export interface Guard {
  /** Most events allowed. */
  budget: number;
  /** Event count at which to call `report` next (Infinity without a progress callback). */
  nextReport: number;
  /** Reports progress and schedules the next report. */
  report(events: number): void;
  /** The message for a run stopped by the budget. */
  stop(): string;
}

/** A guard from run options; `expected` is the total work, passed to the progress callback. */
export function createGuard(options: RunOptions, expected: number, unit = 'events'): Guard {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 65536));
  const onProgress = options.onProgress;
  const guard: Guard = {
    budget,
    nextReport: onProgress ? every : Number.POSITIVE_INFINITY,
    report(events) {
      onProgress?.(events, expected);
      guard.nextReport = events + every;
    },
    stop: () => budgetMessage(unit, budget),
  };
  return guard;
}
