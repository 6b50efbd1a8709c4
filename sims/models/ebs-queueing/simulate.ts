import type { Sampler } from '../../dist/continuous.ts';
import { budgetMessage, DEFAULT_BUDGET, type RunOptions, type RunStatus } from '../../engine/budget.ts';
import { EventHeap } from '../../engine/event-heap.ts';
import { Fifo } from '../../engine/fifo.ts';
import { createRng } from '../../rng/xoshiro128.ts';
import { networkSampler, serviceSampler } from './devices.ts';
import type { Params } from './params.ts';
import { placement } from './placement.ts';
import { createRaw, recordCompletion, type Raw } from './raw.ts';
import { createSlots, type Slots } from './slots.ts';
import { JOIN, LEAVE, START, type TraceRecorder } from '../../trace/recorder.ts';
import type { Station } from '../../trace/types.ts';

/**
 * The stations of an `ebs-queueing` trace, in the order an IO meets them: its volume's token
 * bucket (provisioned IOPS), the host ring's line, the way out (host, network, storage server),
 * one station per drive, and the network back.
 */
export function ebsStations(p: Params): Station[] {
  return [
    { id: 'bucket', label: 'Token bucket', servers: 0 },
    { id: 'ring', label: 'Waiting for the host ring', servers: 0 },
    { id: 'out', label: 'Host, network, server', servers: 0 },
    ...Array.from({ length: p.drives }, (_, d) => ({ id: `drive-${d}`, label: `Drive ${d + 1}`, servers: 1 })),
    { id: 'back', label: 'Network back', servers: 0 },
  ];
}
const BUCKET = 0,
  RING = 1,
  OUT = 2,
  DRIVE0 = 3;

// Event kinds, in the low three bits of the payload; the rest is a volume, slot or drive.
const ARRIVE = 0,
  DISPATCH = 1,
  AT_DRIVE = 2,
  DRIVE_DONE = 3,
  COMPLETE = 4;

/**
 * Runs the IO path once. Each volume issues IOs (Poisson; volume 0 switches between its normal
 * rate and `noisy` times it, on/off). An IO may wait for its volume's token bucket (provisioned),
 * then for a slot in the host ring (at most `ringDepth` outstanding); then it spends host,
 * network and server time, queues at one drive of its stripe (shared FIFO or a line per volume
 * taken in turn), is served, and returns over the network. Volume v uses host v mod hosts. Latency is completion −
 * issue.
 * Streams: one per volume (gaps, stripe choice, network), one per drive (service), one for
 * bursts, all split from one root, so volumes other than 0 see the same IOs with or without
 * the burst (common random numbers for the blast radius).
 */
export function simulate(
  p: Params,
  options: RunOptions = {},
  progressOffset = 0,
  progressTotal = 0,
  detail = true,
  rec?: TraceRecorder,
): Raw {
  const T = p.tenants,
    D = p.drives;
  const pl = placement(p);
  const { spread, home, driveTenants, baseRate } = pl;
  const root = createRng(p.seed);
  const vol = Array.from({ length: T }, () => root.split());
  const net: Sampler[] = vol.map((r) => networkSampler(p, r));
  const service: Sampler[] = Array.from({ length: D }, () => serviceSampler(p, root.split()));
  const phase = root.split();
  const raw = createRaw(p, T);
  raw.detail = detail;
  const slots: Slots = createSlots(256);
  const heap = new EventHeap(4 * T + 64);
  const fair = p.isolation === 'fair',
    provisioned = p.isolation === 'provisioned';
  const lines = Array.from({ length: fair ? D * T : D }, () => null as Fifo | null);
  const busy = new Uint8Array(D),
    current = new Int32Array(D),
    waiting = new Int32Array(D),
    turn = new Int32Array(D);
  const H = p.hosts;
  const hostQ = Array.from({ length: H }, () => new Fifo(16));
  const ringOut = new Int32Array(H);
  const cap = p.ringDepth > 0 ? p.ringDepth : Number.POSITIVE_INFINITY;
  const fixedFwd = p.hostMs + p.serverMs;
  // Token buckets (GCRA): an IO leaves at max(t, TAT − τ); TAT then advances one interval.
  const interval = 1000 / p.provisionedIops,
    tau = (p.tokenBucket - 1) * interval;
  const tat = new Float64Array(T);
  // Volume 0's bursts: on/off with exponential phases, starting in the stationary mix.
  const bursty = p.noisy > 1;
  const offMs = (p.burstMs * (1 - p.burstDuty)) / p.burstDuty;
  let on = bursty && phase.next() < p.burstDuty;
  let phaseEnd = bursty ? -Math.log(1 - phase.next()) * (on ? p.burstMs : offMs) : Number.POSITIVE_INFINITY;
  const meanGap = 1 / baseRate,
    burstGap = meanGap / p.noisy;
  // The helpers below act at the current event's time, `raw.last`, instead of taking it as an
  // argument: V8 boxes a number passed to a function it does not inline, an allocation per call.
  /** Schedules volume v's next IO. */
  const scheduleArrival = (v: number) => {
    const r = vol[v]!;
    let t = raw.last;
    if (v !== 0 || !bursty) t -= Math.log(1 - r.next()) * meanGap;
    else
      for (;;) {
        const g = -Math.log(1 - r.next()) * (on ? burstGap : meanGap);
        if (t + g < phaseEnd) {
          t += g;
          break;
        }
        // Memoryless: restart the gap at the phase change, at the new phase's rate.
        t = phaseEnd;
        on = !on;
        phaseEnd = t - Math.log(1 - phase.next()) * (on ? p.burstMs : offMs);
      }
    heap.push(t, (v << 3) | ARRIVE);
  };
  for (let v = 0; v < T; v++) scheduleArrival(v);
  // Tracing only: the IO (by issue number) in each slot, and the station after the drives.
  const ioOf: number[] = [];
  const BACK = DRIVE0 + D;

  const admit = (s: number, waited: boolean) => {
    const t = raw.last;
    const h = (slots.tenant[s] as number) % H;
    if (ringOut[h]! >= cap) {
      hostQ[h]!.push(t, s);
      if (rec) rec.add(t, JOIN, ioOf[s]!, RING, -1, slots.tenant[s] as number);
      return;
    }
    if (rec) {
      if (waited) rec.add(t, LEAVE, ioOf[s]!, RING, -1, slots.tenant[s] as number);
      rec.add(t, JOIN, ioOf[s]!, OUT, -1, slots.tenant[s] as number);
    }
    ringOut[h]!++;
    raw.ringOut++;
    slots.admit[s] = t;
    heap.push(t + fixedFwd + (slots.back[s] as number), (s << 3) | AT_DRIVE);
  };
  const start = (d: number, s: number) => {
    const t = raw.last;
    if (rec) rec.add(t, START, ioOf[s]!, DRIVE0 + d, 0, slots.tenant[s] as number);
    busy[d] = 1;
    current[d] = s;
    heap.push(t + service[d]!(), (d << 3) | DRIVE_DONE);
  };

  const budget = options.budget ?? DEFAULT_BUDGET;
  const every = Math.max(1, Math.floor(options.progressEvery ?? 65536));
  const onProgress = options.onProgress;
  let nextReport = onProgress ? every : Number.POSITIVE_INFINITY;
  const goal = p.warmup + p.requests;
  let events = 0,
    issued = 0;
  let status: RunStatus = { work: 0, truncated: false };
  while (raw.completed < goal) {
    if (events >= budget) {
      status = { work: events, truncated: true, message: budgetMessage('events', budget) };
      break;
    }
    if (++events >= nextReport) {
      nextReport += every;
      onProgress!(progressOffset + raw.completed, progressTotal || goal);
    }
    // The trace's window has closed: stop reporting to it for the rest of the run.
    if (rec?.done) rec = undefined;
    const t = heap.peekTime();
    const ev = heap.pop();
    const kind = ev & 7,
      i = ev >> 3;
    // Ring occupancy integral (Little's L), up to this event's change.
    if (raw.measuring) raw.areaRing[raw.batch]! += raw.ringOut * (t - raw.last);
    raw.last = t;
    if (kind === ARRIVE) {
      scheduleArrival(i);
      issued++;
      const s = slots.alloc();
      const r = vol[i]!;
      slots.issue[s] = t;
      slots.tenant[s] = i;
      if (rec) {
        // The window opens with the first IO after the warm-up, or, when volume 0 bursts, with
        // the first IO of a burst after the warm-up: the moment the live view is about.
        if (!rec.recording && raw.completed >= p.warmup && (!bursty || on)) rec.open(t);
        ioOf[s] = issued - 1;
      }
      slots.drive[s] = spread === 1 ? home[i]! : (home[i]! + Math.floor(r.next() * spread)) % D;
      slots.back[s] = 0.5 * net[i]!();
      if (provisioned) {
        const go = Math.max(t, (tat[i] as number) - tau);
        tat[i] = Math.max(tat[i] as number, go) + interval;
        if (go > t) {
          heap.push(go, (s << 3) | DISPATCH);
          if (rec) rec.add(t, JOIN, ioOf[s]!, BUCKET, -1, i);
          continue;
        }
      }
      admit(s, false);
    } else if (kind === DISPATCH) {
      if (rec) rec.add(t, LEAVE, ioOf[i]!, BUCKET, -1, slots.tenant[i] as number);
      admit(i, false);
    } else if (kind === AT_DRIVE) {
      const d = slots.drive[i] as number;
      if (rec) {
        rec.add(t, LEAVE, ioOf[i]!, OUT, -1, slots.tenant[i] as number);
        rec.add(t, JOIN, ioOf[i]!, DRIVE0 + d, -1, slots.tenant[i] as number);
      }
      if (busy[d] === 0) {
        start(d, i);
        continue;
      }
      const k = fair ? d * T + (slots.tenant[i] as number) : d;
      (lines[k] ??= new Fifo(16)).push(t, i);
      waiting[d]!++;
    } else if (kind === DRIVE_DONE) {
      const s = current[i] as number;
      heap.push(t + (slots.back[s] as number), (s << 3) | COMPLETE);
      if (rec) {
        rec.add(t, LEAVE, ioOf[s]!, DRIVE0 + i, 0, slots.tenant[s] as number);
        rec.add(t, JOIN, ioOf[s]!, BACK, -1, slots.tenant[s] as number);
      }
      if (waiting[i] === 0) {
        busy[i] = 0;
        continue;
      }
      waiting[i]!--;
      let q: Fifo;
      if (!fair) q = lines[i] as Fifo;
      else {
        // Round robin over the volumes with data on this drive, from the one after the last served.
        const vs = driveTenants[i]!;
        let j = turn[i] as number;
        for (;;) {
          j = j + 1 === vs.length ? 0 : j + 1;
          const f = lines[i * T + vs[j]!];
          if (f && f.size > 0) {
            q = f;
            break;
          }
        }
        turn[i] = j;
      }
      const next = q.headId();
      q.shift();
      start(i, next);
    } else {
      recordCompletion(raw, p, slots, i);
      if (rec) rec.add(t, LEAVE, ioOf[i]!, BACK, -1, slots.tenant[i] as number);
      raw.ringOut--;
      const h = (slots.tenant[i] as number) % H;
      ringOut[h]!--;
      slots.free(i);
      const q = hostQ[h]!;
      if (q.size > 0) {
        const s = q.headId();
        q.shift();
        admit(s, true);
      }
    }
  }
  if (raw.measuring) {
    raw.duration[raw.batch] = raw.last - raw.batchStart;
    raw.windowEnd = raw.last;
    raw.measuring = false;
  }
  raw.status = status.truncated ? status : { work: events, truncated: false };
  raw.issued = issued;
  raw.inFlight = issued - raw.completed;
  raw.hostQueue = hostQ.reduce((a, q) => a + q.size, 0);
  raw.placement = pl;
  return raw;
}
