import { defaultsOf, type ChoiceParam, type NumberParam, type ValuesOf } from '../../params/spec.ts';

/** Service-time distributions the `queue` model offers. */
export type ServiceDist = 'exponential' | 'deterministic' | 'scv' | 'lognormal' | 'pareto';

/** How arrivals meet servers: one shared line, or a line per server. */
export type Discipline = 'shared' | 'per-server';

const serviceDist: ChoiceParam<ServiceDist> = {
  kind: 'choice',
  label: 'Service-time distribution',
  default: 'exponential',
  options: [
    { value: 'exponential', label: 'Exponential (M)' },
    { value: 'deterministic', label: 'Deterministic (D)' },
    { value: 'scv', label: 'Erlang / hyperexponential by variability' },
    { value: 'lognormal', label: 'Lognormal' },
    { value: 'pareto', label: 'Bounded Pareto (heavy tail)' },
  ],
  help: 'The shape of service times. Variability, not the mean alone, sets how long the line gets.',
};

const discipline: ChoiceParam<Discipline> = {
  kind: 'choice',
  label: 'Lines',
  default: 'shared',
  options: [
    { value: 'shared', label: 'One shared line' },
    { value: 'per-server', label: 'A line per server' },
  ],
  help: 'The bank-teller question: one line feeding every teller, or each arrival joining a random teller’s own line.',
};

/** Parameters of the `queue` model (G/G/c, FIFO): plain data for controls, flags and validation. */
export const params = {
  arrivalRate: {
    label: 'Arrival rate λ',
    default: 0.8,
    min: 0.01,
    max: 10000,
    step: 0.01,
    unit: 'per s',
    help: 'Customers arriving per second, on average.',
  } satisfies NumberParam,
  serviceRate: {
    label: 'Service rate μ',
    default: 1,
    min: 0.01,
    max: 10000,
    step: 0.01,
    unit: 'per s',
    help: 'Customers one server completes per second, on average: the mean service time is 1/μ.',
  } satisfies NumberParam,
  servers: {
    label: 'Servers c',
    default: 1,
    min: 1,
    max: 128,
    step: 1,
    unit: '',
    integer: true,
    help: 'Servers (tellers, threads, disks) working in parallel.',
  } satisfies NumberParam,
  serviceDist,
  serviceScv: {
    label: 'Service variability (SCV)',
    default: 1,
    min: 0,
    max: 100,
    step: 0.05,
    unit: '',
    help: 'Squared coefficient of variation of service time, for the by-variability and lognormal shapes: 0 constant, 1 exponential, above 1 bursty.',
  } satisfies NumberParam,
  paretoShape: {
    label: 'Pareto shape α',
    default: 1.5,
    min: 0.5,
    max: 3,
    step: 0.05,
    unit: '',
    help: 'Tail index of the bounded Pareto (range 10,000:1): smaller means a heavier tail, a few huge jobs.',
  } satisfies NumberParam,
  arrivalScv: {
    label: 'Arrival variability (SCV)',
    default: 1,
    min: 0,
    max: 100,
    step: 0.05,
    unit: '',
    help: 'Squared coefficient of variation of the gaps between arrivals: 1 is Poisson, 0 a metronome, above 1 bursty.',
  } satisfies NumberParam,
  discipline,
  customers: {
    label: 'Customers',
    default: 20000,
    min: 100,
    max: 10_000_000,
    step: 1000,
    unit: '',
    integer: true,
    help: 'Customers measured, after the warm-up.',
  } satisfies NumberParam,
  warmup: {
    label: 'Warm-up',
    default: 2000,
    min: 0,
    max: 1_000_000,
    step: 1000,
    unit: '',
    integer: true,
    help: 'Customers simulated first and left out of the statistics, so the empty start does not flatter the results.',
  } satisfies NumberParam,
  seed: {
    label: 'Seed',
    default: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    unit: '',
    integer: true,
    help: 'Same seed, same run, bit for bit.',
  } satisfies NumberParam,
};

/** The values of one `queue` run. */
export type Params = ValuesOf<typeof params>;

/** Ratio of the bounded Pareto's upper to lower bound: wide enough for a heavy tail, finite so moments exist. */
export const PARETO_SPREAD = 10_000;

/** The defaults as a `Params` object. */
export function defaults(): Params {
  return defaultsOf(params);
}
