import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/** Presets that tell the stories the wiki pages need. */
export const presets: readonly Preset[] = [
  { id: 'bank-shared', label: 'Bank: one line, four tellers', help: 'M/M/4 at 80% load: a shared line rarely leaves a teller idle while someone waits.', params: { servers: 4, arrivalRate: 3.2, serviceRate: 1, discipline: 'shared' } },
  { id: 'bank-per-server', label: 'Bank: a line per teller', help: 'The same tellers and load, but each customer picks a line at random: waits grow several-fold.', params: { servers: 4, arrivalRate: 3.2, serviceRate: 1, discipline: 'per-server' } },
  { id: 'hockey-stick', label: 'One server at 90%', help: 'M/M/1 at ρ = 0.9: the mean wait is nine service times, and p99 far more.', params: { servers: 1, arrivalRate: 0.9, serviceRate: 1 } },
  { id: 'steady-service', label: 'Constant service', help: 'M/D/1: removing service variability halves the wait (Pollaczek–Khinchine).', params: { servers: 1, arrivalRate: 0.8, serviceDist: 'deterministic' } },
  { id: 'heavy-tail', label: 'Heavy-tailed jobs', help: 'Bounded Pareto service at 70% load: a few huge jobs dominate the tail.', params: { servers: 1, arrivalRate: 0.7, serviceDist: 'pareto', paretoShape: 1.2, customers: 200000 } },
];
