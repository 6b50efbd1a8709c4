import { budgetMessage, DEFAULT_BUDGET, type RunOptions, type RunStatus } from './budget.ts';

/**
 * Advances a model by one step; the model keeps its state in typed arrays (one slot per drive,
 * node, link) and loops over them itself. Return `false` to stop early.
 */
export type StepFn = (step: number) => boolean | void;

/**
 * The time-stepped runner, for models with very many independent parts (a million drives)
 * where an event per part would be wasteful: call `step` for steps 0 … steps − 1, unless the
 * budget (in steps) runs out first, in which case the status says so.
 */
export function runSteps(steps: number, step: StepFn, options: RunOptions = {}): RunStatus {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 1));
  const onProgress = options.onProgress;
  for (let i = 0; i < steps; i++) {
    if (i >= budget) return { work: i, truncated: true, message: budgetMessage('steps', budget) };
    if (step(i) === false) return { work: i + 1, truncated: false };
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, steps);
  }
  return { work: steps, truncated: false };
}
