import { describe, expect, it } from 'vitest';
import { applyEvent, indexAtTime, initialState, stateAt, type ReplayState } from '../../trace/replay.ts';
import { JOIN, LEAVE, START, type Trace } from '../../trace/types.ts';
import { run, runDetail } from './model.ts';
import { presets } from './presets.ts';
import { quantile } from './replicate.ts';
import { CLAIM, LOCK, TUNNEL } from './trace.ts';

/**
 * The lambda-slots trace follows each cold start of the first replication through the RTNL lock
 * and the off-lock steps. It is recorded by the Lindley loop that computes the statistics, so a
 * cold start's time in the trace is its latency in the run.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!.params;
/** A capacity no test run reaches: the window runs to the last event. */
const ALL = 1_000_000;

function inSystem(s: ReplayState): number {
  const waiting = s.lines.reduce((n, l) => n + l.length, 0);
  return waiting + s.serving.reduce((n, sv) => n + sv.filter((e) => e >= 0).length, 0);
}

/** Replays the trace, checking each event against the state it meets; returns the area under N(t). */
function replayChecked(tr: Trace): number {
  const s = initialState(tr);
  const at = new Map<number, number>(tr.initial.map((p) => [p.entity, p.station]));
  let area = 0;
  for (let i = 0; i < tr.size; i++) {
    const t = tr.time[i]!,
      e = tr.entity[i]!,
      st = tr.station[i]!;
    expect(t).toBeGreaterThanOrEqual(s.time);
    area += inSystem(s) * (t - s.time);
    if (tr.kind[i] === JOIN) {
      // a cold start's stations only go forward: lock, ready slot, tunnel, NAT, rules
      const from = at.get(e);
      if (from !== undefined) expect(st).toBeGreaterThan(from);
      at.set(e, st);
    } else if (tr.kind[i] === START) {
      expect(st).toBe(LOCK);
      expect(s.serving[LOCK]![0]).toBe(-1); // one cold start holds RTNL at a time
      expect(s.lines[LOCK]![0]).toBe(e); // FIFO: the head of the line is granted next
    } else if (st === LOCK) expect(s.serving[LOCK]![0]).toBe(e);
    applyEvent(s, tr, i);
  }
  return area;
}

/** Per entity joining in the window: arrival (first JOIN), lock grant, last LEAVE. */
interface Timeline {
  join: number;
  start: number | null;
  leave: number | null;
  cls: number;
}
function timelines(tr: Trace): Map<number, Timeline> {
  const out = new Map<number, Timeline>();
  const initial = new Set(tr.initial.map((p) => p.entity));
  for (let i = 0; i < tr.size; i++) {
    const e = tr.entity[i]!;
    if (initial.has(e)) continue;
    if (tr.kind[i] === JOIN && !out.has(e)) {
      out.set(e, { join: tr.time[i]!, start: null, leave: null, cls: tr.cls[i]! });
    }
    if (tr.kind[i] === START) out.get(e)!.start = tr.time[i]!;
    if (tr.kind[i] === LEAVE) out.get(e)!.leave = tr.time[i]!;
  }
  return out;
}

describe('lambda-slots trace: the live view replays the run its numbers summarise', { timeout: 60_000 }, () => {
  it('recording a trace changes nothing in the run', () => {
    for (const id of ['on-demand', 'pre-create']) {
      const p = { ...preset(id), durationSeconds: 60, replications: 3, slots: 500 };
      const { trace, ...traced } = run(p, { trace: 3000 });
      expect(trace!.size).toBeGreaterThan(0);
      expect(traced).toEqual(run(p));
    }
  });

  it('is bounded by the capacity asked for, and says when it filled', () => {
    const small = run({ slots: 500 }, { trace: 500 }).trace!;
    expect(small.size).toBe(500);
    expect(small.full).toBe(true);
    expect(small.time.length).toBe(500);
    // the page's 6,000 events hold the on-demand burst and its drain; the window starts with at most a few in flight
    const page = run({}, { trace: 6000 }).trace!;
    expect(page.size).toBe(6000);
    expect(page.initial.length).toBeLessThan(10);
    expect(page.t0).toBe(40_000 - 2000); // ten steady arrivals (5 a second) before the burst at 40 s
  });

  it('every cold start of the window takes exactly its latency in the run: arrival, lock wait, total', () => {
    for (const id of ['on-demand', 'ebpf', 'pre-create']) {
      const d = runDetail({ ...preset(id), seed: 5 }, { trace: ALL });
      const tr = d.result.trace!,
        r0 = d.cold.runs[0]!;
      expect(tr.full).toBe(false);
      const lines = timelines(tr);
      // counts: every arrival from the window's start is in the trace, no other
      let arrived = 0;
      for (let i = 0; i < r0.n; i++) if (r0.arrivals[i]! >= tr.t0) arrived++;
      expect(lines.size).toBe(arrived);
      for (const [e, x] of lines) {
        expect(x.join).toBe(r0.arrivals[e]);
        expect(x.leave! - x.join).toBeCloseTo(r0.latency[e]!, 9);
        if (x.start === null) expect(r0.wait[e]).toBe(0);
        else expect(x.start - x.join).toBeCloseTo(r0.wait[e]!, 9);
      }
      // on demand every cold start takes the lock; pre-created with eBPF none does: each takes a
      // ready slot as it arrives
      const starts = [...lines.values()].filter((x) => x.start !== null).length;
      expect(starts).toBe(id === 'pre-create' ? 0 : lines.size);
      if (id === 'pre-create') {
        for (let i = 0; i < tr.size; i++) {
          if (tr.kind[i] === JOIN && tr.station[i] === CLAIM) expect(tr.time[i]).toBe(r0.arrivals[tr.entity[i]!]);
        }
      }
      replayChecked(tr);
    }
  });

  it('the burst’s p99 in the trace is the run’s burst p99', () => {
    for (const id of ['on-demand', 'pre-create']) {
      const d = runDetail({ ...preset(id), replications: 1, seed: 2 }, { trace: ALL });
      const burst = [...timelines(d.result.trace!).values()].filter((x) => x.cls === 0).map((x) => x.leave! - x.join);
      const a = d.cold.arrivals;
      const inBurst = Array.from(d.cold.runs[0]!.arrivals).filter((t) => t >= a.burstStart && t < a.burstEnd);
      expect(burst.length).toBe(inBurst.length);
      expect(
        quantile(
          burst.sort((x, y) => x - y),
          0.99,
        ),
      ).toBeCloseTo(d.result.summary.burstP99Ms, 9);
    }
  });

  it('the eBPF switch shows as the tunnel step: about 150 ms a cold start, then about 0.2 ms', () => {
    const dwell = (id: string) => {
      // (the rules step's own live view is the packet walk: ask for the cold starts)
      const tr = run({ ...preset(id), liveView: 'cold-starts' }, { trace: ALL }).trace!;
      const joined = new Map<number, number>(),
        xs: number[] = [];
      for (let i = 0; i < tr.size; i++) {
        if (tr.station[i] !== TUNNEL) continue;
        if (tr.kind[i] === JOIN) joined.set(tr.entity[i]!, tr.time[i]!);
        else if (joined.has(tr.entity[i]!)) xs.push(tr.time[i]! - joined.get(tr.entity[i]!)!);
      }
      expect(tr.stations[TUNNEL]!.label).toMatch(/^Tunnel setup/);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    // ~650 draws of a lognormal step with SCV 0.25: the mean is within 10% of the step's
    expect(dwell('root-rules')).toBeGreaterThan(135);
    expect(dwell('root-rules')).toBeLessThan(165);
    expect(dwell('ebpf')).toBeGreaterThan(0.18);
    expect(dwell('ebpf')).toBeLessThan(0.22);
  });

  it("holds Little's law on the window: area under N(t) = time the cold starts spent in it", () => {
    for (const seed of [1, 2, 3]) {
      const tr = run({ seed, durationSeconds: 60 }, { trace: 4000 }).trace!;
      const area = replayChecked(tr);
      const enter = new Map<number, number>(tr.initial.map((p) => [p.entity, tr.t0]));
      let stays = 0;
      for (let i = 0; i < tr.size; i++) {
        const e = tr.entity[i]!;
        if (tr.kind[i] === JOIN && !enter.has(e)) enter.set(e, tr.time[i]!);
        // a cold start leaves the system when it leaves its last station (rules, on demand)
        if (tr.kind[i] === LEAVE && tr.station[i] === tr.stations.length - 1) {
          stays += tr.time[i]! - enter.get(e)!;
          enter.delete(e);
        }
      }
      for (const t of enter.values()) stays += tr.t1 - t;
      expect(area).toBeCloseTo(stays, 6);
      expect(area / (tr.t1 - tr.t0)).toBeGreaterThan(1); // the burst keeps more than one in flight on average
    }
  });

  it('scrubbing lands on the same state as stepping', () => {
    const tr = run({ slots: 500 }, { trace: 2000 }).trace!;
    const stepped = initialState(tr);
    for (let i = 0; i < 1200; i++) applyEvent(stepped, tr, i);
    expect(stateAt(tr, 1200)).toEqual(stepped);
    expect(indexAtTime(tr, tr.t1)).toBe(tr.size);
  });
});
