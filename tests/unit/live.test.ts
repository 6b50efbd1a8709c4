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
import { layout, position, preferredHeight, roughMeasure, wrapLabel } from '../../src/lib/live/layout.ts';
import { legendOf, leaveTimes, narrate, sceneAt, usedStations } from '../../src/lib/live/scene.ts';

/** The live view's pure helpers, on real traces of the queue and EBS models. */
const shared = queue.run(
  { servers: 3, arrivalRate: 2.7, customers: 3000, warmup: 300, seed: 2 },
  { trace: 2000 },
).trace!;
const ebs = getModel('ebs-queueing')!.explore!({ noisy: 25, burstMs: 200, seed: 3 }, { trace: 3000 }).trace!;

describe('live view layout', () => {
  it('puts a shared line and its servers in one column, inside the box', () => {
    const l = layout(shared.stations, 600, preferredHeight(shared.stations, 600));
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
    const l = layout(ebs.stations, 800, preferredHeight(ebs.stations, 800, used), used);
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

describe('live view labels on a narrow screen', () => {
  // A measure of 6 px a character keeps the expectations exact.
  const six = (s: string) => s.length * 6;

  it('wraps a label at spaces, cuts only a word wider than the column, and ends a label too long with "…"', () => {
    expect(wrapLabel('Tunnel setup (eBPF, 0.2 ms)', 48, six)).toEqual(['Tunnel', 'setup', '(eBPF,', '0.2 ms)']);
    expect(wrapLabel('Host, network, server', 200, six)).toEqual(['Host, network, server']);
    expect(wrapLabel('Filtering rules', 40, six)).toEqual(['Filte…', 'rules']);
    expect(wrapLabel('NAT setup (20\u00a0ms)', 48, six)).toEqual(['NAT', 'setup', '(20\u00a0ms)']);
    const cut = wrapLabel('one two three four five six', 30, six, 3);
    expect(cut).toEqual(['one', 'two', 'thre…']);
    for (const line of [...cut, ...wrapLabel('Filtering rules', 40, six)]) expect(six(line)).toBeLessThanOrEqual(40);
  });

  it('at a phone’s width Lambda’s wires keep their names and numbers whole, and the view grows to fit them', () => {
    const lambda = getModel('lambda-slots')!.explore!({ seed: 1 }, { trace: 2000 }).trace!;
    const used = usedStations(lambda);
    const phone = 322; // the live view's width in a 390 px viewport
    const l = layout(lambda.stations, phone, preferredHeight(lambda.stations, phone, used), used, roughMeasure);
    const wires = l.columns.filter((c) => c.delay !== null);
    expect(wires.length).toBeGreaterThanOrEqual(3);
    for (const c of l.columns) {
      for (const line of c.label) expect(roughMeasure(line)).toBeLessThanOrEqual(c.width - 8);
      // every word of the station's name is there, none cut
      expect(c.label.join(' ')).not.toContain('…');
    }
    expect(wires.every((c) => c.width >= 60)).toBe(true);
    expect(l.columns.reduce((w, c) => w + c.width, 0)).toBeCloseTo(phone, 6);
    // the labels take more lines on the phone than on a desktop, and the view is taller by as much
    expect(l.labelHeight).toBeGreaterThan(layout(lambda.stations, 900, 300, used).labelHeight);
    expect(preferredHeight(lambda.stations, phone, used)).toBeGreaterThan(preferredHeight(lambda.stations, 900, used));
    // entities in a wire stay below its label
    const tunnel = lambda.stations.findIndex((s) => s.id === 'tunnel');
    expect(position(l, { station: tunnel, progress: 0.5, lane: 0 }).y).toBeGreaterThan(l.labelHeight);
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
