import { defaultsOf, type ChoiceParam, type NumberParam, type ValuesOf } from '../../params/spec.ts';

/** Where a bucket's objects go: kept together on a few drives, or spread over the fleet. */
export type Placement = 'bucket-local' | 'spread';
/** What is stored per object: one copy, r replicas, or n erasure-coded shards (any k rebuild it). */
export type Redundancy = 'none' | 'replicas' | 'ec';
/** Tenant demand: bursty on/off (the story), or steady and equal (the balls-into-bins check). */
export type Demand = 'bursty' | 'uniform';
/** What the live view replays: the drive grids, or the summed demand of growing crowds. */
export type LiveView = 'drives' | 'demand';

/**
 * The article the S3 figures come from (its page: /sources/2025-02-25-allthingsdistributed-building-and-operating-s3/).
 */
const SOURCE = 'Andy Warfield’s FAST ’23 keynote article on S3, All Things Distributed (2023)';

const placement: ChoiceParam<Placement> = {
  kind: 'choice',
  label: 'Placement',
  default: 'spread',
  options: [
    { value: 'bucket-local', label: 'Bucket-local (a few drives per bucket)' },
    { value: 'spread', label: 'Spread (each object on its own random drives)' },
  ],
  help: 'Bucket-local keeps a bucket on a small set of drives; spread puts every object’s copies on drives chosen at random from the whole fleet.',
  basis: `${SOURCE}: a bucket’s objects are placed on disjoint drive sets, so a customer is a tiny fraction of any drive`,
};

const redundancy: ChoiceParam<Redundancy> = {
  kind: 'choice',
  label: 'Redundancy',
  default: 'none',
  options: [
    { value: 'none', label: 'None (one copy)' },
    { value: 'replicas', label: 'Replicas (r copies)' },
    { value: 'ec', label: 'Erasure coding (k of n shards)' },
  ],
  help: 'The copies or shards kept for durability. Each one is also a place a read can go.',
  basis: `${SOURCE}: replicas and erasure-coded shards steer I/O as well as protect data`,
};

const demand: ChoiceParam<Demand> = {
  kind: 'choice',
  label: 'Demand',
  default: 'bursty',
  options: [
    { value: 'bursty', label: 'Bursty tenants (on/off, heavy tails)' },
    { value: 'uniform', label: 'Uniform (every tenant steady and equal)' },
  ],
  help: 'Bursty: each tenant switches between idle and heavy-tailed bursts. Uniform: the textbook balls-into-bins case, used to check the model against theory.',
  basis: `${SOURCE}: any one tenant is bursty, millions of them together are smooth`,
};

const liveView: ChoiceParam<LiveView> = {
  kind: 'choice',
  label: 'Live view',
  default: 'drives',
  options: [
    { value: 'drives', label: 'Drives (bucket-local and spread, second by second)' },
    { value: 'demand', label: 'Demand of 1, 100 and 10,000 tenants added up' },
  ],
  help: 'What the live view above the charts replays: the drives of this run, or the summed demand of ever larger crowds of tenants (the smoothing step picks this). It changes no number.',
  basis: 'presentation only: which recording of the run the live view replays',
};

const int = (
  label: string,
  d: number,
  min: number,
  max: number,
  step: number,
  help: string,
  basis: string,
): NumberParam => ({ label, default: d, min, max, step, unit: '', integer: true, help, basis });

/** Parameters of the `s3-heat` model: plain data for controls, flags, validation and the assumptions table. */
export const params = {
  driveTb: {
    label: 'Drive capacity',
    default: 200,
    min: 1,
    max: 400,
    step: 1,
    unit: 'TB',
    help: 'Capacity of one hard drive. Bigger drives hold more data behind the same read head.',
    basis: `${SOURCE}: drives heading towards 200 TB`,
  } satisfies NumberParam,
  driveIops: {
    label: 'Drive IOPS',
    default: 120,
    min: 10,
    max: 1000,
    step: 10,
    unit: 'IOPS',
    help: 'Random I/Os one drive serves per second, whatever its size.',
    basis: `${SOURCE}: about 120 IOPS per drive, flat since around 2006`,
  } satisfies NumberParam,
  accessDensity: {
    label: 'Heat per stored TB',
    default: 0.3,
    min: 0.001,
    max: 10,
    step: 0.01,
    unit: 'IOPS/TB',
    help: 'Average I/Os per second that each stored terabyte attracts, fleet-wide. Times the drive size, divided by drive IOPS, it is the fleet’s mean utilization.',
    basis: 'assumption: chosen so that full 200 TB drives run at 50% mean utilization',
  } satisfies NumberParam,
  drives: int(
    'Drives',
    1024,
    16,
    1_000_000,
    16,
    'Hard drives in the fleet. The page draws the first 1,024 of them as a grid.',
    'assumption: 1,024 (a 32 × 32 grid) keeps each run in milliseconds; try 1,000,000',
  ),
  tenants: int(
    'Tenants',
    1000,
    1,
    1_000_000,
    1,
    'Independent customers (one bucket each), all with the same amount of data.',
    'assumption: enough tenants that the fleet total is smooth, few enough that a bucket-local group holds only a handful',
  ),
  objectsPerDrive: int(
    'Objects per drive',
    64,
    1,
    1024,
    1,
    'Objects stored per drive on average; each bucket gets an equal share of drives × this. Under spread placement each object’s copies land on their own random drives.',
    'assumption: 64, so a spread bucket touches many drives and every drive holds slices of many buckets (fewer, with a note, when a huge fleet would not fit in memory)',
  ),
  placement,
  bucketDrives: int(
    'Drives per bucket (bucket-local)',
    4,
    1,
    64,
    1,
    'Under bucket-local placement, how many drives a bucket shares with the other buckets of its group (at least n for erasure coding).',
    'assumption: a small group, as a naive placement would use',
  ),
  redundancy,
  replicas: int(
    'Replicas r',
    3,
    2,
    8,
    1,
    'Full copies of each object when redundancy is replicas.',
    'assumption: three copies, a common choice; the keynote gives no number',
  ),
  ecData: int(
    'EC data shards k',
    5,
    1,
    16,
    1,
    'Shards a read needs when redundancy is erasure coding.',
    'assumption: 5 of 9; the keynote gives no code parameters',
  ),
  ecTotal: int(
    'EC total shards n',
    9,
    2,
    20,
    1,
    'Shards stored per object under erasure coding; any k of them rebuild it.',
    'assumption: 5 of 9; the keynote gives no code parameters',
  ),
  readChoices: int(
    'Read choices d',
    1,
    1,
    8,
    1,
    '1 sends each read to a random copy (or k random shards); d ≥ 2 looks at d copies (or k + d − 1 shards) and reads the least loaded.',
    'the power of d choices (balls into bins); 1 is the naive baseline',
  ),
  demand,
  dutyCycle: {
    label: 'Duty cycle',
    default: 0.5,
    min: 0.01,
    max: 1,
    step: 0.01,
    unit: '',
    help: 'Share of the time a bursty tenant is on. At 0.5 a tenant’s demand has a coefficient of variation of 1.',
    basis: 'assumption: 0.5, so one tenant alone has a coefficient of variation of 1, as on the aggregate-demand page',
  } satisfies NumberParam,
  burstSteps: {
    label: 'Shortest burst',
    default: 3,
    min: 1,
    max: 100,
    step: 1,
    unit: 's',
    help: 'Bursts last at least this long; their lengths have a Pareto tail, so a few last very long.',
    basis: 'assumption: bursts of seconds, an illustrative time scale',
  } satisfies NumberParam,
  burstTail: {
    label: 'Burst-length tail α',
    default: 1.5,
    min: 1.05,
    max: 5,
    step: 0.05,
    unit: '',
    help: 'Pareto shape of burst lengths: below 2 the variance is infinite (very long bursts happen).',
    basis: 'assumption: 1.5, heavy-tailed, in the range measured for bursty traffic',
  } satisfies NumberParam,
  heatTail: {
    label: 'Tenant heat tail',
    default: 2.5,
    min: 1.1,
    max: 20,
    step: 0.1,
    unit: '',
    help: 'Pareto shape of how hot tenants are relative to each other: smaller means a few tenants far hotter than the rest.',
    basis: 'assumption: 2.5, so a few tenants are ten times the average heat but the variance is finite',
  } satisfies NumberParam,
  requestIos: {
    label: 'I/Os per request',
    default: 10,
    min: 1,
    max: 120,
    step: 1,
    unit: '',
    help: 'Drive I/Os in one request, the unit a read policy places. An erasure-coded read splits them over its k shards.',
    basis: 'assumption: 10, coarse enough that a million drives run in seconds; smaller means less random imbalance',
  } satisfies NumberParam,
  steps: int(
    'Steps',
    40,
    5,
    100_000,
    5,
    'Simulated seconds measured (one step is one second).',
    'assumption: 40 seconds, long enough for several bursts and quick to run',
  ),
  seed: {
    label: 'Seed',
    default: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    unit: '',
    integer: true,
    help: 'Same seed, same run, bit for bit.',
    basis: 'any; each seed is an independent run',
  } satisfies NumberParam,
  liveView,
};

/** The values of one `s3-heat` run. */
export type Params = ValuesOf<typeof params>;

/** The defaults as a `Params` object. */
export function defaults(): Params {
  return defaultsOf(params);
}
