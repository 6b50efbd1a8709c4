import { createRng } from '../rng/xoshiro128.ts';

/**
 * The smallest loops that compute the same model, for measuring the engine's overhead: no
 * events, no statistics beyond the mean wait, the same generator and the same streams.
 */

/** M/M/1 by Lindley's recursion: W_{n+1} = max(0, W_n + S_n − A_{n+1}). */
export function lindleyMm1(customers: number, lambda: number, mu: number, seed: number): number {
  const root = createRng(seed);
  const arrivals = root.split(),
    service = root.split();
  let w = 0,
    total = 0;
  for (let i = 0; i < customers; i++) {
    total += w;
    const s = -Math.log(1 - service.next()) / mu;
    const a = -Math.log(1 - arrivals.next()) / lambda;
    w = w + s - a;
    if (w < 0) w = 0;
  }
  return total / customers;
}

/**
 * FIFO M/M/c with a plain binary heap of the servers' next-free times: each customer takes the
 * earliest-free server (Kiefer–Wolfowitz), starting at max(arrival, free time).
 */
export function heapMmc(customers: number, lambda: number, mu: number, c: number, seed: number): number {
  const root = createRng(seed);
  const arrivals = root.split(),
    service = root.split();
  const free = new Float64Array(c);
  let t = 0,
    total = 0;
  for (let i = 0; i < customers; i++) {
    t += -Math.log(1 - arrivals.next()) / lambda;
    const f = free[0] as number;
    const start = f > t ? f : t;
    total += start - t;
    const done = start - Math.log(1 - service.next()) / mu;
    // Replace the root with `done` and sift down.
    let j = 0;
    for (;;) {
      let k = 2 * j + 1;
      if (k >= c) break;
      if (k + 1 < c && (free[k + 1] as number) < (free[k] as number)) k++;
      if ((free[k] as number) >= done) break;
      free[j] = free[k] as number;
      j = k;
    }
    free[j] = done;
  }
  return total / customers;
}
