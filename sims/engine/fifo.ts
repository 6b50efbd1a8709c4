/**
 * A first-in-first-out queue of (time, id) pairs in a growable typed-array ring buffer:
 * customers waiting in line, with no object per customer.
 */
export class Fifo {
  times: Float64Array;
  ids: Float64Array;
  head = 0;
  size = 0;

  /** `capacity` is rounded up to a power of two (the ring index is masked, not divided). */
  constructor(capacity = 64) {
    let n = 2;
    while (n < capacity) n *= 2;
    this.times = new Float64Array(n);
    this.ids = new Float64Array(n);
  }

  /** Appends a customer who joined at time `t`. */
  push(t: number, id: number): void {
    if (this.size === this.times.length) this.grow();
    const mask = this.times.length - 1;
    const i = (this.head + this.size) & mask;
    this.times[i] = t;
    this.ids[i] = id;
    this.size++;
  }

  /** The joining time of the customer at the head (check `size` first). */
  headTime(): number {
    return this.times[this.head] as number;
  }

  /** The id of the customer at the head (check `size` first). */
  headId(): number {
    return this.ids[this.head] as number;
  }

  /** Removes the customer at the head. */
  shift(): void {
    this.head = (this.head + 1) & (this.times.length - 1);
    this.size--;
  }

  private grow(): void {
    const n = this.times.length;
    const times = new Float64Array(n * 2),
      ids = new Float64Array(n * 2);
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) & (n - 1);
      times[k] = this.times[i] as number;
      ids[k] = this.ids[i] as number;
    }
    this.times = times;
    this.ids = ids;
    this.head = 0;
  }
}
