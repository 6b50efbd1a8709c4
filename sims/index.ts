/** The simulation models of the Field Guide, by name. Framework-free: no DOM, no Node APIs. */
export * as mm1 from './models/mm1/index.ts';
export { createRng, type Rng } from './rng/xoshiro128.ts';
