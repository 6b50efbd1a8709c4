import { batchHalfWidth, type Estimate } from '../../stats/batch-means.ts';
import type { Raw } from './simulate.ts';

/** The measured fleet of one `s3-heat` run; each mean over steps has a 95% half-width (batch means). */
export interface Summary {
  /** The hottest drive's offered load ÷ its IOPS, each second, averaged over the seconds measured. */
  maxDriveUtilization: Estimate;
  /** 99th percentile of offered utilization over all drive-seconds (to within one I/O per second). */
  p99DriveUtilization: number;
  /** Share of drive-seconds asked for more than the drive's IOPS. */
  overloadedDriveFraction: Estimate;
  /** Mean offered utilization over the fleet. */
  meanUtilization: Estimate;
  /** Coefficient of variation of the fleet's total demand across the seconds measured. */
  demandCv: number;
  /** The hottest drive's load in requests (I/Os ÷ I/Os per request), each second, averaged. */
  maxLoadRequests: Estimate;
  /** Longest queue left on any drive at the end of a second, in seconds of that drive's work. */
  maxBacklogSeconds: number;
  /** Share of drive-seconds at or above each utilization seen: [utilization, share]. */
  loadCcdf: [number, number][];
  /** Seconds measured. */
  steps: number;
}

/** Mean with a batch-means 95% half-width over the first n values (≤ 25 batches). */
export function batchEstimate(x: Float64Array, n: number): Estimate {
  if (n === 0) return { value: Number.NaN, ci95: null };
  const b = Math.min(25, n),
    per = n / b,
    means: number[] = [];
  let total = 0;
  for (let i = 0; i < b; i++) {
    let s = 0,
      cnt = 0;
    for (let j = Math.floor(i * per); j < Math.floor((i + 1) * per); j++) {
      s += x[j]!;
      cnt++;
    }
    means.push(s / cnt);
    total += s;
  }
  return { value: total / n, ci95: batchHalfWidth(means) };
}

/** Turns a run's typed arrays into the JSON-safe summary. */
export function summarize(raw: Raw, drives: number, requestIos: number): Summary {
  const n = raw.status.work;
  const cap = raw.capacity;
  const scaled = (x: Float64Array, f: number) => {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = x[i]! * f;
    return y;
  };
  let sum = 0,
    sum2 = 0,
    mb = 0;
  for (let i = 0; i < n; i++) {
    sum += raw.demand[i]!;
    sum2 += raw.demand[i]! ** 2;
    mb = Math.max(mb, raw.maxBacklog[i]!);
  }
  const mean = sum / n;
  const variance = n > 1 ? (sum2 - n * mean * mean) / (n - 1) : 0;
  return {
    maxDriveUtilization: batchEstimate(raw.maxUtil, n),
    p99DriveUtilization: histQuantile(raw.hist, 0.99) / cap,
    overloadedDriveFraction: batchEstimate(raw.overloaded, n),
    meanUtilization: batchEstimate(scaled(raw.demand, 1 / (drives * cap)), n),
    demandCv: mean > 0 ? Math.sqrt(Math.max(0, variance)) / mean : 0,
    maxLoadRequests: batchEstimate(scaled(raw.maxUtil, cap / requestIos), n),
    maxBacklogSeconds: mb / cap,
    loadCcdf: ccdf(raw.hist, cap),
    steps: n,
  };
}

/** The q-quantile of the histogram in whole I/Os (nearest rank). */
function histQuantile(hist: Float64Array, q: number): number {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i]!;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i]!;
    if (seen >= rank) return i;
  }
  return hist.length - 1;
}

/** [utilization, share of drive-seconds at or above it] at every load seen, thinned to ≤ 400 points. */
function ccdf(hist: Float64Array, cap: number): [number, number][] {
  let total = 0;
  for (let i = 0; i < hist.length; i++) total += hist[i]!;
  const out: [number, number][] = [];
  let above = total;
  for (let i = 0; i < hist.length; i++) {
    if (hist[i]! > 0) out.push([i / cap, above / total]);
    above -= hist[i]!;
  }
  if (out.length <= 400) return out;
  const every = Math.ceil(out.length / 400);
  return out.filter((_, i) => i % every === 0 || i === out.length - 1);
}
