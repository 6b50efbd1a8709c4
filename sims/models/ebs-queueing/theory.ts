import { mg1 } from '../../theory/index.ts';
import { serviceMoments } from './devices.ts';
import type { Params } from './params.ts';
import type { Placement } from './placement.ts';

/** What queueing theory says about a parameter set, where it can. Times in ms, rates in IOPS. */
export interface EbsTheory {
  /** Mean IO rate offered by all volumes, bursts included. */
  offeredIops: number;
  /** The share of it through the busiest host, which is what one ring must carry. */
  busiestHostIops: number;
  /** Host, network, server and one mean service time: the latency of an IO that never waits. */
  unloadedMs: number;
  /**
   * Mean latency with every drive an M/G/1 queue (Pollaczek–Khinchine): unloaded time plus the
   * mean wait, averaged over drives by their traffic. Null when a burst, a rate limit or a
   * binding ring cap breaks the Poisson-arrivals assumption, or a drive is overloaded.
   */
  meanLatencyMs: number | null;
  /**
   * Little's law ceiling of one host's ring, ringDepth / (time an IO holds a slot) with that time
   * at its smallest, the unloaded latency: no host can do better however fast its drives are.
   * Null without a cap.
   */
  ringCapIops: number | null;
}

/**
 * Closed forms for the EBS IO path. Each drive sees a Poisson stream (a thinned superposition of
 * Poisson streams) when nothing bursts or paces it, so it is an M/G/1 queue; a fair line per
 * volume has the same mean wait as one FIFO when volumes' service times are alike (the
 * conservation law). Little's law caps the ring: X ≤ N / W. See /concepts/queueing-theory/.
 */
export function ebsTheory(p: Params, pl: Placement): EbsTheory {
  const { mean: es, scv } = serviceMoments(p);
  const fixed = p.hostMs + p.networkMs + p.serverMs;
  const unloadedMs = fixed + es;
  const rates = pl.driveLoad.map((rho) => rho / es); // IOs per ms at each drive
  const total = rates.reduce((a, b) => a + b, 0);
  const offeredIops = 1000 * pl.baseRate * (p.tenants - 1 + pl.noisyMeanFactor);
  let wait = 0;
  let ok = true;
  rates.forEach((lambda) => {
    const t = mg1(lambda, es, scv);
    if (t === null) ok = false;
    else if (total > 0) wait += (lambda / total) * t.meanWait;
  });
  const poisson = p.noisy === 1 && p.isolation !== 'provisioned';
  const meanLatency = ok ? unloadedMs + wait : null;
  const ringCapIops = p.ringDepth > 0 ? (1000 * p.ringDepth) / unloadedMs : null;
  // The busiest host's share of the traffic (volume v on host v mod hosts).
  const perHost = hostShare(p, pl.noisyMeanFactor) * offeredIops;
  const binding = ringCapIops !== null && meanLatency !== null && perHost >= (0.7 * 1000 * p.ringDepth) / meanLatency;
  return {
    offeredIops,
    busiestHostIops: perHost,
    unloadedMs,
    meanLatencyMs: poisson && !binding ? meanLatency : null,
    ringCapIops,
  };
}

/** The busiest host's share of all traffic, volume 0's burst included. */
export function hostShare(p: Params, noisyMeanFactor: number): number {
  const load = new Float64Array(p.hosts);
  for (let v = 0; v < p.tenants; v++) load[v % p.hosts]! += v === 0 ? noisyMeanFactor : 1;
  return Math.max(...load) / (p.tenants - 1 + noisyMeanFactor);
}
