/**
 * xoshiro128** (Blackman & Vigna), a small, fast generator with a 2^128 period.
 * Pure 32-bit integer arithmetic (`Math.imul`, `>>>`, `^`), so the same seed gives the
 * same integers bit for bit in Node and in every browser. (Floats derived from them with
 * `Math.log`, `Math.exp` or `Math.cos` are another matter: ECMAScript does not require those
 * to be correctly rounded, so engines may differ in the last bit; see sims/dist/.)
 * Independent streams come from `jump()` (2^64 steps ahead), never from `seed + 1`.
 */
export interface Rng {
  /** A float uniform on [0, 1), 32 bits of randomness. */
  next(): number;
  /** The raw 32-bit output, an integer in [0, 2^32). */
  nextUint32(): number;
  /**
   * A new generator that starts where this one is; this one then jumps 2^64 steps ahead,
   * so the two never overlap. Split siblings from one root (a child that splits again would
   * land on its parent's next block); for a second level, split a `longJump`ed root.
   */
  split(): Rng;
  /** Advances this generator by 2^64 steps. */
  jump(): void;
  /** Advances this generator by 2^96 steps: 2^32 blocks of `split` streams apart. */
  longJump(): void;
  /** The four 32-bit words of state, for tests and snapshots. */
  state(): [number, number, number, number];
}

const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
const LONG_JUMP = [0xb523952e, 0x0b6f099f, 0xccf5a0ef, 0x1c580662];

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
  return rngFromState(mix(), mix(), mix(), mix());
}

/** Creates a generator from four 32-bit state words (the reference test vectors use 1, 2, 3, 4). */
export function rngFromState(a: number, b: number, c: number, d: number): Rng {
  return new Xoshiro128(a, b, c, d);
}

/**
 * A class over an Int32Array, not closures or number fields: V8 stores 32-bit words that do not
 * fit a small integer as boxed numbers, while a typed array keeps them raw (about 5× faster).
 */
class Xoshiro128 implements Rng {
  private readonly s = new Int32Array(4);

  constructor(a: number, b: number, c: number, d: number) {
    const s = this.s;
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
    if ((a | b | c | d) === 0) s[0] = 1; // the all-zero state is a fixed point
  }

  nextUint32(): number {
    const s = this.s;
    const s0 = s[0] as number,
      s1 = s[1] as number;
    const s2 = (s[2] as number) ^ s0,
      s3 = (s[3] as number) ^ s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ (s1 << 9);
    s[3] = rotl(s3, 11);
    return r;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  split(): Rng {
    const s = this.s;
    const child = new Xoshiro128(s[0] as number, s[1] as number, s[2] as number, s[3] as number);
    this.jump();
    return child;
  }

  jump(): void {
    this.applyJump(JUMP);
  }

  longJump(): void {
    this.applyJump(LONG_JUMP);
  }

  state(): [number, number, number, number] {
    const s = this.s;
    return [(s[0] as number) >>> 0, (s[1] as number) >>> 0, (s[2] as number) >>> 0, (s[3] as number) >>> 0];
  }

  private applyJump(table: readonly number[]): void {
    const s = this.s;
    let j0 = 0,
      j1 = 0,
      j2 = 0,
      j3 = 0;
    for (const word of table) {
      for (let b = 0; b < 32; b++) {
        if (word & (1 << b)) {
          j0 ^= s[0] as number;
          j1 ^= s[1] as number;
          j2 ^= s[2] as number;
          j3 ^= s[3] as number;
        }
        this.nextUint32();
      }
    }
    s[0] = j0;
    s[1] = j1;
    s[2] = j2;
    s[3] = j3;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
