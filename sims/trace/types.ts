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
}
