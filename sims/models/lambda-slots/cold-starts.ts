import { filler, SampleBuffer } from '../../dist/buffered.ts';
import type { Rng } from '../../rng/xoshiro128.ts';
import type { ColdPath } from './costs.ts';
import { JITTER_BITS, type Jitter } from './jitter.ts';
import type { ColdTracer } from './trace.ts';

/** Cold starts of one simulated run, in arrival order (all times in ms). */
export interface ColdRun {
  n: number;
  arrivals: Float64Array;
  /** Network latency of each cold start: lock wait + lock hold + off-lock work. */
  latency: Float64Array;
  /** Time spent waiting for RTNL. */
  wait: Float64Array;
}

/** The arrival pattern: a steady Poisson rate, multiplied by `burst` inside [burstStart, burstEnd). */
export interface Arrivals {
  /** Cold starts per ms outside the burst. */
  rate: number;
  burst: number;
  burstStart: number;
  burstEnd: number;
  /** Length of the run (ms). */
  duration: number;
}

/**
 * One run of cold starts against the RTNL lock. Arrivals are Poisson with a piecewise-constant
 * rate (at a rate change the next gap is redrawn, exact by memorylessness). The lock is a FIFO
 * single server, so waits follow Lindley's recursion W = max(0, free − arrival): no event list.
 * Streams: arrivals and step durations each have their own. A `tracer` (live view only) is given
 * each cold start's timeline as computed here; it draws nothing, so the run is the same without.
 */
export function simulateColdStarts(
  path: ColdPath,
  a: Arrivals,
  jitter: Jitter,
  arrivalRng: Rng,
  costRng: Rng,
  tracer?: ColdTracer,
): ColdRun {
  let cap = Math.max(64, Math.ceil(1.2 * a.rate * (a.duration + (a.burst - 1) * (a.burstEnd - a.burstStart))) + 64);
  let arrivals: Float64Array = new Float64Array(cap),
    latency: Float64Array = new Float64Array(cap),
    wait: Float64Array = new Float64Array(cap);
  const unit = new SampleBuffer(filler({ kind: 'exponential', mean: 1 }, arrivalRng));
  const table = jitter.values,
    shift = 32 - JITTER_BITS;
  const { lockSteps, offSteps } = path;
  const usesLock = path.lockMs > 0;
  const offDraw = new Float64Array(offSteps.length);
  let t = 0,
    n = 0,
    lockFree = 0;
  for (;;) {
    const inBurst = t >= a.burstStart && t < a.burstEnd;
    const rate = inBurst ? a.rate * a.burst : a.rate;
    const next = t + unit.next() / rate;
    const edge = t < a.burstStart ? a.burstStart : inBurst ? a.burstEnd : Number.POSITIVE_INFINITY;
    if (next >= edge && edge < a.duration) {
      t = edge;
      continue;
    }
    if (next >= a.duration) break;
    t = next;
    let hold = 0,
      off = 0,
      w = 0,
      start = -1;
    for (let i = 0; i < lockSteps.length; i++)
      hold += (lockSteps[i] as number) * (table[costRng.nextUint32() >>> shift] as number);
    for (let i = 0; i < offSteps.length; i++) {
      const d = (offSteps[i] as number) * (table[costRng.nextUint32() >>> shift] as number);
      offDraw[i] = d;
      off += d;
    }
    if (usesLock) {
      // Granted when the lock is free; released at grant + hold, the next grant's time exactly.
      start = lockFree > t ? lockFree : t;
      w = start - t;
      lockFree = start + hold;
    }
    if (n === cap) {
      cap *= 2;
      arrivals = grow(arrivals, cap);
      latency = grow(latency, cap);
      wait = grow(wait, cap);
    }
    arrivals[n] = t;
    latency[n] = w + hold + off;
    wait[n] = w;
    if (tracer && !tracer.done) tracer.coldStart(n, t, start, hold, offDraw);
    n++;
  }
  return { n, arrivals: arrivals.subarray(0, n), latency: latency.subarray(0, n), wait: wait.subarray(0, n) };
}

function grow(a: Float64Array, cap: number): Float64Array {
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}
