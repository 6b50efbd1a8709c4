/** Closed-form queueing results, shared by models (theory curves) and tests (validation). */
export {
  erlangB,
  erlangC,
  mmc,
  mmcSojournTail,
  mmcSojournQuantile,
  mm1SojournQuantile,
  type MmcTheory,
} from './erlang-c.ts';
export { mg1, type Mg1Theory } from './pollaczek-khinchine.ts';
