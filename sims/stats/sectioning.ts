import { select } from './select.ts';
import { tQuantile975 } from './student-t.ts';

/**
 * 95% half-widths of several quantile estimates by sectioning (Asmussen & Glynn): cut the values,
 * in the order they were observed, into `sections` contiguous parts, take each quantile of each
 * part, and use t(0.975, s − 1) · sd / √s around the quantile of the whole run. Each part's
 * quantiles are found by selection (./select.ts), not by sorting it. See /concepts/simulation-statistics/.
 * An entry is null when there are too few values per section (under 20).
 */
export function sectionedQuantileHalfWidths(
  values: Float64Array,
  qs: readonly number[],
  sections = 20,
): (number | null)[] {
  const per = Math.floor(values.length / sections);
  if (sections < 2 || per < 20) return qs.map(() => null);
  const sums = new Float64Array(qs.length),
    squares = new Float64Array(qs.length);
  const part = new Float64Array(per);
  const ranks = qs.map((q) => Math.min(per, Math.max(1, Math.ceil(q * per))) - 1);
  // Selected in ascending order, each above the one before: what lies there is what ranks above it.
  const ascending = [...new Set(ranks)].sort((a, b) => a - b);
  for (let k = 0; k < sections; k++) {
    part.set(values.subarray(k * per, (k + 1) * per));
    let lo = 0;
    for (const r of ascending) {
      select(part, r, lo);
      lo = r + 1;
    }
    for (let j = 0; j < qs.length; j++) {
      const x = part[ranks[j]!] as number;
      sums[j]! += x;
      squares[j]! += x * x;
    }
  }
  const t = tQuantile975(sections - 1);
  return qs.map((_, j) => {
    const m = sums[j]! / sections;
    const sd = Math.sqrt(Math.max(0, (squares[j]! - sections * m * m) / (sections - 1)));
    return (t * sd) / Math.sqrt(sections);
  });
}

/** The half-width of one quantile estimate (see `sectionedQuantileHalfWidths`). */
export function sectionedQuantileHalfWidth(values: Float64Array, q: number, sections = 20): number | null {
  return sectionedQuantileHalfWidths(values, [q], sections)[0]!;
}
