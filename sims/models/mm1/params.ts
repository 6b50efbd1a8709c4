import type { NumberParam } from '../../params/spec.ts';

/** Parameters of the `mm1` model: plain data that islands and the CLI build their controls from. */
export const params = {
  arrivalRate: {
    label: 'Arrival rate λ',
    default: 0.8,
    min: 0.05,
    max: 0.99,
    step: 0.01,
    unit: 'per ms',
    help: 'Requests arriving per millisecond, on average (Poisson arrivals).',
  },
  serviceRate: {
    label: 'Service rate μ',
    default: 1,
    min: 0.1,
    max: 10,
    step: 0.1,
    unit: 'per ms',
    help: 'Requests one server completes per millisecond, on average (exponential service).',
  },
  customers: {
    label: 'Customers',
    default: 20000,
    min: 1000,
    max: 200000,
    step: 1000,
    unit: '',
    help: 'How many requests to simulate.',
  },
  seed: { label: 'Seed', default: 1, min: 0, max: 4294967295, step: 1, unit: '', help: 'Same seed, same run.' },
} as const satisfies Record<string, NumberParam>;

export type Params = { [K in keyof typeof params]: number };

/** The defaults as a `Params` object. */
export function defaults(): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v.default])) as Params;
}
