/** The `s3-heat` model: heat on a fleet of hard drives, placement, redundancy and read choices. */
export {
  params,
  defaults,
  type Params,
  type Placement,
  type Redundancy,
  type Demand,
  type LiveView,
} from './params.ts';
export { run, MAX_PLACEMENTS, type Result, type Options } from './model.ts';
export { presets, type Preset } from './presets.ts';
export { explore } from './view.ts';
export { aggregateSeries, smoothing, type AggregateSeries, type SmoothingCurve } from './smoothing.ts';
export * as theory from './theory.ts';
export type { Summary } from './summarize.ts';
export { MAX_HEAT_FRAMES, type HeatTrace } from './simulate.ts';

/** Title and one-line description, for the model list. */
export const title = 'S3 heat: drives, placement and read choices';
export const description =
  'Bursty tenants on a fleet of hard drives: IOPS per TB, smoothing, bucket-local vs spread placement, replicas or erasure coding, random vs least-loaded reads.';

/** What the heat live view shows, for screen readers. */
export const liveHeat =
  'Live view of the drives of this run, second by second: two grids of the first drives, bucket-local and spread ' +
  'placement, each square a drive whose colour grows with its load, outlined when over capacity, and dotted ' +
  'while the hottest tenant reads from it. When reads choose among copies, a few reads each second outline the ' +
  'drives they compared and fill the one they took.';
