/**
 * xoshiro128** (Blackman & Vigna), a small, fast generator with a 2^128 period.
 * Pure 32-bit integer arithmetic (`Math.imul`, `>>>`), so the same seed gives the
 * same numbers bit for bit in Node and in every browser.
 * Independent streams come from `jump()` (2^64 steps ahead), never from `seed + 1`.
 */
export interface Rng {
  /** A float uniform on [0, 1), 32 bits of randomness. */
  next(): number;
  /** A new generator 2^64 steps ahead of this one; this one is advanced past it too. */
  split(): Rng;
  /** The four 32-bit words of state, for tests and snapshots. */
  state(): [number, number, number, number];
}

const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];

/** splitmix32: spreads a small integer seed over 128 bits of well-mixed state. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a generator from an integer seed (any safe integer; only the low 32 bits are used). */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const mix = splitmix32(Math.trunc(seed));
  return fromState(mix(), mix(), mix(), mix());
}

function fromState(a: number, b: number, c: number, d: number): Rng {
  let s0 = a >>> 0, s1 = b >>> 0, s2 = c >>> 0, s3 = d >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  const step = (): number => {
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return r;
  };
  const rng: Rng = {
    next: () => step() / 4294967296,
    split: () => {
      const child = fromState(s0, s1, s2, s3);
      // Advance this generator by 2^64 steps so parent and child never overlap.
      let j0 = 0, j1 = 0, j2 = 0, j3 = 0;
      for (const word of JUMP) {
        for (let b = 0; b < 32; b++) {
          if (word & (1 << b)) { j0 ^= s0; j1 ^= s1; j2 ^= s2; j3 ^= s3; }
          step();
        }
      }
      s0 = j0 >>> 0; s1 = j1 >>> 0; s2 = j2 >>> 0; s3 = j3 >>> 0;
      return child;
    },
    state: () => [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0],
  };
  return rng;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
