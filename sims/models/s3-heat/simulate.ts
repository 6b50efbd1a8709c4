import type { RunOptions, RunStatus } from '../../engine/budget.ts';
import { runSteps } from '../../engine/stepper.ts';
import { createRng } from '../../rng/xoshiro128.ts';
import type { ReadChoices } from '../../trace/types.ts';
import type { Params } from './params.ts';
import { copiesOf, firstCopy, layout } from './placement.ts';
import { createTenants, stepTenants, totalCv } from './tenants.ts';

/** How many drives the heatmap snapshot keeps (a 32 × 32 grid). */
export const SNAPSHOT_DRIVES = 1024;
/** The utilization histogram counts loads in whole I/Os up to this many times capacity. */
const HIST_MAX_UTIL = 20;
/**
 * Fleets with more drives than this send their reads through the scatter buffer (see `simulate`):
 * 131,072 drives' queues are 512 KB, about what a core's own cache holds.
 */
export const SCATTER_MIN_DRIVES = 1 << 17;
/**
 * The buffer's parts: 4,096 drives each (16 KB of queue, within a core's first-level cache), 4,096
 * reads deep, so each of a part's 256 cache lines is loaded about once per 16 reads, not once per
 * read (a million drives: 245 parts, a 4 MB buffer; 16,384 drives 2,048 deep was twice as slow).
 */
const PART_SHIFT = 12;
const PART_DEPTH = 4096;

/** Most seconds a heat trace keeps: 600 × 1,024 drives × 2 arrays of Float32 is 4.9 MB. */
export const MAX_HEAT_FRAMES = 600;
/** Reads that choose among copies kept per recorded second (600 s × 4 reads × 20 shards: 0.4 MB at most). */
export const READS_PER_FRAME = 4;

/** Options of `simulate`: the runner's, and how many seconds of heat trace to record. */
export type SimulateOptions = RunOptions & {
  /**
   * Record a heat trace of the first this-many seconds (at most MAX_HEAT_FRAMES), for a live view:
   * recording changes no result.
   */
  heat?: number;
};

/**
 * Second-by-second load of the first drives (the heatmap's ≤ 1,024), recorded by the run itself,
 * so a live view shows exactly the run the statistics summarise. Frame f, drive d is at f × drives + d.
 */
export interface HeatTrace {
  /** Seconds recorded, from the first, and drives per frame. */
  frames: number;
  drives: number;
  /** Offered load ÷ the drive's IOPS (as in the heatmap and the hottest-drive statistic). */
  load: Float32Array;
  /** The highlighted tenant, the hottest (highest demand while bursting), and its part of each load. */
  tenant: number;
  tenantLoad: Float32Array;
  /** True when the run had more seconds than were recorded. */
  cut: boolean;
  /** When reads choose the least loaded copies: a few of those choices per second, as the run made them. */
  reads?: ReadChoices;
}

/** Raw output of one run: per-step series and the drive-load histogram, all typed arrays. */
export interface Raw {
  status: RunStatus;
  capacity: number;
  meanTotal: number;
  /**
   * Per measured step: total demand (I/Os), hottest drive's utilization, drives over capacity, largest backlog (I/Os).
   */
  demand: Float64Array;
  maxUtil: Float64Array;
  overloaded: Float64Array;
  maxBacklog: Float64Array;
  /** Served load (I/Os) per step, for the measured mean utilization. */
  served: Float64Array;
  /** Drive-steps by offered load in whole I/Os (last bin: at or above HIST_MAX_UTIL × capacity). */
  hist: Float64Array;
  /** Utilization of the first drives at the step with the highest total demand. */
  snapshot: Float64Array;
  snapshotStep: number;
  cvTheory: number;
  duty: number;
  groupSize: number;
  /** Only when `options.heat` asked for it. */
  heat?: HeatTrace;
}

/**
 * Runs the fleet one second at a time (see /concepts/heat-management/): tenants burst or idle;
 * each on tenant issues its I/Os as requests of `requestIos`, each to a random object of its
 * bucket; the read policy sends a request to a random copy (d = 1) or the least loaded of d
 * copies, or for erasure coding to k of its shards (the k least loaded of k + d − 1). Each
 * drive serves up to its IOPS per step and carries the rest over as backlog. Everything lives
 * in typed arrays allocated once; the step loop allocates nothing. `scatterFrom` is the fleet size
 * above which reads go through the scatter buffer (tests lower it to compare both ways).
 */
export function simulate(
  p: Params,
  objectsPerTenant: number,
  options: SimulateOptions = {},
  scatterFrom = SCATTER_MIN_DRIVES,
): Raw {
  const root = createRng(p.seed);
  const tenantRng = root.split(),
    placeRng = root.split(),
    readRng = root.split();
  const D = p.drives,
    cap = p.driveIops;
  const meanTotal = p.accessDensity * p.driveTb * D;
  const tenants = createTenants(
    {
      count: p.tenants,
      meanTotal,
      steady: p.demand === 'uniform',
      dutyCycle: p.dutyCycle,
      burstSteps: p.burstSteps,
      burstTail: p.burstTail,
      heatTail: p.heatTail,
    },
    tenantRng,
  );
  const c = p.redundancy === 'none' ? 1 : p.redundancy === 'replicas' ? p.replicas : p.ecTotal;
  const k = p.redundancy === 'ec' ? Math.min(p.ecData, c) : 1;
  const m =
    p.redundancy === 'none'
      ? 1
      : p.redundancy === 'replicas'
        ? Math.min(p.readChoices, c)
        : Math.min(c, k + p.readChoices - 1);
  const M = objectsPerTenant;
  const lay = layout(p.placement, D, p.tenants, M, c, p.bucketDrives, placeRng.nextUint32());
  const piece = p.requestIos / k;
  // queue = backlog carried in + load offered this step: the one array the read policy reads.
  // Float32, not Float64: loads are sums of a few hundred request pieces, and a million drives'
  // queues then take 4 MB instead of 8, which is what makes the scattered writes below 2.5× faster.
  const queue = new Float32Array(D),
    backlog = new Float32Array(D);
  const S = p.steps;
  const demand = new Float64Array(S),
    maxUtil = new Float64Array(S),
    overloaded = new Float64Array(S),
    maxBacklog = new Float64Array(S),
    served = new Float64Array(S);
  const bins = HIST_MAX_UTIL * cap + 1;
  const hist = new Float64Array(bins);
  const snapshot = new Float64Array(Math.min(D, SNAPSHOT_DRIVES));
  const cand = new Int32Array(c);
  // Scatter buffer. A big fleet's reads land on random drives of a queue too large for the cache,
  // and those scattered additions were nearly all of a million-drive run's time. When no read
  // looks at the queues (no choice to make), a read's drive is only appended to its part's list
  // (4,096 drives, 16 KB of queue), and a full list is added in one go, within a part that stays
  // in cache. Every addition to a drive is the same `piece`, so the order they happen in changes
  // no bit of any queue: results are identical.
  const scatter = m === k && D > scatterFrom;
  const parts = scatter ? ((D - 1) >>> PART_SHIFT) + 1 : 0;
  const pending = new Int32Array(parts * PART_DEPTH),
    fill = new Int32Array(parts);
  const flush = (b: number) => {
    for (let i = b * PART_DEPTH, end = i + fill[b]!; i < end; i++) {
      const d = pending[i]!;
      queue[d] = queue[d]! + piece;
    }
    fill[b] = 0;
  };
  // Heat trace: the first R drives' loads for F seconds, and the hottest tenant's part of them.
  const F = Math.max(0, Math.min(Math.floor(options.heat ?? 0), MAX_HEAT_FRAMES, p.steps)),
    R = snapshot.length;
  const heatLoad = new Float32Array(F * R),
    heatTenant = new Float32Array(F * R);
  let hot = 0;
  for (let t = 1; t < tenants.count; t++) if (tenants.rate[t]! > tenants.rate[hot]!) hot = t;
  let tracked = -1; // offset of this second's frame while the hot tenant's reads are placed, else −1
  // Read choices: while recording, a few reads a second that compare copies (m > k) are kept, with
  // the loads they compared. They are spread over the second (the queues fill as it goes): the
  // first read at or past each of READS_PER_FRAME evenly spaced counts of the second's expected
  // reads whose candidates all lie within the recorded drives. No random numbers are drawn.
  const N = F > 0 && m > k ? READS_PER_FRAME : 0;
  const readCount = new Uint8Array(N > 0 ? F : 0),
    readTenant = new Int32Array(F * N),
    readObject = new Int32Array(F * N),
    readCell = new Int32Array(F * N * m),
    readLoad = new Float32Array(F * N * m);
  const seenCell = new Int32Array(m),
    seenLoad = new Float32Array(m);
  const add = (d: number) => {
    if (tracked >= 0 && d < R) heatTenant[tracked + d] = heatTenant[tracked + d]! + piece / cap;
    if (!scatter) {
      queue[d] = queue[d]! + piece;
      return;
    }
    const b = d >>> PART_SHIFT,
      i = fill[b]!;
    pending[b * PART_DEPTH + i] = d;
    fill[b] = i + 1;
    if (i + 1 === PART_DEPTH) flush(b);
  };
  /**
   * One copy: no choice, and the drive is copiesOf's first pick, inlined: the hot loop of big
   * fleets, in a function of its own so that the engine inlines the generator and the hash into it
   * (inside the step function they no longer fit its inlining budget). Here and in the reads below,
   * a random index ⌊u · n⌋ is `(u · n) | 0`: the same for n < 2³¹, and cheaper than Math.floor.
   * The hottest tenant's reads while a heat trace records go through `oneCopyTracked` instead:
   * with `add` inlined here too, the generator no longer fitted (profiling a million drives with
   * a trace found 18% of the run in calls to it).
   */
  const oneCopy = (t: number, requests: number) => {
    const first = (t % lay.groups) * lay.groupSize,
      base = t * M;
    if (scatter) {
      for (let q = 0; q < requests; q++) {
        const d = first + firstCopy(lay, base + ((readRng.next() * M) | 0));
        const b = d >>> PART_SHIFT,
          i = fill[b]!;
        pending[b * PART_DEPTH + i] = d;
        fill[b] = i + 1;
        if (i + 1 === PART_DEPTH) flush(b);
      }
    } else {
      // Small fleets: the queues are in cache, so the drive is written directly.
      for (let q = 0; q < requests; q++) {
        const d = first + firstCopy(lay, base + ((readRng.next() * M) | 0));
        queue[d] = queue[d]! + piece;
      }
    }
  };
  /** `oneCopy` for the tracked tenant: the same draws, each read added through `add`, which records it. */
  const oneCopyTracked = (t: number, requests: number) => {
    const first = (t % lay.groups) * lay.groupSize,
      base = t * M;
    for (let q = 0; q < requests; q++) add(first + firstCopy(lay, base + ((readRng.next() * M) | 0)));
  };
  let snapshotStep = -1,
    bestDemand = -1;
  const { on, rate } = tenants;
  const perRequest = 1 / p.requestIos;

  const status = runSteps(
    S,
    (s) => {
      const total = stepTenants(tenants, tenantRng);
      demand[s] = total;
      queue.set(backlog);
      // This second's reads that compare copies, and the count at which the next is kept (locals of
      // the step, not of the run, so that they stay in registers in the read loop).
      let readNo = 0,
        nextRead = Number.POSITIVE_INFINITY;
      const readSpacing = total / p.requestIos / (N + 1);
      if (N > 0 && s < F) nextRead = readSpacing;
      for (let t = 0; t < tenants.count; t++) {
        if (on[t] === 0) continue;
        tracked = t === hot && s < F ? s * R : -1;
        const requests = Math.floor(rate[t]! * perRequest + readRng.next());
        if (c === 1) {
          if (tracked >= 0) oneCopyTracked(t, requests);
          else oneCopy(t, requests);
          continue;
        }
        for (let q = 0; q < requests; q++) {
          const o = (readRng.next() * M) | 0;
          copiesOf(lay, t, o, cand);
          if (m === 1 && k === 1) {
            add(c === 1 ? cand[0]! : cand[(readRng.next() * c) | 0]!);
            continue;
          }
          if (m === c && k === c) {
            // Every shard is read: no choice to make.
            for (let j = 0; j < c; j++) add(cand[j]!);
            continue;
          }
          // m candidates: all c, or a random m of them (partial Fisher–Yates in `cand`).
          if (m < c) {
            for (let j = 0; j < m; j++) {
              const r = j + ((readRng.next() * (c - j)) | 0);
              const tmp = cand[r]!;
              cand[r] = cand[j]!;
              cand[j] = tmp;
            }
          }
          if (m === k) {
            for (let j = 0; j < k; j++) add(cand[j]!);
            continue;
          }
          // The k least loaded of the m candidates (selection; k and m are at most 20).
          let keep = false;
          if (++readNo >= nextRead) {
            keep = true;
            for (let i = 0; i < m; i++) {
              if (cand[i]! >= R) keep = false;
              seenCell[i] = cand[i]!;
              seenLoad[i] = queue[cand[i]!]! / cap;
            }
          }
          for (let j = 0; j < k; j++) {
            let best = j,
              bestLoad = queue[cand[j]!]!;
            for (let i = j + 1; i < m; i++) {
              const l = queue[cand[i]!]!;
              if (l < bestLoad) {
                best = i;
                bestLoad = l;
              }
            }
            const d = cand[best]!;
            cand[best] = cand[j]!;
            cand[j] = d;
            if (tracked >= 0 && d < R) heatTenant[tracked + d] = heatTenant[tracked + d]! + piece / cap;
            queue[d] = queue[d]! + piece;
          }
          if (keep) {
            // The candidates in the order the selection left them (taken first), with the loads it compared.
            const n = readCount[s]!,
              slot = s * N + n,
              at = slot * m;
            readTenant[slot] = t;
            readObject[slot] = o;
            for (let i = 0; i < m; i++) {
              let j = 0;
              while (seenCell[j] !== cand[i]) j++;
              readCell[at + i] = cand[i]!;
              readLoad[at + i] = seenLoad[j]!;
            }
            readCount[s] = n + 1;
            nextRead = n + 1 < N ? readSpacing * (n + 2) : Number.POSITIVE_INFINITY;
          }
        }
      }
      tracked = -1;
      for (let b = 0; b < parts; b++) flush(b);
      if (s < F) for (let d = 0; d < R; d++) heatLoad[s * R + d] = (queue[d]! - backlog[d]!) / cap;
      let mx = 0,
        over = 0,
        mb = 0,
        sv = 0;
      const snap = total > bestDemand ? snapshot.length : 0;
      if (snap > 0) {
        bestDemand = total;
        snapshotStep = s;
      }
      for (let d = 0; d < D; d++) {
        const queued = queue[d]!;
        const l = queued - backlog[d]!;
        if (d < snap) snapshot[d] = l / cap;
        if (l > mx) mx = l;
        if (l > cap) over++;
        const b = Math.floor(l + 1e-9);
        const bin = b < bins ? b : bins - 1;
        hist[bin] = hist[bin]! + 1;
        const left = queued > cap ? queued - cap : 0;
        sv += queued - left;
        backlog[d] = left;
        if (left > mb) mb = left;
      }
      maxUtil[s] = mx / cap;
      overloaded[s] = over / D;
      maxBacklog[s] = mb;
      served[s] = sv;
    },
    { ...options, progressEvery: options.progressEvery ?? 1 },
  );

  const frames = Math.min(F, status.work);
  const heat =
    F > 0
      ? {
          frames,
          drives: R,
          tenant: hot,
          cut: status.work > frames,
          // A run stopped early keeps only its seconds (a copy, so no unused frames travel with it).
          load: frames === F ? heatLoad : heatLoad.slice(0, frames * R),
          tenantLoad: frames === F ? heatTenant : heatTenant.slice(0, frames * R),
          ...(N > 0 && {
            reads: {
              perFrame: N,
              candidates: m,
              taken: k,
              copies: c,
              copyNoun: p.redundancy === 'ec' ? 'shard' : 'copy',
              count: readCount.slice(0, frames),
              client: readTenant.slice(0, frames * N),
              object: readObject.slice(0, frames * N),
              cell: readCell.slice(0, frames * N * m),
              load: readLoad.slice(0, frames * N * m),
            },
          }),
        }
      : undefined;
  return {
    status,
    capacity: cap,
    meanTotal,
    demand,
    maxUtil,
    overloaded,
    maxBacklog,
    served,
    hist,
    snapshot,
    snapshotStep,
    cvTheory: totalCv(tenants),
    duty: tenants.duty,
    groupSize: lay.groupSize,
    ...(heat && { heat }),
  };
}
