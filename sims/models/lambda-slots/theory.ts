import { mg1 } from '../../theory/index.ts';
import type { ColdPath } from './costs.ts';
import type { Arrivals } from './cold-starts.ts';

/** The lock as an M/G/1 queue at the steady cold-start rate. */
export interface LockTheory {
  /** ρ = λ E[S]: share of time RTNL is held by cold starts. */
  utilization: number;
  /** Pollaczek–Khinchine mean wait for the lock (ms); null when ρ ≥ 1 or the lock is unused. */
  meanWait: number | null;
  /** Mean and SCV of one creation's hold: each step lognormal with SCV `scv`, independent. */
  meanHold: number;
  scvHold: number;
}

/**
 * Cold starts arrive as a Poisson stream and each holds RTNL once for the sum of its netlink
 * steps, so the lock is M/G/1: W_q = λ E[S²] / (2(1 − ρ)) (Pollaczek–Khinchine, see
 * /concepts/queueing-theory/). Var S = SCV · Σ hᵢ², so SCV_S = SCV · Σ hᵢ² / (Σ hᵢ)².
 * Valid without a burst (the burst makes arrivals non-stationary).
 */
export function lockTheory(path: ColdPath, a: Arrivals, scv: number): LockTheory {
  const meanHold = path.lockMs;
  const sq = path.lockSteps.reduce((s, h) => s + h * h, 0);
  const scvHold = meanHold > 0 ? (scv * sq) / (meanHold * meanHold) : 0;
  const utilization = a.rate * meanHold;
  const t = meanHold > 0 ? mg1(a.rate, meanHold, scvHold) : null;
  return { utilization, meanWait: t?.meanWait ?? (meanHold > 0 ? null : 0), meanHold, scvHold };
}
