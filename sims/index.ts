/** The simulation core of the Field Guide. Framework-free: no DOM, no Node APIs. */
export * as mm1 from './models/mm1/index.ts';
export * as queue from './models/queue/index.ts';
export { models, getModel, type ModelEntry } from './models/index.ts';
export { createRng, rngFromState, type Rng } from './rng/xoshiro128.ts';
export * as dist from './dist/index.ts';
export type { DistSpec, Moments, Sampler } from './dist/index.ts';
export { EventHeap } from './engine/event-heap.ts';
export { runSteps, type StepFn } from './engine/stepper.ts';
export { createGuard, type Guard } from './engine/guard.ts';
export { Fifo } from './engine/fifo.ts';
export { DEFAULT_BUDGET, type RunOptions, type RunStatus } from './engine/budget.ts';
export { createWelford, welfordAdd, welfordVariance, type Welford } from './stats/welford.ts';
export { QuantileSketch, DEFAULT_EXACT_LIMIT, HISTOGRAM_RELATIVE_ERROR } from './stats/quantiles.ts';
export { logHistogram, type LogHistogram } from './stats/histogram.ts';
export { batchHalfWidth, ratioEstimate, BATCHES, type Estimate } from './stats/batch-means.ts';
export { sectionedQuantileHalfWidth, sectionedQuantileHalfWidths } from './stats/sectioning.ts';
export { tQuantile975 } from './stats/student-t.ts';
export * as theory from './theory/index.ts';
export {
  TraceRecorder,
  JOIN,
  START,
  LEAVE,
  applyEvent,
  indexAtTime,
  initialState,
  occupancy,
  stateAt,
  type Trace,
  type Station,
  type Placement,
  type ReplayState,
  type EventKind,
  type HeatFrames,
  type ReadChoices,
  type DemandFrames,
  type DemandSeries,
} from './trace/index.ts';
export { validate, defaultsOf, describeRange, isChoice } from './params/index.ts';
export type {
  ParamSpec,
  ParamsSpec,
  Preset,
  Question,
  NumberParam,
  ChoiceParam,
  ChoiceOption,
  ValuesOf,
  Validated,
  Issue,
} from './params/index.ts';
export type { View, Figure, LineFigure, HistogramFigure, HeatmapFigure, Series, Axis, Stat } from './figures/types.ts';
export { figureData, figureTable, toCsv, type Table } from './figures/table.ts';
