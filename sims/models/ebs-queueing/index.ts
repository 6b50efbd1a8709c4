/** The `ebs-queueing` model: EBS's IO path as queues, from hard drives to Nitro. */
export { params, defaults, type Params, type Isolation, type Device } from './params.ts';
export { run, type Result, type Options, type TenantP99 } from './model.ts';
export { presets, type Preset } from './presets.ts';
export { explore } from './view.ts';
export { ebsTheory, type EbsTheory } from './theory.ts';
export type { Summary } from './summarize.ts';

/** Title and one-line description, for the model list. */
export const title = 'EBS IO path (queueing, HDD to Nitro)';
export const description =
  'Volumes send IOs through a host ring, the network and storage servers to shared drives: noisy neighbours, blast radius, rate limits, Little’s law and the eras of EBS.';

/**
 * What the live view shows: each IO's path through the host, the network and a drive, replayed from this run's own
 * events.
 */
export const live =
  'Live view of the IO path: each dot is one IO of this run, crossing the host and network, waiting in line at its drive, being served (filled box) and returning; volume 0 has its own colour.';
