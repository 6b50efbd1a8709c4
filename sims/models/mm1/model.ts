import { createRng } from '../../rng/xoshiro128.ts';
import type { Params } from './params.ts';

/** What one `mm1` run returns: JSON-safe numbers only. */
export interface Result {
  utilization: number;
  stable: boolean;
  simulatedMeanWait: number;
  /** Closed form for M/M/1: W_q = ρ / (μ − λ), see /concepts/queueing-theory/. */
  theoreticalMeanWait: number | null;
  customers: number;
}

/**
 * A single FIFO server with Poisson arrivals and exponential service, by Lindley's recursion:
 * W_{n+1} = max(0, W_n + S_n − A_{n+1}). Arrivals and service draw from separate streams.
 */
export function run(p: Params): Result {
  const root = createRng(p.seed);
  const arrivals = root.split();
  const service = root.split();
  const rho = p.arrivalRate / p.serviceRate;
  let wait = 0;
  let total = 0;
  for (let i = 0; i < p.customers; i++) {
    total += wait;
    const s = -Math.log(1 - service.next()) / p.serviceRate;
    const a = -Math.log(1 - arrivals.next()) / p.arrivalRate;
    wait = Math.max(0, wait + s - a);
  }
  const stable = rho < 1;
  return {
    utilization: rho,
    stable,
    simulatedMeanWait: total / p.customers,
    theoreticalMeanWait: stable ? rho / (p.serviceRate - p.arrivalRate) : null,
    customers: p.customers,
  };
}
