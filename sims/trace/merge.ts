import type { TraceRecorder } from './recorder.ts';
import type { EventKind, Trace } from './types.ts';

/**
 * One entity's known events, flattened as [time, kind, station, server] fours; `at` is the next to
 * emit. `seq` orders simultaneous events of different entities (the order they were queued).
 */
interface Timeline {
  entity: number;
  cls: number;
  ev: number[];
  at: number;
  seq: number;
}

/** At equal times: a release before a join, a join before a start (a freed server is then taken). */
const RANK = [1, 2, 0];

/**
 * Feeds a recorder, in time order, the events of a model that knows an entity's near future
 * before it happens (a Lindley recursion knows a cold start's lock grant and release when it
 * arrives; a thread taking the lock knows when it will let go). The model hands over each
 * entity's next events as it learns them, and calls `flush(t)` once nothing it learns later can
 * happen before `t`; each entity waits in a small heap under the time of its next event. The
 * window opens at the first event at or after `openAt`.
 */
export class TimelineMerger {
  private readonly heap: Timeline[] = [];
  private seq = 0;
  private opened = false;
  private readonly rec: TraceRecorder;
  private readonly openAt: number;

  constructor(rec: TraceRecorder, openAt: number) {
    this.rec = rec;
    this.openAt = openAt;
  }

  /** True once the trace is full: the model may stop reporting. */
  get done(): boolean {
    return this.rec.done;
  }

  /**
   * Queues events of one entity: [time, kind, station, server] fours in time order, none before
   * the time last flushed, and none before the entity's events queued earlier.
   */
  add(entity: number, cls: number, ev: number[]): void {
    if (ev.length > 0 && !this.rec.done) this.push({ entity, cls, ev, at: 0, seq: 0 });
  }

  /** Emits every queued event at or before `t`, in time order. */
  flush(t: number): void {
    const h = this.heap,
      rec = this.rec;
    while (h.length > 0 && ((h[0] as Timeline).ev[(h[0] as Timeline).at] as number) <= t && !rec.done) {
      const x = this.pop();
      const ev = x.ev,
        i = x.at;
      const time = ev[i] as number;
      if (!this.opened && time >= this.openAt) {
        rec.open(this.openAt);
        this.opened = true;
      }
      rec.add(time, ev[i + 1] as EventKind, x.entity, ev[i + 2] as number, ev[i + 3] as number, x.cls);
      x.at += 4;
      if (x.at < ev.length) this.push(x);
    }
  }

  /** Every event left, then the trace. */
  finish(): Trace {
    this.flush(Number.POSITIVE_INFINITY);
    if (!this.opened) this.rec.open(this.openAt);
    return this.rec.finish();
  }

  private push(x: Timeline): void {
    x.seq = this.seq++;
    const h = this.heap;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(x, h[parent] as Timeline)) break;
      h[i] = h[parent] as Timeline;
      i = parent;
    }
    h[i] = x;
  }

  private pop(): Timeline {
    const h = this.heap;
    const top = h[0] as Timeline;
    const last = h.pop() as Timeline;
    const n = h.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && before(h[c + 1] as Timeline, h[c] as Timeline)) c++;
      if (!before(h[c] as Timeline, last)) break;
      h[i] = h[c] as Timeline;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/** Heap order: next event's time, then its kind's rank, then queueing order. */
function before(x: Timeline, y: Timeline): boolean {
  const tx = x.ev[x.at] as number,
    ty = y.ev[y.at] as number;
  if (tx !== ty) return tx < ty;
  const rx = RANK[x.ev[x.at + 1] as number] as number,
    ry = RANK[y.ev[y.at + 1] as number] as number;
  return rx !== ry ? rx < ry : x.seq < y.seq;
}
