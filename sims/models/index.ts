import type { RunOptions } from '../engine/budget.ts';
import type { ParamsSpec } from '../params/spec.ts';
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
  presets: readonly { id: string; label: string; help: string; params: Readonly<Record<string, number | string>> }[];
  /** Runs on validated values; returns JSON-safe data. */
  run(values: Record<string, unknown>, options?: RunOptions): unknown;
  /** What a simulation page shows for these values: key numbers and figures, JSON-safe. */
  explore?(values: Record<string, unknown>, options?: RunOptions): View;
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
  queue: {
    name: 'queue',
    title: queue.title,
    description: queue.description,
    params: queue.params,
    presets: queue.presets,
    run: (values, options) => queue.run(values, options),
    explore: (values, options) => queue.explore(values, options),
  },
  's3-heat': {
    name: 's3-heat',
    title: s3Heat.title,
    description: s3Heat.description,
    params: s3Heat.params,
    presets: s3Heat.presets,
    run: (values, options) => s3Heat.run(values, options),
    explore: (values, options) => s3Heat.explore(values, options),
  },
  'lambda-slots': {
    name: 'lambda-slots',
    title: lambdaSlots.title,
    description: lambdaSlots.description,
    params: lambdaSlots.params,
    presets: lambdaSlots.presets,
    run: (values, options) => lambdaSlots.run(values, options),
    explore: (values, options) => lambdaSlots.explore(values, options),
  },
  'ebs-queueing': {
    name: 'ebs-queueing',
    title: ebsQueueing.title,
    description: ebsQueueing.description,
    params: ebsQueueing.params,
    presets: ebsQueueing.presets,
    run: (values, options) => ebsQueueing.run(values, options),
    explore: (values, options) => ebsQueueing.explore(values, options),
  },
};

/** The model called `name`, or undefined. */
export function getModel(name: string): ModelEntry | undefined {
  return Object.hasOwn(models, name) ? models[name] : undefined;
}
