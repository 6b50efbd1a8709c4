import type { Rng } from '../rng/xoshiro128.ts';
import { sampler } from './sampler.ts';
import type { DistSpec } from './spec.ts';

/** Fills an array with draws, in stream order. */
export type Filler = (out: Float64Array) => void;

/**
 * A filler for a distribution: a tight loop per block of draws, specialised for the common
 * exponential and deterministic cases, a loop over `sampler` otherwise.
 */
export function filler(d: DistSpec, rng: Rng): Filler {
  if (d.kind === 'exponential') {
    const mean = d.mean;
    return (out) => {
      for (let i = 0; i < out.length; i++) out[i] = -Math.log(1 - rng.next()) * mean;
    };
  }
  if (d.kind === 'deterministic') {
    const v = d.value;
    return (out) => { out.fill(v); };
  }
  const draw = sampler(d, rng);
  return (out) => {
    for (let i = 0; i < out.length; i++) out[i] = draw();
  };
}

/**
 * Draws from one stream, produced in blocks: the hot loop reads a typed array and calls a
 * closure once per block instead of once per draw, so the distribution's code stays out of the
 * event loop. The sequence is exactly the unbuffered one; only a block's tail may go unused.
 */
export class SampleBuffer {
  private readonly buf: Float64Array;
  private readonly fill: Filler;
  private i: number;

  constructor(fill: Filler, block = 1024) {
    this.buf = new Float64Array(block);
    this.fill = fill;
    this.i = block;
  }

  /** The next draw. */
  next(): number {
    if (this.i === this.buf.length) { this.fill(this.buf); this.i = 0; }
    return this.buf[this.i++] as number;
  }
}
