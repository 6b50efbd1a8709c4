/**
 * Order statistics without sorting: `select` puts the k-th smallest value of `a[lo..hi]` at
 * `a[k]`, with nothing larger before it and nothing smaller after it (Hoare's FIND, as in Wirth's
 * "Algorithms + Data Structures = Programs", with a median-of-three pivot). Average cost about
 * three passes over the range, against n·log n for a sort, which pays when only a few quantiles
 * of each set of values are read. The value at `a[k]` is the one a sort would put there, except
 * that −0 and +0 compare equal, so either may come back where both occur.
 */
export function select(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  for (let rounds = 0; lo < hi; rounds++) {
    // Should the partitions keep coming out lopsided (64 rounds, where thousands of values need
    // about 20), what is left is sorted instead, so a bad case costs a sort, not O(n²).
    if (rounds === 64) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    // The largest or smallest (a high quantile of a short section, often): one scan, whose
    // comparisons the CPU predicts, unlike a partition's.
    if (k === hi || k === lo) {
      let m = k;
      if (k === hi) for (let i = lo; i < hi; i++) m = (a[i] as number) > (a[m] as number) ? i : m;
      else for (let i = lo + 1; i <= hi; i++) m = (a[i] as number) < (a[m] as number) ? i : m;
      const t = a[k] as number;
      a[k] = a[m] as number;
      a[m] = t;
      return;
    }
    const x = medianOf3(a[lo] as number, a[(lo + hi) >> 1] as number, a[hi] as number);
    let i = lo,
      j = hi;
    do {
      // x is a value of the range, so each scan stops inside it.
      while ((a[i] as number) < x) i++;
      while (x < (a[j] as number)) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    // Now a[lo..j] ≤ x ≤ a[i..hi], and anything between j and i equals x.
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
}

function medianOf3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/**
 * Puts the sorted value at `a[k]` like `select`, searching only the part of `a` between the
 * indices already `settled` (ascending, from earlier calls on the same array: each holds its
 * sorted value with nothing larger before it and nothing smaller after), and adds k to them.
 * Reading several quantiles in turn so narrows each search to what the others left unsorted.
 */
export function settle(a: Float64Array, k: number, settled: number[]): void {
  let at = 0;
  while (at < settled.length && (settled[at] as number) < k) at++;
  if (settled[at] === k) return;
  const lo = at > 0 ? (settled[at - 1] as number) + 1 : 0;
  const hi = at < settled.length ? (settled[at] as number) - 1 : a.length - 1;
  select(a, k, lo, hi);
  settled.splice(at, 0, k);
}
