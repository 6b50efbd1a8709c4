/**
 * A binary min-heap of event times with an integer payload each (what happens, to whom), kept
 * in two parallel typed arrays: no object per event, no allocation once it has grown to the
 * run's peak size. Pushing past capacity doubles the arrays.
 */
export class EventHeap {
  times: Float64Array;
  payloads: Int32Array;
  size = 0;

  constructor(capacity = 64) {
    this.times = new Float64Array(Math.max(2, capacity));
    this.payloads = new Int32Array(Math.max(2, capacity));
  }

  /** Schedules `payload` at time `t`. */
  push(t: number, payload: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times,
      payloads = this.payloads;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt <= t) break;
      times[i] = pt;
      payloads[i] = payloads[parent] as number;
      i = parent;
    }
    times[i] = t;
    payloads[i] = payload;
  }

  /** The earliest time in the heap (undefined behaviour when empty: check `size`). */
  peekTime(): number {
    return this.times[0] as number;
  }

  /** Removes the earliest event and returns its payload; read its time with `peekTime` first. */
  pop(): number {
    const times = this.times,
      payloads = this.payloads;
    const top = payloads[0] as number;
    const n = --this.size;
    if (n === 0) return top;
    const t = times[n] as number,
      p = payloads[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      // The right child when strictly earlier, added as 0 or 1 rather than branched on: which
      // child is earlier is a coin flip the CPU cannot predict (about 10% faster pops).
      if (c + 1 < n) c += +((times[c + 1] as number) < (times[c] as number));
      const ct = times[c] as number;
      if (ct >= t) break;
      times[i] = ct;
      payloads[i] = payloads[c] as number;
      i = c;
    }
    times[i] = t;
    payloads[i] = p;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const payloads = new Int32Array(this.payloads.length * 2);
    times.set(this.times);
    payloads.set(this.payloads);
    this.times = times;
    this.payloads = payloads;
  }
}
