import type { Rng } from '../rng/xoshiro128.ts';

/**
 * Samplers for the simple continuous distributions. Each returns a closure made once per run;
 * drawing allocates nothing. Determinism note: `Math.log` and `Math.sqrt` suffice for most of
 * them (sqrt is correctly rounded everywhere; log is in practice identical in V8, SpiderMonkey
 * and JavaScriptCore but the spec does not promise it). `Math.exp` (lognormal) and `Math.pow`
 * (Pareto) carry the same caveat, which is why normals use Marsaglia's polar method, not Box–Muller's cos.
 */
export type Sampler = () => number;

/** Exponential with the given mean, by inversion: −mean · ln(U), U in (0, 1]. */
export function exponential(rng: Rng, mean: number): Sampler {
  return () => -Math.log(1 - rng.next()) * mean;
}

/** Always `value`. */
export function deterministic(value: number): Sampler {
  return () => value;
}

/** Uniform on [min, max). */
export function uniform(rng: Rng, min: number, max: number): Sampler {
  const w = max - min;
  return () => min + w * rng.next();
}

/**
 * Standard-normal draws by Marsaglia's polar method: only `Math.log` and `Math.sqrt`. A class,
 * not a closure over `spare`: every sampler shares one `next` method, which V8 optimizes once
 * (inlining `rng.next()`), where closures made anew for each run's samplers were slower.
 */
class Polar {
  private readonly rng: Rng;
  private spare = 0;
  private hasSpare = false;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  next(): number {
    if (this.hasSpare) { this.hasSpare = false; return this.spare; }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.rng.next() - 1;
      v = 2 * this.rng.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}

/** Standard-normal draws (Marsaglia's polar method, see `Polar`). */
export function standardNormal(rng: Rng): Sampler {
  const z = new Polar(rng);
  return () => z.next();
}

/** Normal with mean and standard deviation. */
export function normal(rng: Rng, mean: number, sd: number): Sampler {
  const z = new Polar(rng);
  return () => mean + sd * z.next();
}

/**
 * Lognormal with the given mean and SCV: σ² = ln(1 + SCV), μ = ln(mean) − σ²/2,
 * see /concepts/heavy-tails/. Uses `Math.exp` (see the determinism note above).
 */
export function lognormal(rng: Rng, mean: number, scv: number): Sampler {
  const s2 = Math.log(1 + scv);
  const mu = Math.log(mean) - s2 / 2;
  const sigma = Math.sqrt(s2);
  const z = new Polar(rng);
  return () => Math.exp(mu + sigma * z.next());
}
