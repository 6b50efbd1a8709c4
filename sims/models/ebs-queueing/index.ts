/** The `ebs-queueing` model: EBS's IO path as queues, from hard drives to Nitro. */
export { params, defaults, type Params, type Isolation, type Device } from './params.ts';
export { run, type Result, type Options, type TenantP99 } from './model.ts';
export { presets, type Preset } from './presets.ts';
export { explore } from './view.ts';
export { ebsTheory, type EbsTheory } from './theory.ts';
export type { Summary } from './summarize.ts';

/** Title and one-line description, for the model list. */
export const title = 'EBS IO path (queueing, HDD to Nitro)';
export const description = 'Volumes send IOs through a host ring, the network and storage servers to shared drives: noisy neighbours, blast radius, rate limits, Little’s law and the eras of EBS.';
