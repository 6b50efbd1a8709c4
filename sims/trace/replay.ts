import { JOIN, START, type Trace } from './types.ts';

/**
 * Replaying a trace: the state of every station after the first `index` events. Pure apart from
 * mutating the state it is given; a live view steps forward with `applyEvent` and jumps (scrubs)
 * with `stateAt`, which replays from the window's start (a few thousand events: well under a
 * millisecond).
 */
export interface ReplayState {
  /** Events applied so far (0 … trace.size). */
  index: number;
  /** The time of the last applied event (t0 before any). */
  time: number;
  /** Per station: entities waiting in line, in the order they joined (in transit, for a delay station). */
  lines: number[][];
  /** Per station: the entity on each server, −1 when idle. */
  serving: Int32Array[];
  /** Entity → class. */
  cls: Map<number, number>;
  /** Entity → when it joined its current station. */
  since: Map<number, number>;
}

/** The state at the window's start. */
export function initialState(trace: Trace): ReplayState {
  const s: ReplayState = {
    index: 0,
    time: trace.t0,
    lines: trace.stations.map(() => []),
    serving: trace.stations.map((st) => new Int32Array(st.servers).fill(-1)),
    cls: new Map(),
    since: new Map(),
  };
  for (const p of trace.initial) {
    s.cls.set(p.entity, p.cls);
    s.since.set(p.entity, p.since);
    if (p.server >= 0) s.serving[p.station]![p.server] = p.entity;
    else s.lines[p.station]!.push(p.entity);
  }
  return s;
}

/** Applies event `i` (which must be `s.index`) to the state. */
export function applyEvent(s: ReplayState, trace: Trace, i: number): void {
  const e = trace.entity[i] as number,
    st = trace.station[i] as number,
    k = trace.kind[i] as number;
  const t = trace.time[i] as number;
  if (k === JOIN) {
    s.lines[st]!.push(e);
    s.cls.set(e, trace.cls[i] as number);
    s.since.set(e, t);
  } else if (k === START) {
    const line = s.lines[st]!;
    const at = line.indexOf(e);
    if (at >= 0) line.splice(at, 1);
    s.serving[st]![trace.server[i] as number] = e;
    s.cls.set(e, trace.cls[i] as number);
  } else {
    const sv = trace.server[i] as number;
    if (sv >= 0 && s.serving[st]![sv] === e) s.serving[st]![sv] = -1;
    else {
      const line = s.lines[st]!;
      const at = line.indexOf(e);
      if (at >= 0) line.splice(at, 1);
    }
    s.since.delete(e);
  }
  s.index = i + 1;
  s.time = t;
}

/** The state after the first `index` events. */
export function stateAt(trace: Trace, index: number): ReplayState {
  const s = initialState(trace);
  const n = Math.max(0, Math.min(trace.size, Math.floor(index)));
  for (let i = 0; i < n; i++) applyEvent(s, trace, i);
  return s;
}

/** How many events happen at or before time `t` (binary search): the index to replay to. */
export function indexAtTime(trace: Trace, t: number): number {
  let lo = 0,
    hi = trace.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((trace.time[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per station: entities waiting (or in transit) and servers busy, for narration and labels. */
export function occupancy(s: ReplayState): { waiting: number; busy: number }[] {
  return s.lines.map((line, k) => ({
    waiting: line.length,
    busy: s.serving[k]!.reduce((n, e) => n + (e >= 0 ? 1 : 0), 0),
  }));
}
