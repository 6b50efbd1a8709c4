import { createRng } from '../../rng/xoshiro128.ts';
import { batchHalfWidth, type Estimate } from '../../stats/batch-means.ts';
import { select } from '../../stats/select.ts';
import type { TraceRecorder } from '../../trace/recorder.ts';
import type { Trace } from '../../trace/types.ts';
import { simulateColdStarts, type Arrivals, type ColdRun } from './cold-starts.ts';
import { coldPath, type ColdPath } from './costs.ts';
import { jitterTable } from './jitter.ts';
import type { Params, Strategy } from './params.ts';
import { ColdTracer } from './trace.ts';

/** Cold-start statistics over independent replications, each with its 95% half-width. */
export interface ColdStats {
  path: ColdPath;
  arrivals: Arrivals;
  /** Cold starts per replication, on average. */
  coldStarts: number;
  p50: Estimate;
  p99: Estimate;
  mean: Estimate;
  meanLockWait: Estimate;
  /** p99 of cold starts arriving before the burst, and of those arriving inside it. */
  steadyP99: Estimate;
  burstP99: Estimate;
  runs: ColdRun[];
  /** A window of the first replication, when a recorder was given (the live view). */
  trace?: Trace;
}

/** The arrival pattern of a parameter set: the burst starts a third of the way in. */
export function arrivalsOf(p: Params): Arrivals {
  const duration = p.durationSeconds * 1000;
  const burstStart = duration / 3;
  return {
    rate: (p.arrivalRate * p.coldFraction) / 1000,
    burst: p.burst,
    burstStart,
    burstEnd: Math.min(duration, burstStart + p.burstSeconds * 1000),
    duration,
  };
}

/**
 * Runs `replications` independent timelines of cold starts for a strategy. Replication r uses
 * the r-th pair of streams split from the seed, whatever the strategy, so on demand and
 * pre-created see the same arrivals (common random numbers). Half-widths: Student t over
 * replications (the same formula as batch means, with replications as batches). With `rec`, the
 * first replication also records its window for the live view.
 */
export function replicate(p: Params, strategy: Strategy = p.strategy, rec?: TraceRecorder): ColdStats {
  const path = coldPath({ ...p, strategy });
  const a = arrivalsOf(p);
  const root = createRng(p.seed);
  const R = p.replications;
  const jitter = jitterTable(p.stepScv);
  const cols = {
    p50: new Float64Array(R),
    p99: new Float64Array(R),
    mean: new Float64Array(R),
    wait: new Float64Array(R),
    steady: new Float64Array(R),
    burst: new Float64Array(R),
  };
  const runs: ColdRun[] = [];
  let count = 0;
  let trace: Trace | undefined;
  for (let r = 0; r < R; r++) {
    const tracer = rec && r === 0 ? new ColdTracer(rec, path, a) : undefined;
    const run = simulateColdStarts(path, a, jitter, root.split(), root.split(), tracer);
    if (tracer) trace = tracer.finish();
    runs.push(run);
    count += run.n;
    cols.mean[r] = average(run.latency);
    cols.wait[r] = average(run.wait);
    // Every quantile by selection in one copy of the latencies: first the two windows (disjoint
    // runs of indices, each reordered only within itself), then the whole run.
    const xs = run.latency.slice();
    cols.steady[r] = windowQuantile(run.arrivals, xs, 0, a.burstStart, 0.99);
    cols.burst[r] = windowQuantile(run.arrivals, xs, a.burstStart, a.burstEnd, 0.99);
    cols.p50[r] = quantileOf(xs, 0.5);
    cols.p99[r] = quantileOf(xs, 0.99);
  }
  return {
    path,
    arrivals: a,
    coldStarts: count / R,
    runs,
    p50: est(cols.p50),
    p99: est(cols.p99),
    mean: est(cols.mean),
    meanLockWait: est(cols.wait),
    steadyP99: est(cols.steady),
    burstP99: est(cols.burst),
    ...(trace && { trace }),
  };
}

/** Nearest-rank q-quantile of sorted values; NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  return n === 0 ? Number.NaN : (sorted[rank(n, q)] as number);
}

/**
 * Nearest-rank q-quantile of unsorted values, NaN when empty: the value a sort would put at that
 * rank, found by selection (O(n), several times faster than sorting). Reorders `values`.
 */
export function quantileOf(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const k = rank(n, q);
  select(values, k);
  return values[k] as number;
}

/** The 0-based index of the nearest-rank q-quantile of n values (n ≥ 1). */
function rank(n: number, q: number): number {
  return Math.min(n, Math.max(1, Math.ceil(q * n))) - 1;
}

/**
 * The q-quantile of the latencies `xs` of cold starts arriving in [from, to). Arrivals are in
 * time order, so the window is one run of indices; selection reorders only that run.
 */
function windowQuantile(arrivals: Float64Array, xs: Float64Array, from: number, to: number, q: number): number {
  const i0 = firstAtOrAfter(arrivals, from),
    i1 = firstAtOrAfter(arrivals, to);
  return quantileOf(xs.subarray(i0, Math.max(i0, i1)), q);
}

/** The index of the first value ≥ `t` in ascending values (binary search). */
function firstAtOrAfter(xs: Float64Array, t: number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function average(xs: Float64Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return xs.length > 0 ? s / xs.length : Number.NaN;
}

function est(xs: Float64Array): Estimate {
  const finite = Array.from(xs).filter(Number.isFinite);
  const value = finite.length > 0 ? finite.reduce((s, x) => s + x, 0) / finite.length : Number.NaN;
  return { value, ci95: batchHalfWidth(finite) };
}
