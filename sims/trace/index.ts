/** Traces of model runs and their replay, for live views. */
export {
  JOIN,
  START,
  LEAVE,
  type EventKind,
  type HeatFrames,
  type ReadChoices,
  type DemandFrames,
  type DemandSeries,
  type Station,
  type Placement,
  type Trace,
} from './types.ts';
export { TraceRecorder } from './recorder.ts';
export { applyEvent, indexAtTime, initialState, occupancy, stateAt, type ReplayState } from './replay.ts';
