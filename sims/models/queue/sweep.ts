import type { Estimate } from '../../stats/batch-means.ts';
import { run } from './model.ts';
import { params, type Params } from './params.ts';
import { queueTheory } from './theory.ts';
import { validate } from '../../params/validate.ts';

/** One simulated point of the latency-versus-load curve. */
export interface SweepPoint {
  utilization: number;
  meanWait: Estimate;
  meanSojourn: Estimate;
  p99Sojourn: Estimate;
}

/** One point of the closed-form curve. */
export interface CurvePoint {
  utilization: number;
  meanWait: number;
  meanSojourn: number;
  /** Null when the sojourn distribution has no closed form here (non-exponential service). */
  p99Sojourn: number | null;
}

/** The hockey stick: simulated points with 95% half-widths, and the theory curve when one exists. */
export interface SweepResult {
  points: SweepPoint[];
  /** Null when no closed form applies (non-Poisson arrivals, or general service with c > 1). */
  curve: CurvePoint[] | null;
  /** Which closed form the curve is, e.g. 'M/M/c (Erlang C)'. */
  theoryModel: string | null;
  notes: string[];
}

/** Options of `sweep`. */
export interface SweepOptions {
  /** Loads ρ to simulate; each must be below 1. Default 0.1 … 0.9 and 0.95. */
  utilizations?: readonly number[];
  /** Points on the theory curve, evenly spaced in ρ up to 0.99. Default 60. */
  curvePoints?: number;
  /** Called after each simulated point with (points done, points total). */
  onProgress?: (done: number, total: number) => void;
  /** Event budget per point. */
  budget?: number;
}

const DEFAULT_UTILIZATIONS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/**
 * Mean wait and p99 sojourn against utilization, holding everything but the arrival rate fixed
 * (λ = ρ c μ): the latency hockey stick. Simulated points come from `run`; the curve from
 * queueing theory where it has a closed form, see /concepts/queueing-theory/.
 */
export function sweep(
  input: Partial<Params> | Readonly<Record<string, unknown>> = {},
  options: SweepOptions = {},
): SweepResult {
  const { value: base, notes } = validate(params, input as Record<string, unknown>);
  const us = (options.utilizations ?? DEFAULT_UTILIZATIONS).filter((u) => u > 0 && u < 1);
  const rateAt = (u: number) => u * base.servers * base.serviceRate;
  const points: SweepPoint[] = [];
  us.forEach((u, i) => {
    const r = run({ ...base, arrivalRate: rateAt(u) }, options.budget === undefined ? {} : { budget: options.budget });
    if (r.summary !== null) {
      points.push({
        utilization: u,
        meanWait: r.summary.meanWait,
        meanSojourn: r.summary.meanSojourn,
        p99Sojourn: r.summary.sojournPercentiles.p99,
      });
    }
    options.onProgress?.(i + 1, us.length);
  });
  const n = Math.max(2, Math.floor(options.curvePoints ?? 60));
  const curve: CurvePoint[] = [];
  let theoryModel: string | null = null;
  for (let i = 1; i <= n; i++) {
    const u = (0.99 * i) / n;
    const t = queueTheory({ ...base, arrivalRate: rateAt(u) });
    if (t === null) break;
    theoryModel = t.model;
    curve.push({
      utilization: u,
      meanWait: t.meanWait,
      meanSojourn: t.meanSojourn,
      p99Sojourn: t.sojournPercentiles?.p99 ?? null,
    });
  }
  return { points, curve: curve.length > 0 ? curve : null, theoryModel, notes };
}
