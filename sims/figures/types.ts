/**
 * What a model shows a reader, as plain data: key numbers and figures. Models build these from
 * their results (the maths stays in sims/); the site's islands only draw them. JSON-safe.
 */

/** A chart axis. */
export interface Axis {
  label: string;
  /** Unit shown after the label, e.g. 'ms'; '' for none. */
  unit: string;
  scale: 'linear' | 'log';
  /** Fixed [min, max]; absent means fit the data. */
  domain?: [number, number];
}

/** One series of a line chart. */
export interface Series {
  id: string;
  label: string;
  /** Points as [x, y]; a null y is a gap (e.g. unstable). */
  points: [number, number | null][];
  /** 'line' joins points, 'points' marks them (simulated), 'dashed' for theory. */
  style: 'line' | 'points' | 'dashed';
  /** For simulated points: 95% half-width of each y, or null. */
  ci?: (number | null)[];
  /** Which of the palette's colours, 0–5, so related series share a colour. */
  color: number;
}

/** An x–y chart: latency against load, a time series, a growth curve. */
export interface LineFigure {
  kind: 'line';
  id: string;
  title: string;
  /** One or two sentences on what to look for; also the chart's text alternative. */
  caption: string;
  x: Axis;
  y: Axis;
  series: Series[];
  /** A vertical marker, e.g. the reader's current load. */
  marker?: { x: number; label: string };
}

/** A distribution: counts in bins (log-spaced for tails), with its CDF. */
export interface HistogramFigure {
  kind: 'histogram';
  id: string;
  title: string;
  caption: string;
  x: Axis;
  /** Bin i covers [edges[i], edges[i+1]). */
  edges: number[];
  counts: number[];
  /** Vertical markers, e.g. p50 and p99. */
  markers: { x: number; label: string }[];
}

/** A grid of values, e.g. load on every drive of a rack. */
export interface HeatmapFigure {
  kind: 'heatmap';
  id: string;
  title: string;
  caption: string;
  rows: number;
  cols: number;
  /** Row-major, rows × cols values. */
  values: number[];
  /** What a cell's value means, e.g. 'utilization'. */
  valueLabel: string;
  unit: string;
  /** Colour scale bounds; values above max show as the hottest colour. */
  min: number;
  max: number;
  /** Labels for rows and columns, when they mean something. */
  rowLabel: string;
  colLabel: string;
}

export type Figure = LineFigure | HistogramFigure | HeatmapFigure;

/** A headline number, with its 95% half-width when simulated, and theory when known. */
export interface Stat {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  ci95?: number | null;
  /** The closed-form value, when theory has one. */
  theory?: number | null;
  help?: string;
}

/** Everything a simulation page draws for one run. */
export interface View {
  title: string;
  stats: Stat[];
  figures: Figure[];
  /** What validation changed, and other things the reader should know about this run. */
  notes: string[];
  /** Why there are no numbers (unstable, truncated), or null. */
  message: string | null;
  /**
   * A window of the run the stats summarise, for the live view; present only when the run was
   * asked for one (`RunOptions.trace`). Typed arrays: structured-cloneable, not JSON.
   */
  trace?: import('../trace/types.ts').Trace;
  /** Grids of load second by second, for a heat live view, when the run was asked for a trace. */
  heat?: import('../trace/types.ts').HeatFrames[];
  /** Summed demand of growing crowds, second by second, when the run was asked for a trace and a smoothing view. */
  demand?: import('../trace/types.ts').DemandFrames;
}
