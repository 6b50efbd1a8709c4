import type { QuantileSketch } from './quantiles.ts';

/** Counts in log-spaced bins, JSON-safe, for charts: bin i covers [edges[i], edges[i+1]). */
export interface LogHistogram {
  edges: number[];
  counts: number[];
  /** Values at or below zero (a log axis cannot show them). */
  zeros: number;
}

/**
 * Bins the sketch's values into `bins` log-spaced bins from its smallest positive value to its
 * largest. In histogram mode each 1%-wide bucket falls wholly into one bin by its midpoint.
 */
export function logHistogram(sketch: QuantileSketch, bins = 40): LogHistogram {
  // The smallest positive value: while the sketch is exact and nothing is 0, its minimum.
  let lo = sketch.exact && sketch.min > 0 ? sketch.min : Number.POSITIVE_INFINITY;
  if (lo === Number.POSITIVE_INFINITY)
    sketch.forEach((v) => {
      if (v > 0 && v < lo) lo = v;
    });
  const hi = sketch.max;
  if (!(lo < Number.POSITIVE_INFINITY) || !(hi > 0)) return { edges: [], counts: [], zeros: sketch.count };
  const top = hi > lo ? hi * (1 + 1e-9) : lo * 2;
  const ratio = Math.log(top / lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo * Math.exp(ratio * i));
  edges[bins] = top;
  const counts = new Array<number>(bins).fill(0);
  let zeros = 0;
  const add = (v: number, w: number) => {
    if (v <= 0) {
      zeros += w;
      return;
    }
    const i = Math.min(bins - 1, Math.max(0, Math.floor(Math.log(v / lo) / ratio)));
    counts[i] = (counts[i] as number) + w;
  };
  // While exact, loop over the values here, where V8 inlines `add`; through `forEach` it is a
  // call per value (its callback call is shared by every caller), with the value boxed.
  const xs = sketch.samples();
  if (xs === null) sketch.forEach(add);
  else for (let k = 0; k < xs.length; k++) add(xs[k] as number, 1);
  return { edges, counts, zeros };
}
