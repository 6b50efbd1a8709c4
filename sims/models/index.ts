import type { RunOptions } from '../engine/budget.ts';
import type { ParamsSpec, Preset } from '../params/spec.ts';
import type { View } from '../figures/types.ts';
import * as mm1 from './mm1/index.ts';
import * as queue from './queue/index.ts';
import * as ebsQueueing from './ebs-queueing/index.ts';
import * as lambdaSlots from './lambda-slots/index.ts';
import * as s3Heat from './s3-heat/index.ts';

/** What the CLI and the site need from any model: its schema, presets and `run`. */
export interface ModelEntry {
  name: string;
  title: string;
  description: string;
  params: ParamsSpec;
  presets: readonly Preset[];
  /** Runs on validated values; returns JSON-safe data. */
  run(values: Record<string, unknown>, options?: RunOptions): unknown;
  /** What a simulation page shows for these values: key numbers and figures, JSON-safe. */
  explore?(values: Record<string, unknown>, options?: RunOptions): View;
  /**
   * For models whose runs record a trace (`RunOptions.trace`): what their live view shows, in one sentence for screen
   * readers.
   */
  live?: string;
  /** For models whose runs record grids of load (`View.heat`): what their heat live view shows, in one sentence. */
  liveHeat?: string;
}

/** What a simulation model's module exports: the registry builds its entry from these. */
interface SimulationModule {
  title: string;
  description: string;
  params: ParamsSpec;
  presets: readonly Preset<object>[];
  run(values: Record<string, unknown>, options?: RunOptions): unknown;
  explore(values: Record<string, unknown>, options?: RunOptions): View;
  live?: string;
  liveHeat?: string;
}

/**
 * The registry entry of a model with presets and a page view. Calls are marked pure so that a
 * bundle that never reads `models` (the islands) drops every model with it.
 */
function simulation(name: string, m: SimulationModule): ModelEntry {
  return {
    name,
    title: m.title,
    description: m.description,
    params: m.params,
    presets: m.presets as readonly Preset[],
    run: (values, options) => m.run(values, options),
    explore: (values, options) => m.explore(values, options),
    ...(m.live !== undefined && { live: m.live }),
    ...(m.liveHeat !== undefined && { liveHeat: m.liveHeat }),
  };
}

/** Every model by name: the single list the CLI and the site read. */
export const models: Readonly<Record<string, ModelEntry>> = {
  mm1: {
    name: 'mm1',
    title: 'M/M/1 (Lindley recursion)',
    description: 'The smallest queue: one server, Poisson arrivals, exponential service.',
    params: mm1.params,
    presets: [],
    run: (values) => mm1.run(values as unknown as mm1.Params),
  },
  queue: /* @__PURE__ */ simulation('queue', queue),
  's3-heat': /* @__PURE__ */ simulation('s3-heat', s3Heat),
  'lambda-slots': /* @__PURE__ */ simulation('lambda-slots', lambdaSlots),
  'ebs-queueing': /* @__PURE__ */ simulation('ebs-queueing', ebsQueueing),
};

/** The model called `name`, or undefined. */
export function getModel(name: string): ModelEntry | undefined {
  return Object.hasOwn(models, name) ? models[name] : undefined;
}
