import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

const base = {
  driveTb: 200,
  tenants: 1000,
  demand: 'bursty',
  placement: 'spread',
  redundancy: 'none',
  readChoices: 1,
} as const;

/**
 * The four steps of the S3 heat story, in order (the keynote's argument); the defaults are step 3.
 * Each asks before it shows, and lessons.test.ts checks every answer at twenty random seeds.
 */
export const presets: readonly Preset[] = [
  {
    id: 'physics',
    label: 'Hard-drive physics',
    params: { ...base, demand: 'uniform' },
    help:
      'A 200 TB drive still serves about 120 IOPS: 0.6 IOPS per stored terabyte (first chart). Here demand is ' +
      'perfectly steady and evenly spread, yet random reads still push a few drives past their IOPS each ' +
      'second.',
    controls: ['driveTb', 'accessDensity'],
    question: {
      prompt:
        'A drive ten times bigger (200 TB instead of 20 TB) still serves about 120 I/Os per second. If each ' +
        'terabyte on it is read just as often, how busy is the bigger drive?',
      choices: ['About as busy', 'About 3× busier', 'About 10× busier'],
      answer: 2,
      reveal:
        'Ten times busier. A drive’s I/Os per second barely grow with its size, so each stored terabyte ' +
        'gets 120 ÷ capacity of them: 6 at 20 TB, 0.6 at 200 TB. The same heat per terabyte that kept a 20 TB ' +
        'drive 5% busy keeps a 200 TB drive 50% busy, and even perfectly steady demand then sends a few drives ' +
        'past their limit each second.',
      stats: ['iopsPerTb', 'meanUtilization', 'overloadedDriveFraction'],
    },
  },
  {
    id: 'smoothing',
    label: 'Aggregate demand smoothing',
    // The live view shows the tenants' summed demand here instead of the drives.
    params: { ...base, tenants: 10_000, liveView: 'demand' },
    help:
      'Each tenant is idle half the time, a coefficient of variation of 1 on its own; the total of 10,000 of ' +
      'them moves by about 1% from second to second (the second and third charts, and the fleet’s demand CV). ' +
      'The live view adds up 1, 100 and 10,000 of them, second by second.',
    controls: ['dutyCycle', 'burstTail', 'tenants'],
    question: {
      prompt:
        'One tenant is either idle or busy at twice its average, so its demand swings by its whole average ' +
        '(a coefficient of variation of 1). Add up a hundred such tenants, each bursting on its own schedule. ' +
        'How much steadier is the total?',
      choices: ['About the same', 'About 10× steadier', 'About 100× steadier'],
      answer: 1,
      reveal:
        'About ten times. The total of N independent tenants grows N times, but its swings only √N times, ' +
        'so the coefficient of variation falls like 1/√N: 1 for one tenant, 0.1 for a hundred, 0.01 for ten ' +
        'thousand. The fleet’s own total smooths a little less, because some of its tenants are far hotter than ' +
        'others.',
      stats: ['tenantsCv1', 'tenantsCv100', 'tenantsCv10000'],
    },
  },
  {
    id: 'spread',
    label: 'Spread placement',
    params: { ...base },
    help:
      'Compare the two heatmaps: kept together, a hot bucket’s burst lands on its few drives and melts them ' +
      '(outlined cells are over capacity); spread, the same bursts are a thin slice of many drives.',
    controls: ['placement', 'bucketDrives', 'drives'],
    question: {
      prompt:
        'Each bucket used to live on its own 4 drives. Now every object goes to a random drive of the whole ' +
        'fleet, with the same tenants and the same bursts. The hottest drive each second is…',
      choices: ['About 1.5× hotter', 'About as hot', 'About 3× cooler'],
      answer: 2,
      reveal:
        'Several times cooler. Kept on 4 drives, a hot tenant’s burst lands on those 4 and asks them for ' +
        'several times their I/Os per second. Spread, the same burst is a thin slice of dozens of drives, each ' +
        'of which also holds slices of many other tenants, so the bursts average out on every drive.',
      stats: ['maxDriveUtilization', 'overloadedDriveFraction'],
    },
  },
  {
    id: 'redundancy',
    label: 'Redundancy for heat',
    params: { ...base, redundancy: 'replicas', readChoices: 2 },
    help:
      'Three replicas, and each read goes to the less loaded of two: the hottest drive drops to well under ' +
      'its IOPS, and the tail of the last chart collapses.',
    controls: ['readChoices', 'redundancy', 'replicas'],
    question: {
      prompt:
        'Every object now has three copies. Instead of reading a random copy, each read looks at two of ' +
        'them and goes to the less busy drive. The hottest drive each second is…',
      choices: ['About as hot', 'About half as hot', 'About a tenth as hot'],
      answer: 1,
      reveal:
        'About half as hot, and under its limit. A random copy leaves the load as lumpy as before; looking ' +
        'at just two and taking the less busy one all but removes the unlucky pile-ups (the power of two ' +
        'choices), so the busiest drive drops from above its I/Os per second to well below.',
      stats: ['maxDriveUtilization', 'overloadedDriveFraction'],
    },
  },
];
