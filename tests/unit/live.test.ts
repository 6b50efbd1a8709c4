import { describe, expect, it } from 'vitest';
import { initialState, queue, stateAt, getModel, type Trace } from '@field-guide/sims';
import {
  advance,
  defaultSpeed,
  frameGaps,
  positionOf,
  SPEED_STEPS,
  speedAt,
  speedLabel,
} from '../../src/lib/live/clock.ts';
import { layout, position, preferredHeight } from '../../src/lib/live/layout.ts';
import { legendOf, leaveTimes, narrate, sceneAt, usedStations } from '../../src/lib/live/scene.ts';

/** The live view's pure helpers, on real traces of the queue and EBS models. */
const shared = queue.run(
  { servers: 3, arrivalRate: 2.7, customers: 3000, warmup: 300, seed: 2 },
  { trace: 2000 },
).trace!;
const ebs = getModel('ebs-queueing')!.explore!({ noisy: 25, burstMs: 200, seed: 3 }, { trace: 3000 }).trace!;

describe('live view layout', () => {
  it('puts a shared line and its servers in one column, inside the box', () => {
    const l = layout(shared.stations, 600, preferredHeight(shared.stations));
    expect(l.columns).toHaveLength(1);
    expect(l.rowOf[0]!.servers).toHaveLength(3);
    for (const b of l.rowOf[0]!.servers) {
      expect(b.x + b.width).toBeLessThanOrEqual(600);
      expect(b.y + b.height).toBeLessThanOrEqual(l.height);
    }
    // the head of the line sits left of the servers, later places further left
    const head = position(l, { station: 0, place: 0 }),
      third = position(l, { station: 0, place: 2 });
    expect(head.x).toBeLessThan(l.rowOf[0]!.servers[0]!.x);
    expect(third.x).toBeLessThan(head.x);
    expect(position(l, { station: 0, place: 10_000 }).hidden).toBe(true);
  });

  it('gives EBS drives one column of rows and each used wire its own column, in path order', () => {
    const used = usedStations(ebs);
    expect(used[0]).toBe(false); // no token bucket without provisioned IOPS
    const l = layout(ebs.stations, 800, preferredHeight(ebs.stations, used), used);
    const drives = l.columns.find((c) => c.delay === null)!;
    expect(drives.rows).toHaveLength(8);
    const xs = l.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(l.columnOf[0]).toBeUndefined();
    // transit runs left to right with progress
    const out = ebs.stations.findIndex((s) => s.id === 'out');
    expect(position(l, { station: out, progress: 0.9, lane: 1 }).x).toBeGreaterThan(
      position(l, { station: out, progress: 0.1, lane: 1 }).x,
    );
  });
});

describe('live view scene and narration', () => {
  it('draws every entity the replay holds, and transit progress stays within the wire', () => {
    const s = stateAt(ebs, 1500);
    const scene = sceneAt(ebs, s, s.time, leaveTimes(ebs));
    const inSystem =
      s.lines.reduce((n, l) => n + l.length, 0) + s.serving.reduce((n, sv) => n + sv.filter((e) => e >= 0).length, 0);
    expect(scene).toHaveLength(inSystem);
    for (const e of scene) if ('progress' in e.spot) expect(e.spot.progress).toBeGreaterThanOrEqual(0);
  });

  it('says the time, the longest line and how many servers are busy, in the model’s words', () => {
    expect(narrate(shared, initialState(shared), shared.t0)).toMatch(
      /^At 0\.00 s; (the line has \d+ waiting|nobody is waiting); \d of 3 servers busy\.$/,
    );
    const s = stateAt(ebs, 2500);
    expect(narrate(ebs, s, s.time)).toMatch(
      /^At [\d.]+ ms; (drive \d has \d+ waiting.*|nobody is waiting); \d of 8 drives busy\.$/,
    );
  });

  it('names the colours from the trace’s own classes, whatever the model', () => {
    expect(legendOf(shared)).toEqual([]);
    const two = { ...shared, classes: ['Arrived in the burst', 'Arrived outside the burst'] };
    expect(legendOf(two).map((l) => l.label)).toEqual(['Arrived in the burst', 'Arrived outside the burst']);
    const many = { ...shared, classes: ['Volume 0 (bursts)', 'Volume 1', 'Volume 2', 'Volume 3'] };
    expect(legendOf(many).map((l) => l.label)).toEqual(['Volume 0 (bursts)', 'Volume 1 to Volume 3']);
    expect(new Set(legendOf(many).map((l) => l.colour)).size).toBe(2);
  });
});

describe('live view clock', () => {
  it('maps slider positions to 0.001–100× on a log scale and back', () => {
    expect(speedAt(0)).toBeCloseTo(0.001, 6);
    expect(speedAt(SPEED_STEPS)).toBeCloseTo(100, 6);
    for (const v of [0.002, 0.05, 1, 3.5, 40]) expect(speedAt(positionOf(v)) / v).toBeCloseTo(1, 1);
    expect(speedLabel(0.002)).toBe('0.002×');
    expect(speedLabel(3.5)).toBe('3.5×');
  });

  it('advances simulated time by the trace’s unit, and starts near eight events a second', () => {
    expect(advance(10, 500, 2, 's')).toBe(11);
    expect(advance(10, 500, 2, 'ms')).toBe(1010);
    for (const t of [shared, ebs] as Trace[]) {
      const perWallSecond = (t.size / (t.t1 - t.t0)) * defaultSpeed(t) * (t.unit === 'ms' ? 1000 : 1);
      expect(perWallSecond).toBeGreaterThan(4);
      expect(perWallSecond).toBeLessThan(16);
    }
  });
});

describe('live view frame gaps', () => {
  it('count 0 for the first frame, the real gap after, never negative and at most 100 ms', () => {
    const gap = frameGaps();
    expect(gap(1000)).toBe(0);
    expect(gap(1016)).toBe(16);
    expect(gap(1010)).toBe(0); // a stamp earlier than the last (a frame begun before it was asked for)
    expect(gap(5000)).toBe(100); // back from the background
  });
});
