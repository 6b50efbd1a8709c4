import { describe, expect, it } from 'vitest';
import { run } from '../models/queue/model.ts';
import { createRng } from '../rng/xoshiro128.ts';
import { TraceRecorder } from './recorder.ts';
import { applyEvent, indexAtTime, initialState, stateAt } from './replay.ts';
import { JOIN, LEAVE, START, type Trace } from './types.ts';

/** Entities in the system (waiting, in transit or in service) in a replay state. */
function inSystem(s: ReturnType<typeof initialState>): number {
  return (
    s.lines.reduce((n, l) => n + l.length, 0) + s.serving.reduce((n, sv) => n + sv.filter((e) => e >= 0).length, 0)
  );
}

/** Replays the whole trace, checking every event against the state it meets. */
function replayChecked(trace: Trace) {
  const s = initialState(trace);
  let area = 0;
  for (let i = 0; i < trace.size; i++) {
    const t = trace.time[i]!,
      e = trace.entity[i]!,
      st = trace.station[i]!,
      sv = trace.server[i]!;
    expect(t).toBeGreaterThanOrEqual(s.time);
    area += inSystem(s) * (t - s.time);
    if (trace.kind[i] === START) {
      expect(s.serving[st]![sv]).toBe(-1); // a server takes one customer at a time
      expect(s.lines[st]![0]).toBe(e); // FIFO: the head of the line goes next
    }
    if (trace.kind[i] === LEAVE) expect(s.serving[st]![sv]).toBe(e);
    applyEvent(s, trace, i);
  }
  return { state: s, area };
}

describe('queue trace: the live view replays the run its numbers summarise', () => {
  it('recording a trace changes nothing in the run', () => {
    for (const discipline of ['shared', 'per-server'] as const) {
      const p = { servers: 3, arrivalRate: 2.4, discipline, customers: 5000, warmup: 500, seed: 7 };
      const { trace, ...traced } = run(p, { trace: 3000 });
      expect(trace).toBeDefined();
      expect(traced).toEqual(run(p));
    }
  });

  it('is bounded, time-ordered and starts at the first measured arrival with the line as it was', () => {
    const { trace } = run({ arrivalRate: 0.9, customers: 20000, warmup: 2000, seed: 3 }, { trace: 2500 });
    expect(trace!.size).toBe(2500);
    expect(trace!.full).toBe(true);
    // the window opens as customer 2000 (the first measured) arrives: its JOIN is the first event
    expect(trace!.kind[0]).toBe(JOIN);
    expect(trace!.entity[0]).toBe(2000);
    expect(trace!.time[0]).toBe(trace!.t0);
    // at ρ = 0.9 someone is almost surely in the system already: the window starts mid-run
    expect(trace!.initial.length).toBeGreaterThan(0);
    replayChecked(trace!);
  });

  it("holds Little's law exactly on the window: area under N(t) = time spent in the window", () => {
    for (const seed of [1, 2, 3]) {
      const { trace } = run({ servers: 2, arrivalRate: 1.7, customers: 5000, warmup: 300, seed }, { trace: 4000 });
      const tr = trace!;
      const { area } = replayChecked(tr);
      // each entity's stay, clipped to [t0, t1]
      const enter = new Map<number, number>(tr.initial.map((p) => [p.entity, tr.t0]));
      let stays = 0;
      for (let i = 0; i < tr.size; i++) {
        const e = tr.entity[i]!;
        if (tr.kind[i] === JOIN) enter.set(e, tr.time[i]!);
        if (tr.kind[i] === LEAVE) {
          stays += tr.time[i]! - enter.get(e)!;
          enter.delete(e);
        }
      }
      for (const t of enter.values()) stays += tr.t1 - t;
      expect(area).toBeCloseTo(stays, 6);
      expect(area / (tr.t1 - tr.t0)).toBeGreaterThan(0);
    }
  });

  it("agrees with the run's statistics: a trace covering every measured customer gives the same mean wait", () => {
    const customers = 3000,
      warmup = 200;
    const r = run({ arrivalRate: 0.8, customers, warmup, seed: 11 }, { trace: 10 * (customers + warmup) });
    const tr = r.trace!;
    const joined = new Map<number, number>();
    let sumWait = 0,
      served = 0;
    for (let i = 0; i < tr.size; i++) {
      const e = tr.entity[i]!;
      if (tr.kind[i] === JOIN) joined.set(e, tr.time[i]!);
      if (tr.kind[i] === START && e >= warmup && e < warmup + customers) {
        sumWait += tr.time[i]! - joined.get(e)!;
        served++;
      }
    }
    expect(served).toBe(customers);
    expect(sumWait / served).toBeCloseTo(r.summary!.meanWait.value, 9);
  });

  it('scrubbing lands on the same state as stepping', () => {
    const { trace } = run(
      { servers: 4, arrivalRate: 3.5, discipline: 'per-server', warmup: 100, customers: 2000, seed: 5 },
      { trace: 1500 },
    );
    const tr = trace!;
    const stepped = initialState(tr);
    for (let i = 0; i < 900; i++) applyEvent(stepped, tr, i);
    expect(stateAt(tr, 900)).toEqual(stepped);
    expect(indexAtTime(tr, tr.time[899]!)).toBeGreaterThanOrEqual(900);
    expect(indexAtTime(tr, tr.t0 - 1)).toBe(0);
    expect(indexAtTime(tr, tr.t1)).toBe(tr.size);
  });
});

describe('TraceRecorder opening state', () => {
  it('places every entity as the events before the window left it, across thousands of hops', () => {
    // Entities hop over three stations (join, start at station 1, leave), overlapping, then the
    // window opens: the opening state must be the last join (or start) of each entity not gone.
    const stations = [0, 1, 2].map((i) => ({ id: `s${i}`, label: `S${i}`, servers: 1 }));
    const rec = new TraceRecorder(10, stations, ['a', 'b'], 'ms', 'customer', 'servers');
    const expected = new Map<number, { entity: number; cls: number; station: number; server: number; since: number }>();
    const rng = createRng(9);
    let t = 0;
    for (let step = 0; step < 20_000; step++) {
      const entity = Math.floor(rng.next() * 3000);
      const at = expected.get(entity);
      t += 1;
      if (!at || rng.next() < 0.1) {
        const station = Math.floor(rng.next() * 3);
        rec.add(t, JOIN, entity, station, -1, entity % 2);
        expected.set(entity, { entity, cls: entity % 2, station, server: -1, since: t });
      } else if (at.station === 1 && at.server < 0) {
        rec.add(t, START, entity, 1, 0, at.cls);
        at.server = 0;
      } else {
        rec.add(t, LEAVE, entity, at.station, at.server, at.cls);
        expected.delete(entity);
      }
    }
    rec.open(t);
    const trace = rec.finish();
    const sorted = [...expected.values()].sort(
      (a, b) => a.station - b.station || a.since - b.since || a.entity - b.entity,
    );
    expect(trace.initial).toEqual(sorted);
  });
});
