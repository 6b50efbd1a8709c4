import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng/xoshiro128.ts';
import { EventHeap } from './event-heap.ts';
import { Fifo } from './fifo.ts';
import { runSteps } from './stepper.ts';

describe('EventHeap', () => {
  it('pops events in time order with their payloads, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 300 }), (times) => {
        const heap = new EventHeap(2);
        times.forEach((t, i) => heap.push(t, i));
        const out: number[] = [];
        while (heap.size > 0) {
          const t = heap.peekTime();
          const p = heap.pop();
          expect(times[p]).toBe(t);
          out.push(t);
        }
        expect(out).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });
});

/** The textbook pop (sift the last event down from the root), to check `pop` against. */
function referencePop(times: Float64Array, payloads: Int32Array, size: number): void {
  const n = size - 1;
  const t = times[n]!,
    p = payloads[n]!;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && times[c + 1]! < times[c]!) c++;
    if (times[c]! >= t) break;
    times[i] = times[c]!;
    payloads[i] = payloads[c]!;
    i = c;
  }
  times[i] = t;
  payloads[i] = p;
}

describe('EventHeap layout', () => {
  it('pops like the textbook sift-down, ties included (models depend on the order of equal times)', () => {
    fc.assert(
      fc.property(
        // Pushes (small integer times, so ties are common) and pops, interleaved.
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { freq: 3 }), { maxLength: 200 }),
        (ops) => {
          const heap = new EventHeap(2);
          let id = 0;
          for (const op of ops) {
            if (op !== null) heap.push(op, id++);
            else if (heap.size > 0) {
              const times = heap.times.slice(0, heap.size),
                payloads = heap.payloads.slice(0, heap.size);
              referencePop(times, payloads, heap.size);
              heap.pop();
              expect(heap.times.slice(0, heap.size)).toEqual(times.subarray(0, heap.size));
              expect(heap.payloads.slice(0, heap.size)).toEqual(payloads.subarray(0, heap.size));
            }
          }
        },
      ),
    );
  });
});

describe('Fifo', () => {
  it('keeps order across growth and wrap-around', () => {
    const q = new Fifo(2);
    const expected: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < round % 7; i++) {
        q.push(next, next);
        expected.push(next++);
      }
      for (let i = 0; i < round % 5 && q.size > 0; i++) {
        expect(q.headId()).toBe(expected.shift());
        q.shift();
      }
    }
    expect(q.size).toBe(expected.length);
  });
});

describe('runSteps', () => {
  it('steps a million independent drives through failures (time-stepped model)', () => {
    // Each day every live drive fails with probability p: after d days, the expected number
    // alive is n(1 − p)^d, with binomial spread √(n q (1 − q)); test within 4 of those.
    const n = 1_000_000,
      p = 0.001,
      days = 5;
    const alive = new Uint8Array(n).fill(1);
    const rng = createRng(11);
    let count = n;
    const status = runSteps(days, () => {
      for (let i = 0; i < n; i++)
        if (alive[i] === 1 && rng.next() < p) {
          alive[i] = 0;
          count--;
        }
    });
    const q = (1 - p) ** days;
    expect(status).toEqual({ work: days, truncated: false });
    expect(Math.abs(count - n * q)).toBeLessThan(4 * Math.sqrt(n * q * (1 - q)));
  });

  it('stops at the step budget with a message', () => {
    const status = runSteps(1e12, () => {}, { budget: 50 });
    expect(status.truncated).toBe(true);
    expect(status.work).toBe(50);
    expect(status.message).toMatch(/50 steps/);
  });
});
