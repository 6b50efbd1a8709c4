/**
 * Step-duration jitter: a multiplier with mean 1, drawn from a table of 1,024 equally likely
 * values at the lognormal's mid-quantiles (stratified, so the table is fixed, not random). One
 * draw is one 32-bit integer and one lookup, cheap enough for hundreds of thousands of kernel
 * steps per page view. Truncating the far tails makes the SCV a little below the one asked for;
 * `scv` reports the table's exact value, which the theory uses.
 */
export interface Jitter {
  /** 1,024 multipliers, mean exactly 1. */
  values: Float64Array;
  /** The table's exact squared coefficient of variation. */
  scv: number;
}

/** Table size: a power of two, so a draw is the top 10 bits of a 32-bit integer. */
export const JITTER_BITS = 10;

let last: { scv: number; table: Jitter } | null = null;

/**
 * The jitter table for a requested SCV (0: every multiplier is 1). A run asks for the same table
 * several times (cold starts, creation, theory), so the last one is kept; callers only read it.
 */
export function jitterTable(scv: number): Jitter {
  if (last?.scv !== scv) last = { scv, table: buildTable(scv) };
  return last.table;
}

function buildTable(scv: number): Jitter {
  const n = 1 << JITTER_BITS;
  const values = new Float64Array(n);
  if (scv <= 0) return { values: values.fill(1), scv: 0 };
  // Lognormal with σ² = ln(1 + SCV), see /concepts/heavy-tails/; scaled to mean 1 below.
  const sigma = Math.sqrt(Math.log(1 + scv));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    values[i] = Math.exp(sigma * normalQuantile((i + 0.5) / n));
    sum += values[i] as number;
  }
  let sq = 0;
  for (let i = 0; i < n; i++) {
    values[i] = (values[i] as number) * (n / sum);
    sq += (values[i] as number) ** 2;
  }
  return { values, scv: sq / n - 1 };
}

/**
 * The standard normal quantile by Acklam's rational approximation (relative error below
 * 1.2e−9), enough for a table of mid-quantiles.
 */
export function normalQuantile(q: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (r: number) =>
    (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
    ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  if (q < low) return tail(Math.sqrt(-2 * Math.log(q)));
  if (q > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - q)));
  const x = q - 0.5,
    r = x * x;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * x) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
