/** The `queue` model: G/G/c FIFO, one shared line or a line per server. */
export { params, defaults, PARETO_SPREAD, type Params, type ServiceDist, type Discipline } from './params.ts';
export { run, type Result, type Options } from './model.ts';
export { sweep, type SweepResult, type SweepPoint, type SweepOptions } from './sweep.ts';
export { presets, type Preset } from './presets.ts';
export { explore } from './view.ts';
export { queueTheory, type QueueTheory } from './theory.ts';
export type { Summary, Percentiles } from './summarize.ts';

/** Title and one-line description, for the model list. */
export const title = 'Queue (G/G/c)';
export const description =
  'Customers wait in line for c servers: arrival rate, service-time shape, one shared line or one per server.';

/**
 * What the live view shows: customers (dots) joining the line and moving onto the servers, replayed from this run's own
 * events.
 */
export const live =
  'Live view of the queue: each dot is a customer of this run, joining the line on the left and moving onto a server on the right when one is free; filled boxes are busy servers.';
