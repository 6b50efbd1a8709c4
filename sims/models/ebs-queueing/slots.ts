/**
 * IOs in flight, in growable parallel typed arrays indexed by a slot number that is recycled
 * when the IO completes: no object per IO, and memory bounded by the IOs in flight at once.
 */
export interface Slots {
  /** When the volume issued the IO (ms). */
  issue: Float64Array;
  /** When it took a slot in the host ring (ms). */
  admit: Float64Array;
  /** Half its network round trip: added on the way out and again on the way back (ms). */
  back: Float64Array;
  tenant: Int32Array;
  drive: Int32Array;
  /** A free slot, growing the arrays when none is left. */
  alloc(): number;
  /** Returns slot s to the free list. */
  free(s: number): void;
}

/** Slots for IOs in flight, starting with room for `capacity`. */
export function createSlots(capacity = 256): Slots {
  let freeList = new Int32Array(capacity);
  let nFree = 0;
  let size = 0;
  const slots: Slots = {
    issue: new Float64Array(capacity),
    admit: new Float64Array(capacity),
    back: new Float64Array(capacity),
    tenant: new Int32Array(capacity),
    drive: new Int32Array(capacity),
    alloc() {
      if (nFree > 0) return freeList[--nFree] as number;
      if (size === slots.issue.length) grow();
      return size++;
    },
    free(s) {
      freeList[nFree++] = s;
    },
  };
  const grow = () => {
    const n = slots.issue.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    slots.issue = f64(slots.issue);
    slots.admit = f64(slots.admit);
    slots.back = f64(slots.back);
    slots.tenant = i32(slots.tenant);
    slots.drive = i32(slots.drive);
    freeList = i32(freeList);
  };
  return slots;
}
