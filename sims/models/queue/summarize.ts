import { ratioEstimate, type Estimate } from '../../stats/batch-means.ts';
import { logHistogram, type LogHistogram } from '../../stats/histogram.ts';
import { HISTOGRAM_RELATIVE_ERROR } from '../../stats/quantiles.ts';
import { sectionedQuantileHalfWidths } from '../../stats/sectioning.ts';
import { welfordVariance } from '../../stats/welford.ts';
import type { Raw } from './simulate.ts';

/** Sojourn-time percentiles, each with a 95% half-width where one can be had. */
export interface Percentiles {
  p50: Estimate;
  p90: Estimate;
  p99: Estimate;
  p999: Estimate;
}

/** The measured steady state of a `queue` run. Every mean comes with its 95% half-width. */
export interface Summary {
  /** Mean time in line before service starts. */
  meanWait: Estimate;
  /** Mean time in the system: wait plus service. */
  meanSojourn: Estimate;
  /** Fraction of customers who had to wait at all. */
  probWait: Estimate;
  /** Fraction of server time busy. */
  utilization: Estimate;
  /** Time-average number in the system (waiting or in service), L in Little's law. */
  meanInSystem: Estimate;
  /** Departures per unit time during the measurement window. */
  throughput: Estimate;
  /**
   * Sojourn-time percentiles: exact up to 100,000 customers, with a half-width by sectioning;
   * beyond that from a log histogram within 1/128 relative error, half-width null.
   */
  sojournPercentiles: Percentiles;
  sojournStdDev: number;
  maxSojourn: number;
  /** Measured customers that completed. */
  customers: number;
  /** How the percentiles were computed. */
  quantileMethod: 'exact' | 'histogram';
  /** Relative error bound of the percentiles (0 when exact). */
  quantileRelativeError: number;
}

const QS = { p50: 0.5, p90: 0.9, p99: 0.99, p999: 0.999 } as const;

/** Turns raw batch sums into estimates with confidence intervals (batch means, 95%). */
export function summarize(raw: Raw, servers: number): Summary {
  const util = ratioEstimate(raw.areaBusy, raw.duration);
  const samples = raw.sojourn.samples();
  const qs: number[] = [QS.p50, QS.p90, QS.p99, QS.p999];
  const hw = samples === null ? qs.map(() => null) : sectionedQuantileHalfWidths(samples, qs);
  const pct = (q: number): Estimate => ({ value: raw.sojourn.quantile(q), ci95: hw[qs.indexOf(q)] ?? null });
  return {
    meanWait: ratioEstimate(raw.sumWait, raw.served),
    meanSojourn: ratioEstimate(raw.sumSojourn, raw.served),
    probWait: ratioEstimate(raw.waited, raw.served),
    utilization: { value: util.value / servers, ci95: util.ci95 === null ? null : util.ci95 / servers },
    meanInSystem: ratioEstimate(raw.areaInSystem, raw.duration),
    throughput: ratioEstimate(raw.departures, raw.duration),
    sojournPercentiles: { p50: pct(QS.p50), p90: pct(QS.p90), p99: pct(QS.p99), p999: pct(QS.p999) },
    sojournStdDev: Math.sqrt(welfordVariance(raw.sojournMoments)),
    maxSojourn: raw.sojourn.count > 0 ? raw.sojourn.max : Number.NaN,
    customers: raw.sojourn.count,
    quantileMethod: raw.sojourn.exact ? 'exact' : 'histogram',
    quantileRelativeError: raw.sojourn.exact ? 0 : HISTOGRAM_RELATIVE_ERROR,
  };
}

/** Log-spaced histogram of sojourn times, for charts. */
export function sojournHistogram(raw: Raw, bins = 40): LogHistogram {
  return logHistogram(raw.sojourn, bins);
}
