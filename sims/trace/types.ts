/**
 * A trace: the events of a window of one model run, recorded by the run itself, so what a live
 * view replays is exactly the run its statistics summarise. Plain data (typed arrays for the
 * events), JSON-safe apart from the arrays, bounded in size.
 *
 * The world a trace describes is a row of stations. A station has a line (entities waiting, in
 * the order they joined) and `servers` servers; a station with `servers: 0` is a delay (a wire,
 * a fixed processing time): everything in it is in transit and nothing waits.
 */

/** An entity joins a station's line (or, at a delay station, enters transit). */
export const JOIN = 0;
/** An entity starts service on one of a station's servers. */
export const START = 1;
/** An entity leaves a station (service done, or transit over). */
export const LEAVE = 2;
export type EventKind = typeof JOIN | typeof START | typeof LEAVE;

/** One station of the picture. */
export interface Station {
  id: string;
  /** What a reader calls it: "Drive 3", "Teller 2", "Network". */
  label: string;
  /** Servers working in parallel; 0 for a delay station (transit, no line). */
  servers: number;
  /**
   * Optional, for a delay station an entity crosses by walking a list (a packet past filtering
   * rules): how many items it walks, at an even pace over its time there. Narrated as progress.
   */
  items?: number;
}

/** Where one entity is at the start of the window. */
export interface Placement {
  entity: number;
  cls: number;
  station: number;
  /** The server serving it, or −1 while it waits in line (or is in transit at a delay station). */
  server: number;
  /** When it joined the station (lines are in this order). */
  since: number;
}

export interface Trace {
  /** Unit of every time in the trace, as shown to readers. */
  unit: 's' | 'ms';
  /** What one entity is, in a reader's words: "customer", "IO". */
  noun: string;
  /** What the servers are, plural: "servers", "drives". */
  servers: string;
  stations: Station[];
  /** Labels of the entity classes (tenants, volumes); an event's `cls` indexes this. */
  classes: string[];
  /** The window: from `t0` (state `initial`) to `t1` (the last recorded event). */
  t0: number;
  t1: number;
  initial: Placement[];
  /** Events in time order (ties in the order the model processed them). */
  size: number;
  time: Float64Array;
  kind: Uint8Array;
  entity: Int32Array;
  station: Uint16Array;
  /** The server for START and LEAVE at a server, −1 otherwise. */
  server: Int16Array;
  cls: Uint8Array;
  /** True when the window ended because the trace was full, not because the run ended. */
  full: boolean;
  /**
   * Optional: what this trace's picture shows, for screen readers, when a model records more
   * than one kind of trace (otherwise the model's own sentence describes it).
   */
  description?: string;
  /** Optional: what a station's `items` are, singular ("rule"). */
  item?: string;
  /**
   * Optional, for a run that works through a known list (slots created at boot): per class, how
   * many entities the whole run puts through and what finishing one means ("slots created"). An
   * entity is done when it leaves its last station. Narrated as "245 of 4,000 slots created".
   */
  tally?: { total: number; done: string }[];
  /** Optional, with `tally`: what each entity in the system occupies, plural ("threads"). */
  holders?: string;
}

/**
 * A grid of servers (drives) second by second, for a heat live view: each frame is every cell's
 * load (as a multiple of what the cell can serve), and the part of it that one highlighted
 * client (a tenant) puts there. Recorded by the run the stats summarise. Typed arrays.
 */
export interface HeatFrames {
  /** What this grid shows: "Bucket-local placement". */
  label: string;
  frames: number;
  cells: number;
  /** frames × cells, row-major by frame. */
  load: Float32Array;
  highlight: Float32Array;
  /** Who the highlight is, in a reader's words: "the hottest tenant". */
  highlightLabel: string;
  /** What a cell is: "drive". */
  cell: string;
  /** When the run chose among copies: a few of the reads it made in each second, as it made them. */
  reads?: ReadChoices;
}

/**
 * A sample of the read choices a run made, recorded where it made them: in each recorded second
 * up to `perFrame` reads that compared candidate copies (all of them within the grid's cells),
 * each with the cells it compared, how loaded each was when the read looked, and the ones it took.
 * Typed arrays, bounded by frames × perFrame × candidates.
 */
export interface ReadChoices {
  /** Most reads kept per frame. */
  perFrame: number;
  /** Cells each read compares (d copies, or k + d − 1 shards), and how many of them it takes (1, or k shards). */
  candidates: number;
  taken: number;
  /** Copies (or shards) each object has, and what one is called: "copy", "shard". */
  copies: number;
  copyNoun: string;
  /** Reads kept in each frame (at most perFrame). */
  count: Uint8Array;
  /** frames × perFrame: who read, and which of their objects. */
  client: Int32Array;
  object: Int32Array;
  /**
   * frames × perFrame × candidates: the cells compared, the taken ones first (least loaded
   * first), and each one's load when the read compared them, as a multiple of what it serves per
   * second (queued work included): the numbers the choice compared.
   */
  cell: Int32Array;
  load: Float32Array;
}

/**
 * Summed demand second by second for a live view of smoothing: one series per crowd size, each
 * divided by its own mean over the window (so every series averages exactly 1), drawn as strip
 * lines that grow with the clock. Recorded by the computation the page's smoothing numbers come from.
 */
export interface DemandFrames {
  /** What the view shows, for screen readers. */
  description: string;
  frames: number;
  /** What a client is: "tenant". */
  client: string;
  series: DemandSeries[];
}

export interface DemandSeries {
  /** Clients summed, and how the view names them: "100 tenants". */
  count: number;
  label: string;
  /** frames values: the total each second ÷ the window's mean total. */
  values: Float64Array;
  /** The model's coefficient of variation of such a total, with its 95% half-width, and this window's own. */
  cv: number;
  ci95: number | null;
  windowCv: number;
}
