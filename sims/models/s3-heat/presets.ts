import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

const base = { driveTb: 200, tenants: 1000, demand: 'bursty', placement: 'spread', redundancy: 'none', readChoices: 1 } as const;

/** The four steps of the S3 heat story, in order (the keynote's argument); the defaults are step 3. */
export const presets: readonly Preset[] = [
  { id: 'physics', label: 'Hard-drive physics', params: { ...base, demand: 'uniform' },
    help: 'A 200 TB drive still serves about 120 IOPS: 0.6 IOPS per stored terabyte (first chart). Here demand is perfectly steady and evenly spread, yet random reads still push a few drives past their IOPS each second.' },
  { id: 'smoothing', label: 'Aggregate demand smoothing', params: { ...base, tenants: 10_000 },
    help: 'Each tenant is idle half the time, a coefficient of variation of 1 on its own; the total of 10,000 of them moves by about 1% from second to second (demand CV, and the second chart).' },
  { id: 'spread', label: 'Spread placement', params: { ...base },
    help: 'Compare the two heatmaps: kept together, a hot bucket’s burst lands on its few drives and melts them (outlined cells are over capacity); spread, the same bursts are a thin slice of many drives.' },
  { id: 'redundancy', label: 'Redundancy for heat', params: { ...base, redundancy: 'replicas', readChoices: 2 },
    help: 'Three replicas, and each read goes to the less loaded of two: the hottest drive drops to well under its IOPS, and the tail of the last chart collapses.' },
];
