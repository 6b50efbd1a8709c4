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
