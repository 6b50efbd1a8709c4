import { tQuantile975 } from './student-t.ts';

/**
 * 95% half-width of a quantile estimate by sectioning (Asmussen & Glynn): cut the values, in
 * the order they were observed, into `sections` contiguous parts, take the quantile of each,
 * and use t(0.975, s − 1) · sd / √s around the quantile of the whole run.
 * See /concepts/simulation-statistics/. Null when there are too few values per section.
 */
export function sectionedQuantileHalfWidth(values: Float64Array, q: number, sections = 20): number | null {
  const per = Math.floor(values.length / sections);
  if (sections < 2 || per < 20) return null;
  const qs = new Float64Array(sections);
  for (let s = 0; s < sections; s++) {
    const part = values.slice(s * per, (s + 1) * per).sort();
    const rank = Math.min(per, Math.max(1, Math.ceil(q * per)));
    qs[s] = part[rank - 1] as number;
  }
  let mean = 0;
  for (let s = 0; s < sections; s++) mean += qs[s] as number;
  mean /= sections;
  let ss = 0;
  for (let s = 0; s < sections; s++) ss += ((qs[s] as number) - mean) ** 2;
  return (tQuantile975(sections - 1) * Math.sqrt(ss / (sections - 1))) / Math.sqrt(sections);
}
