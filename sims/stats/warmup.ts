/**
 * MSER-5 warm-up detection (White 1997): average the series in groups of 5, then choose the
 * truncation point d minimizing the standard error of the remaining mean, Σ(x − x̄)² / (n − d)²,
 * searching only the first half. Returns how many raw observations to drop.
 * See /concepts/simulation-statistics/.
 */
export function mser5(series: ArrayLike<number>): number {
  const m = Math.floor(series.length / 5);
  if (m < 4) return 0;
  const g = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < 5; j++) s += series[i * 5 + j] as number;
    g[i] = s / 5;
  }
  // Suffix sums let each candidate d be scored in O(1).
  const sum = new Float64Array(m + 1), sum2 = new Float64Array(m + 1);
  for (let i = m - 1; i >= 0; i--) {
    const x = g[i] as number;
    sum[i] = (sum[i + 1] as number) + x;
    sum2[i] = (sum2[i + 1] as number) + x * x;
  }
  let best = 0, bestScore = Number.POSITIVE_INFINITY;
  for (let d = 0; d <= m / 2; d++) {
    const k = m - d;
    const s = sum[d] as number;
    const score = ((sum2[d] as number) - (s * s) / k) / (k * k);
    if (score < bestScore) { bestScore = score; best = d; }
  }
  return best * 5;
}
