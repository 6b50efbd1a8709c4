/**
 * Time-weighted average of a piecewise-constant quantity (customers in system, busy servers):
 * the area under the curve divided by the elapsed time.
 */
export interface TimeWeighted {
  start: number;
  last: number;
  value: number;
  area: number;
}

/** Starts tracking at time `t` with the current value. */
export function createTimeWeighted(t: number, value: number): TimeWeighted {
  return { start: t, last: t, value, area: 0 };
}

/** The value changes to `value` at time `t` (t never decreases). */
export function timeWeightedSet(tw: TimeWeighted, t: number, value: number): void {
  tw.area += tw.value * (t - tw.last);
  tw.last = t;
  tw.value = value;
}

/** The average over [start, t]; NaN over an empty interval. */
export function timeWeightedMean(tw: TimeWeighted, t: number): number {
  const area = tw.area + tw.value * (t - tw.last);
  return area / (t - tw.start);
}
