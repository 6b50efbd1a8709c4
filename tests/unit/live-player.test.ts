import { describe, expect, it } from 'vitest';
import { indexAtTime, queue, stateAt } from '@field-guide/sims';
import { narrate as say } from '../../src/lib/live/scene.ts';
import { TracePlayer, type Frames, type PlayerOut } from '../../src/lib/live/player.ts';

/**
 * The live view's player (it runs in a worker on an OffscreenCanvas, or on the page): driven by
 * its commands on a real queue trace, with a canvas that records what is drawn and frames the
 * test advances by hand.
 */
const trace = queue.run({ servers: 2, arrivalRate: 1.6, customers: 2000, warmup: 200, seed: 4 }, { trace: 600 }).trace!;

/** A 2D context that counts what it is asked to draw (the calls the player makes). */
function recordingCanvas() {
  const calls = { arcs: 0, clears: 0, texts: [] as string[] };
  const ctx = {
    setTransform() {},
    clearRect: () => void calls.clears++,
    fillRect() {},
    strokeRect() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    stroke() {},
    fill() {},
    arc: () => void calls.arcs++,
    fillText: (s: string) => void calls.texts.push(s),
    measureText: (s: string) => ({ width: s.length * 6 }),
    font: '',
    textBaseline: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
  };
  const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as OffscreenCanvas;
  return { canvas, calls };
}

/** Animation frames the test runs one at a time, at the times it chooses. */
function manualFrames() {
  let next: ((t: number) => void) | null = null;
  const frames: Frames = {
    request: (fn) => {
      next = fn;
      return 1;
    },
    cancel: () => {
      next = null;
    },
  };
  return {
    frames,
    pending: () => next !== null,
    run(t: number) {
      const fn = next;
      next = null;
      fn?.(t);
    },
  };
}

function setUp(reduced = false) {
  const { canvas, calls } = recordingCanvas();
  const out: PlayerOut[] = [];
  const clock = manualFrames();
  const player = new TracePlayer(canvas, reduced, (m) => out.push(m), clock.frames);
  player.handle({ type: 'size', width: 600, height: 200, dpr: 2 });
  player.handle({
    type: 'palette',
    palette: { chart: ['#123', '#456'], text: '#000', faint: '#ddd', wire: '#eee', muted: '#666' },
  });
  player.handle({ type: 'trace', trace });
  return { player, out, calls, canvas, clock };
}

describe('the live view player', () => {
  it('draws a new trace at its start, sized for the device pixels, and says where it is', () => {
    const { out, calls, canvas } = setUp();
    expect(canvas.width).toBe(1200);
    expect(canvas.height).toBe(400);
    expect(calls.clears).toBeGreaterThan(0);
    expect(calls.texts).toContain(trace.stations[0]!.label); // the station's label, over its column
    const start = say(trace, stateAt(trace, 0), trace.t0);
    expect(out.at(-1)).toEqual({ now: trace.t0, shown: start, said: start });
  });

  it('plays at its speed, applying every event up to its clock, and reports the end of the window', () => {
    const { player, out, clock } = setUp();
    player.handle({ type: 'speed', speed: 10 });
    player.handle({ type: 'play', playing: true });
    let t = performance.now();
    clock.run(t);
    // 100 ms frames at 10× real time: one simulated second a frame (a frame never counts more than 100 ms).
    let frames = 0;
    while (clock.pending() && frames < 100_000) {
      t += 100;
      clock.run(t);
      frames++;
    }
    const end = out.at(-1)!;
    expect(end.ended).toBe(true);
    expect(end.now).toBe(trace.t1);
    expect(end.said).toBe(say(trace, stateAt(trace, trace.size), trace.t1));
    expect(frames).toBeGreaterThanOrEqual(Math.floor(trace.t1 - trace.t0) - 1);
    // the clock reported on the way only moves forward
    const times = out.map((m) => m.now);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // playing again from the end starts the window over
    player.handle({ type: 'play', playing: true });
    clock.run(t + 16);
    expect(out.at(-1)!.now).toBeLessThan(trace.t0 + 1);
  });

  it('while playing, rewrites the caption each second and speaks every four, both saying the moment shown', () => {
    const { player, out, clock } = setUp();
    player.handle({ type: 'play', playing: true });
    const from = out.length;
    let t = performance.now();
    clock.run(t);
    // Ten seconds of 50 ms frames at 1× (the trace's clock is in seconds).
    for (let k = 0; k < 200 && clock.pending(); k++) clock.run((t += 50));
    const played = out.slice(from);
    const captions = played.filter((m) => m.shown !== undefined);
    const spoken = played.filter((m) => m.said !== undefined);
    expect(captions.length).toBeGreaterThanOrEqual(9);
    expect(captions.length).toBeLessThanOrEqual(11);
    expect(spoken.length).toBeGreaterThanOrEqual(2);
    expect(spoken.length).toBeLessThanOrEqual(3);
    for (const m of captions) {
      // each sentence is the narration of the moment it was sent with
      const state = stateAt(trace, indexAtTime(trace, m.now));
      expect(m.shown).toBe(say(trace, state, m.now));
      if (m.said !== undefined) expect(m.said).toBe(m.shown);
    }
  });

  it('steps one event forward and back, and scrubs to any time, pausing and saying where it is', () => {
    const { player, out, clock } = setUp();
    player.handle({ type: 'play', playing: true });
    player.handle({ type: 'step', by: 1 });
    expect(clock.pending()).toBe(false); // stepping pauses
    expect(out.at(-1)!.now).toBe(trace.time[0]);
    player.handle({ type: 'step', by: 1 });
    player.handle({ type: 'step', by: -1 });
    expect(out.at(-1)!.now).toBe(trace.time[0]);
    const mid = (trace.t0 + trace.t1) / 2;
    player.handle({ type: 'scrub', t: mid });
    const there = say(trace, stateAt(trace, indexAtTime(trace, mid)), mid);
    expect(out.at(-1)).toEqual({ now: mid, shown: there, said: there });
  });

  it('says where it stopped only when asked, and a restart goes back to the window’s start', () => {
    const { player, out, clock } = setUp();
    player.handle({ type: 'play', playing: true });
    clock.run(performance.now());
    clock.run(performance.now() + 50);
    const before = out.length;
    player.handle({ type: 'play', playing: false });
    expect(out.length).toBe(before); // scrolled away: paused quietly
    player.handle({ type: 'play', playing: true });
    clock.run(performance.now() + 100);
    player.handle({ type: 'play', playing: false, say: true });
    expect(out.length).toBe(before + 1);
    expect(out.at(-1)!.said).toMatch(/^At /);
    player.handle({ type: 'restart' });
    expect(out.at(-1)!.now).toBe(trace.t0);
  });
});
