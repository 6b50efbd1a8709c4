/**
 * The candidates nearest to `wanted` by edit distance, for "did you mean" hints.
 * Also counts a candidate that shares the wanted name after the folder (`aws-ebs` for `system/aws-ebs`).
 */
export function closest(wanted: string, candidates: string[], n: number): string[] {
  const tail = wanted.split('/').pop() ?? wanted;
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  return candidates
    .map((c) => ({ c, d: c.split('/').pop() === tail ? 0 : distance(wanted, c) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}

/** Levenshtein distance with a single rolling row. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
