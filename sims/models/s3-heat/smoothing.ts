import { createRng } from '../../rng/xoshiro128.ts';
import { batchHalfWidth, type Estimate } from '../../stats/batch-means.ts';
import type { Params } from './params.ts';
import { createTenants, stepTenants, switchCalendar, switchTenants, totalCv, type TenantSpec } from './tenants.ts';

/** The total demand of N tenants, second by second, as a multiple of its mean. */
export interface AggregateSeries {
  tenants: number;
  /** Total ÷ expected total, per step. */
  values: Float64Array;
  /** Coefficient of variation across the steps, and its steady-state value. */
  cv: number;
  cvTheory: number;
}

/**
 * Runs only the tenants (no drives) for `steps` seconds after the warm-up: the on/off process of
 * the reader's parameters, with N tenants whose expected total is N. See
 * /concepts/aggregate-demand-smoothing/: the CV of the total falls like 1/√N. One short run:
 * with heavy-tailed bursts its CV varies a lot from seed to seed (see `smoothing`).
 */
export function aggregateSeries(p: Params, tenants: number, steps: number, seed = p.seed): AggregateSeries {
  const rng = createRng(seed).split();
  const t = createTenants(
    {
      count: tenants,
      meanTotal: tenants,
      steady: p.demand === 'uniform',
      dutyCycle: p.dutyCycle,
      burstSteps: p.burstSteps,
      burstTail: p.burstTail,
      heatTail: p.heatTail,
    },
    rng,
  );
  const values = new Float64Array(steps);
  let sum = 0,
    sum2 = 0;
  for (let s = 0; s < steps; s++) {
    const v = stepTenants(t, rng) / tenants;
    values[s] = v;
    sum += v;
    sum2 += v * v;
  }
  const mean = sum / steps;
  const variance = steps > 1 ? Math.max(0, (sum2 - steps * mean * mean) / (steps - 1)) : 0;
  return { tenants, values, cv: mean > 0 ? Math.sqrt(variance) / mean : 0, cvTheory: totalCv(t) };
}

/** One curve of the smoothing chart: the total of N alike tenants. */
export interface SmoothingCurve {
  tenants: number;
  /** The first group's total ÷ its mean, second by second, over the chart's seconds. */
  values: Float64Array;
  /** CV over every group and measured second, with its 95% half-width (sectioning). */
  cv: Estimate;
  /** Steady-state CV of the total of N alike tenants: √((1 − p)/p) / √N. */
  cvTheory: number;
  /** Independent groups of N tenants measured, each for `steps` seconds. */
  groups: number;
  steps: number;
  /**
   * Only when the design asks for `seriesSteps`: the same first group's total over that many
   * seconds (the chart's seconds first), divided by its mean, as the chart's values are (the
   * expected total, exact by construction); the window's average of those values, and its CV
   * measured as the estimate measures it, the root mean square of (value − 1). For the smoothing
   * live view.
   */
  series?: { values: Float64Array; mean: number; cv: number };
}

/** How much the smoothing estimate simulates (the defaults: 40,000 tenants for 25 seconds, 10,000 of them for 100). */
export interface SmoothingDesign {
  /** Independent crowds of max(sizes) tenants, each started in its steady state. */
  replications: number;
  /** Seconds of each crowd that count in the estimate. */
  steps: number;
  /** Seconds the first crowd runs for the chart (its first `steps` count, like the others'). */
  chartSteps: number;
  /** Sections of the groups for the confidence interval. */
  sections: number;
  /** Seconds of the first crowd's first groups to return as `series` (0 or absent: none); they change no estimate. */
  seriesSteps?: number;
}

export const SMOOTHING_SIZES: readonly number[] = [1, 100, 10_000];
export const SMOOTHING_DESIGN: SmoothingDesign = { replications: 4, steps: 25, chartSteps: 100, sections: 10 };

/**
 * The coefficient of variation of the total demand of 1, 100 and 10,000 alike bursty tenants
 * (/concepts/aggregate-demand-smoothing/: it falls like 1/√N), measured so that it holds at any
 * seed. One run's CV is no good: bursts have a Pareto tail of shape below 2, so demand stays
 * correlated over long stretches, and a hundred seconds of one tenant can be all on or all off
 * (its CV over 100 s ranges from 0 to 2 across seeds; the true value is 1). Instead the estimate
 * pools many independent groups, each started in its steady state, over a few seconds each:
 * `replications` crowds of max(sizes) tenants are cut into groups of N (tenants are independent,
 * so each group is an independent replication of N tenants). Each group's total is divided by
 * its expected value, which is exact by construction (every tenant's mean is 1), so the CV is the
 * root mean square of (x − 1) over all group-seconds: a few correlated seconds then bias nothing,
 * where a mean estimated from them would make the CV look too small. (One tenant at duty 0.5 is
 * always 0 or twice its mean, exactly one mean away, so its CV is 1 with no uncertainty.)
 * The 95% half-width is by sectioning: the groups in `sections` parts, the CV of each part, and
 * t(0.975, parts − 1) · sd / √parts (the batch-means formula, on independent parts). The three
 * curves share the tenants: the chart's lines are the first tenant, the first hundred and the
 * first ten thousand of the first crowd. Tenants are alike (the same heat), as in the 1/√N law;
 * the fleet's run mixes hotter and cooler tenants, whose total smooths less (its demand CV's
 * theory says by how much).
 */
export function smoothing(
  p: Params,
  sizes: readonly number[] = SMOOTHING_SIZES,
  d: SmoothingDesign = SMOOTHING_DESIGN,
  seed = p.seed,
): SmoothingCurve[] {
  const L = sizes.length,
    n = sizes[L - 1]!;
  for (let c = 1; c < L; c++) {
    if (sizes[c]! % sizes[c - 1]! !== 0)
      throw new RangeError(`smoothing: each size must divide the next (${sizes.join(', ')})`);
  }
  const root = createRng(seed);
  root.longJump(); // a block of streams of its own, apart from the fleet run's
  const spec: TenantSpec = {
    count: n,
    meanTotal: n,
    steady: p.demand === 'uniform',
    alike: true,
    dutyCycle: p.dutyCycle,
    burstSteps: p.burstSteps,
    burstTail: p.burstTail,
    heatTail: p.heatTail,
  };
  // Per size: each group's total this second (sizes of 1 share one array: each tenant's own), the
  // chart, and per section Σ(x − 1)² and the count of measured group-seconds (x = total ÷ size).
  const own = new Float64Array(n);
  const totals = sizes.map((size) => (size === 1 ? own : new Float64Array(n / size)));
  const charts = sizes.map(() => new Float64Array(d.chartSteps));
  const sums = sizes.map(() => new Float64Array(2 * d.sections));
  const S = Math.max(0, Math.floor(d.seriesSteps ?? 0));
  const series = sizes.map(() => new Float64Array(S));
  // Only the tenants that switch are visited (see `switchTenants`), and the totals they change are
  // kept up to date, bit for bit what summing every tenant each second gives: sizes of 1 are the
  // tenant's own rate × on; the first size above 1, `base`, is the sum of its tenants' rate × on in
  // order, and since alike tenants share one rate and adding 0 changes nothing, that sum is
  // `multiples[k]`, the rate added to itself k times for the k tenants on, kept as a count per
  // group. Larger sizes sum the groups below each second, as before (100 additions, not 10,000).
  const base = sizes.findIndex((size) => size > 1),
    baseSize = base < 0 ? 1 : sizes[base]!,
    baseTotals = totals[Math.max(base, 0)]!;
  const counts = new Int32Array(n / baseSize),
    multiples = new Float64Array(baseSize + 1),
    changed = new Int32Array(n);
  // Each tenant's group of the base size (a lookup, not a division per switch).
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) groupOf[i] = Math.floor(i / baseSize);
  let cv1 = 0;
  for (let r = 0; r < d.replications; r++) {
    const rng = root.split();
    const t = createTenants(spec, rng);
    cv1 = totalCv(t) * Math.sqrt(n);
    const { on } = t,
      rate = t.rate[0]!; // alike: every tenant's rate
    for (let k = 1; k <= baseSize; k++) multiples[k] = multiples[k - 1]! + rate;
    // The starting state's totals, which the switches then update.
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const g = groupOf[i]!;
      counts[g] = counts[g]! + on[i]!;
      own[i] = rate * on[i]!;
    }
    if (base >= 0) for (let g = 0; g < counts.length; g++) baseTotals[g] = multiples[counts[g]!]!;
    const length = r === 0 ? Math.max(d.steps, d.chartSteps, S) : d.steps;
    const calendar = switchCalendar(t, length);
    for (let s = 0; s < length; s++) {
      const switched = switchTenants(t, calendar, s, rng, changed);
      for (let j = 0; j < switched; j++) {
        const i = changed[j]!,
          x = on[i]!,
          g = groupOf[i]!,
          k = counts[g]! + 2 * x - 1; // one more on, or one fewer
        own[i] = rate * x;
        counts[g] = k;
        if (base >= 0) baseTotals[g] = multiples[k]!;
      }
      // Past the measured seconds only the chart's first group of each size is shown, but it is the
      // sum of every group of the size below (the first 10,000 tenants are the whole crowd), so all
      // groups are still summed; only the estimate stops.
      const measured = s < d.steps;
      for (let c = 0; c < L; c++) {
        const size = sizes[c]!,
          out = totals[c]!;
        if (c > base && base >= 0) {
          const below = totals[c - 1]!,
            k = size / sizes[c - 1]!;
          for (let g = 0; g < out.length; g++) {
            let total = 0;
            for (let j = g * k; j < (g + 1) * k; j++) total += below[j]!;
            out[g] = total;
          }
        }
        if (r === 0 && s < d.chartSteps) charts[c]![s] = out[0]! / size;
        if (r === 0 && s < S) series[c]![s] = out[0]! / size;
        if (measured) accumulate(sums[c]!, out, 1 / size, r, d);
      }
    }
  }
  return sizes.map((size, c) => {
    const sec = sums[c]!,
      parts: number[] = [];
    let ss = 0,
      count = 0;
    for (let k = 0; k < d.sections; k++) {
      if (sec[2 * k + 1]! > 0) parts.push(Math.sqrt(sec[2 * k]! / sec[2 * k + 1]!));
      ss += sec[2 * k]!;
      count += sec[2 * k + 1]!;
    }
    const groups = (n / size) * d.replications;
    const cv = { value: Math.sqrt(ss / count), ci95: batchHalfWidth(parts) };
    const curve: SmoothingCurve = {
      tenants: size,
      values: charts[c]!,
      cv,
      cvTheory: cv1 / Math.sqrt(size),
      groups,
      steps: d.steps,
    };
    if (S > 0) curve.series = withCv(series[c]!);
    return curve;
  });
}

/** A series of totals ÷ their expected value, with its average and root mean square distance from 1. */
function withCv(values: Float64Array): { values: Float64Array; mean: number; cv: number } {
  let sum = 0,
    ss = 0;
  for (const v of values) {
    sum += v;
    ss += (v - 1) * (v - 1);
  }
  return { values, mean: sum / values.length, cv: Math.sqrt(ss / values.length) };
}

/** Adds one second of replication r's group totals (times f, so mean 1) to their sections' Σ(x − 1)² and count. */
function accumulate(sec: Float64Array, totals: Float64Array, f: number, r: number, d: SmoothingDesign): void {
  const per = totals.length,
    groups = per * d.replications;
  for (let k = 0; k < d.sections; k++) {
    // Section k holds groups [⌈k·G/S⌉, ⌈(k+1)·G/S⌉) of all G, numbered crowd by crowd.
    const lo = Math.max(Math.ceil((k * groups) / d.sections) - r * per, 0);
    const hi = Math.min(Math.ceil(((k + 1) * groups) / d.sections) - r * per, per);
    if (hi <= lo) continue;
    let ss = 0;
    for (let g = lo; g < hi; g++) {
      const e = totals[g]! * f - 1;
      ss += e * e;
    }
    sec[2 * k] = sec[2 * k]! + ss;
    sec[2 * k + 1] = sec[2 * k + 1]! + hi - lo;
  }
}
