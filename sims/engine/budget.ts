/** How a run ended: completed, or stopped by its budget (with a message saying which). */
export interface RunStatus {
  /** Events (or steps) processed. */
  work: number;
  truncated: boolean;
  /** Why the run stopped early; absent when it completed. */
  message?: string;
}

/** Options every runner accepts. */
export interface RunOptions {
  /** Most events (or steps) to process; beyond it the run stops and reports `truncated`. */
  budget?: number;
  /** Called with work done and (when known) the total, every `progressEvery` units of work. */
  onProgress?: (done: number, total: number) => void;
  /** How often to report progress; default 65,536 events or 1 step. */
  progressEvery?: number;
  /**
   * Ask for a trace of a window of the run (sims/trace/) of at most this many events, for a live
   * view. Models that record traces return it beside their results; recording changes no result.
   */
  trace?: number;
  /**
   * A cache the caller keeps between runs (sims/engine/memo.ts): a model puts there work that
   * does not depend on what a reader usually changes, such as the reference sweeps of a figure.
   */
  memo?: Map<string, unknown>;
}

/** The default budget: a billion events, about ten seconds of work, so nothing runs forever. */
export const DEFAULT_BUDGET = 1e9;

/** The message for a run stopped by its budget. */
export function budgetMessage(unit: string, budget: number): string {
  return `stopped after ${budget} ${unit} (the budget); results cover the run so far`;
}
