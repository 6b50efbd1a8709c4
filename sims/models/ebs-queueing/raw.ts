import type { RunStatus } from '../../engine/budget.ts';
import { BATCHES } from '../../stats/batch-means.ts';
import { DEFAULT_EXACT_LIMIT, QuantileSketch } from '../../stats/quantiles.ts';
import type { Params } from './params.ts';
import type { Placement } from './placement.ts';
import type { Slots } from './slots.ts';

/**
 * What one run collected. Measured completions (after the warm-up) are cut into consecutive
 * batches in completion order; batch b's duration runs from the completion that ended batch
 * b − 1 (or the warm-up) to its own last completion.
 */
export interface Raw {
  batches: number;
  perBatch: number;
  sumLatency: Float64Array;
  /** Time each IO held a host-ring slot, summed (W of Little's law for the ring). */
  sumRing: Float64Array;
  count: Float64Array;
  duration: Float64Array;
  /** Integral of IOs in the ring over time (L of Little's law, times duration). */
  areaRing: Float64Array;
  latency: QuantileSketch;
  /** Latency of every volume but volume 0 (the one that bursts). */
  victims: QuantileSketch;
  perTenant: QuantileSketch[];
  completed: number;
  issued: number;
  inFlight: number;
  /** IOs waiting for a ring slot when the run ended. */
  hostQueue: number;
  ringOut: number;
  windowStart: number;
  windowEnd: number;
  status: RunStatus;
  placement: Placement | null;
  /** Whether to keep the per-volume and victim sketches (sweeps skip them). */
  detail: boolean;
  batch: number;
  batchStart: number;
  measuring: boolean;
  last: number;
}

/** Empty collectors for a run of these parameters and `tenants` volumes. */
export function createRaw(p: Params, tenants: number): Raw {
  const B = Math.min(BATCHES, p.requests);
  const f = () => new Float64Array(B);
  const raw: Raw = {
    batches: B,
    perBatch: Math.floor(p.requests / B),
    sumLatency: f(),
    sumRing: f(),
    count: f(),
    duration: f(),
    areaRing: f(),
    // Room for every measured IO from the start, rather than four doublings (and copies) on the way.
    latency: new QuantileSketch(DEFAULT_EXACT_LIMIT, p.requests),
    victims: new QuantileSketch(DEFAULT_EXACT_LIMIT, p.requests),
    perTenant: Array.from({ length: tenants }, () => new QuantileSketch()),
    completed: 0,
    issued: 0,
    inFlight: 0,
    hostQueue: 0,
    ringOut: 0,
    windowStart: 0,
    windowEnd: 0,
    status: { work: 0, truncated: false },
    placement: null,
    batch: 0,
    batchStart: 0,
    measuring: p.warmup === 0,
    last: 0,
    detail: true,
  };
  return raw;
}

/**
 * Records the completion, at the current event's time `raw.last`, of the IO in slot s: its
 * latency and ring time. It reads them from the slots rather than taking them as arguments, as
 * V8 boxes a number passed to a call it does not inline (three allocations per IO).
 */
export function recordCompletion(raw: Raw, p: Params, slots: Slots, s: number): void {
  const t = raw.last;
  const latency = t - (slots.issue[s] as number),
    ring = t - (slots.admit[s] as number),
    tenant = slots.tenant[s] as number;
  const c = ++raw.completed;
  if (c <= p.warmup) {
    if (c === p.warmup) {
      raw.windowStart = t;
      raw.batchStart = t;
      raw.measuring = true;
    }
    return;
  }
  const b = raw.batch;
  raw.sumLatency[b]! += latency;
  raw.sumRing[b]! += ring;
  const n = ++raw.count[b]!;
  raw.latency.add(latency);
  if (raw.detail) {
    if (tenant !== 0) raw.victims.add(latency);
    raw.perTenant[tenant]!.add(latency);
  }
  if (c === p.warmup + p.requests) {
    raw.duration[b] = t - raw.batchStart;
    raw.windowEnd = t;
    raw.measuring = false;
  } else if (n === raw.perBatch && b < raw.batches - 1) {
    raw.duration[b] = t - raw.batchStart;
    raw.batchStart = t;
    raw.batch = b + 1;
  }
}
