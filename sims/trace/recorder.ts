import { JOIN, LEAVE, START, type EventKind, type Placement, type Station, type Trace } from './types.ts';

/**
 * Records a model's events into a bounded trace. The model reports every event of its run from
 * the start; before `open` the recorder only keeps track of where each entity is (so the window
 * starts from the true state, queues and all), from `open` it also stores events, until
 * `capacity` events or `close`. A model calls it only when a trace was asked for.
 */
export class TraceRecorder {
  /**
   * Where each entity is, before the window opens. An entity that leaves keeps its entry, marked
   * gone (station −1), for its next join to reuse: an entity hops station to station, and a Map
   * entry deleted and set again for each hop cost most of a run's recording. Gone entries are
   * swept out when they outnumber the others.
   */
  private readonly where = new Map<number, Placement>();
  private gone = 0;
  private readonly t: Float64Array;
  private readonly k: Uint8Array;
  private readonly e: Int32Array;
  private readonly st: Uint16Array;
  private readonly sv: Int16Array;
  private readonly c: Uint8Array;
  private n = 0;
  private t0 = 0;
  private initial: Placement[] = [];
  private state: 'before' | 'open' | 'closed' = 'before';
  private full = false;

  readonly capacity: number;
  private readonly stations: Station[];
  private readonly classes: string[];
  private readonly unit: Trace['unit'];
  private readonly noun: string;
  private readonly servers: string;

  /** `noun` names one entity and `servers` the servers, for readers ("customer", "servers"). */
  constructor(
    capacity: number,
    stations: Station[],
    classes: string[],
    unit: Trace['unit'],
    noun: string,
    servers: string,
  ) {
    this.capacity = capacity;
    this.noun = noun;
    this.servers = servers;
    this.stations = stations;
    this.classes = classes;
    this.unit = unit;
    this.t = new Float64Array(capacity);
    this.k = new Uint8Array(capacity);
    this.e = new Int32Array(capacity);
    this.st = new Uint16Array(capacity);
    this.sv = new Int16Array(capacity);
    this.c = new Uint8Array(capacity);
  }

  /** True once the window has closed: the model may stop reporting. */
  get done(): boolean {
    return this.state === 'closed';
  }

  /** True while events are being stored. */
  get recording(): boolean {
    return this.state === 'open';
  }

  /** Starts the window at time `t`, from the state the events so far have built. */
  open(t: number): void {
    if (this.state !== 'before') return;
    this.state = 'open';
    this.t0 = t;
    this.initial = [...this.where.values()]
      .filter((p) => p.station >= 0)
      .map((p) => ({ ...p }))
      .sort((a, b) => a.station - b.station || a.since - b.since || a.entity - b.entity);
  }

  /** Ends the window (the trace keeps what it has). */
  close(): void {
    this.state = 'closed';
  }

  /** One event of the run. */
  add(t: number, kind: EventKind, entity: number, station: number, server: number, cls: number): void {
    if (this.state === 'closed') return;
    if (this.state === 'before') {
      this.track(t, kind, entity, station, server, cls);
      return;
    }
    const i = this.n++;
    this.t[i] = t;
    this.k[i] = kind;
    this.e[i] = entity;
    this.st[i] = station;
    this.sv[i] = server;
    this.c[i] = cls;
    if (this.n === this.capacity) {
      this.full = true;
      this.close();
    }
  }

  /** Keeps `where` up to date, for the window's opening state (not needed once it is open). */
  private track(t: number, kind: EventKind, entity: number, station: number, server: number, cls: number): void {
    const p = this.where.get(entity);
    if (kind === LEAVE) {
      if (p && p.station >= 0) {
        p.station = -1;
        if (++this.gone > 1024 && 2 * this.gone > this.where.size) this.sweep();
      }
      return;
    }
    if (kind === START && p && p.station >= 0) {
      p.server = server;
      return;
    }
    // A join, or a start with no join before it: the entity is (again) at `station` since t.
    if (!p) this.where.set(entity, { entity, cls, station, server: kind === JOIN ? -1 : server, since: t });
    else {
      if (p.station < 0) this.gone--;
      p.cls = cls;
      p.station = station;
      p.server = kind === JOIN ? -1 : server;
      p.since = t;
    }
  }

  /** Deletes the entries of entities that have left. */
  private sweep(): void {
    for (const [entity, p] of this.where) if (p.station < 0) this.where.delete(entity);
    this.gone = 0;
  }

  /** The trace so far (call once, at the end of the run). */
  finish(): Trace {
    const n = this.n;
    return {
      unit: this.unit,
      noun: this.noun,
      servers: this.servers,
      stations: this.stations,
      classes: this.classes,
      t0: this.t0,
      t1: n > 0 ? (this.t[n - 1] as number) : this.t0,
      initial: this.initial,
      size: n,
      time: this.t.slice(0, n),
      kind: this.k.slice(0, n),
      entity: this.e.slice(0, n),
      station: this.st.slice(0, n),
      server: this.sv.slice(0, n),
      cls: this.c.slice(0, n),
      full: this.full,
    };
  }
}

export { JOIN, START, LEAVE };
