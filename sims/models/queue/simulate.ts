import { filler, SampleBuffer } from '../../dist/buffered.ts';
import type { RunOptions, RunStatus } from '../../engine/budget.ts';
import { EventHeap } from '../../engine/event-heap.ts';
import { createGuard } from '../../engine/guard.ts';
import { Fifo } from '../../engine/fifo.ts';
import { createRng } from '../../rng/xoshiro128.ts';
import { BATCHES } from '../../stats/batch-means.ts';
import { QuantileSketch } from '../../stats/quantiles.ts';
import { createWelford, welfordAdd, type Welford } from '../../stats/welford.ts';
import { JOIN, LEAVE, START, TraceRecorder } from '../../trace/recorder.ts';
import { arrivalSpec, serviceSpec } from './distributions.ts';
import type { Params } from './params.ts';

/**
 * What one run collected, batch by batch. Customer b·m … (b+1)·m − 1 (after warm-up) belong to
 * batch b; time batch b runs from the arrival of its first customer to that of the next batch's.
 */
export interface Raw {
  batches: number;
  sumWait: Float64Array;
  sumSojourn: Float64Array;
  served: Float64Array;
  waited: Float64Array;
  areaInSystem: Float64Array;
  areaBusy: Float64Array;
  duration: Float64Array;
  departures: Float64Array;
  sojourn: QuantileSketch;
  sojournMoments: Welford;
  arrived: number;
  departed: number;
  inSystem: number;
  now: number;
  status: RunStatus;
}

const ARRIVAL = -1;

/**
 * Runs the G/G/c FIFO queue: events are arrivals (payload −1) and departures (payload = server).
 * Arrivals keep coming until every measured customer has left, so the end is not a drain.
 * Streams: arrivals, service and routing each have their own, split from the seed.
 */
export function simulate(p: Params, options: RunOptions, rec?: TraceRecorder): Raw {
  const { customers, warmup, servers: c } = p;
  const B = Math.min(BATCHES, customers);
  const m = Math.floor(customers / B);
  const root = createRng(p.seed);
  const gaps = new SampleBuffer(filler(arrivalSpec(p), root.split()));
  const services = new SampleBuffer(filler(serviceSpec(p), root.split()));
  const routing = root.split();
  const shared = p.discipline === 'shared';
  const queues = Array.from({ length: shared ? 1 : c }, () => new Fifo());
  const busy = new Uint8Array(c),
    free = new Int32Array(c);
  const arrivedAt = new Float64Array(c),
    startedAt = new Float64Array(c),
    customerId = new Float64Array(c);
  for (let k = 0; k < c; k++) free[k] = c - 1 - k;
  const f = () => new Float64Array(B);
  const raw: Raw = {
    batches: B,
    sumWait: f(),
    sumSojourn: f(),
    served: f(),
    waited: f(),
    areaInSystem: f(),
    areaBusy: f(),
    duration: f(),
    departures: f(),
    sojourn: new QuantileSketch(),
    sojournMoments: createWelford(),
    arrived: 0,
    departed: 0,
    inSystem: 0,
    now: 0,
    status: { work: 0, truncated: false },
  };
  const { sumWait, sumSojourn, served, waited, areaInSystem, areaBusy, duration, departures, sojourn, sojournMoments } =
    raw;
  const heap = new EventHeap(Math.max(64, 2 * c));
  const guard = createGuard(options, 2 * (warmup + customers));
  let nFree = c,
    nBusy = 0,
    inSystem = 0,
    nextId = 0,
    done = 0,
    batch = -1,
    events = 0;
  let last = 0,
    batchStart = 0;
  // Batch boundaries are counted, not divided: the next measured arrival that starts a batch.
  let boundary = warmup;
  const budget = guard.budget;
  let nextReport = guard.nextReport;
  // Tracing only: which customer (arrival number) waits in each line and is on each server. One
  // line is one station with c servers; a line per server is c stations of one server each.
  const lineN = rec ? queues.map(() => new Fifo()) : [];
  const serverN = new Float64Array(rec ? c : 0);
  if (rec && warmup === 0) rec.open(0);

  // The event loop is written out here, not as a handler called per event: one function,
  // no call per event and no doubles boxed to cross a call (see bench/ for the cost per event).
  heap.push(gaps.next(), ARRIVAL);
  while (heap.size > 0 && done < customers) {
    if (events >= budget) {
      raw.status = { work: events, truncated: true, message: guard.stop() };
      break;
    }
    if (++events >= nextReport) {
      guard.report(events);
      nextReport = guard.nextReport;
    }
    const t = heap.peekTime();
    const payload = heap.pop();
    if (batch >= 0 && batch < B) {
      const dt = t - last;
      areaInSystem[batch]! += inSystem * dt;
      areaBusy[batch]! += nBusy * dt;
    }
    last = t;
    let k: number;
    let arrived = t;
    let id: number;
    if (payload === ARRIVAL) {
      const n = nextId++;
      if (rec && n === warmup) rec.open(t);
      if (n === boundary) {
        if (batch >= 0) duration[batch] = t - batchStart;
        batch++;
        batchStart = t;
        // The last batch absorbs the remainder; the window closes at arrival warmup + customers.
        boundary = batch < B - 1 ? boundary + m : warmup + customers;
      }
      // A customer's id is its batch (−1 outside the measured window): no division per event.
      id = batch < B ? batch : -1;
      inSystem++;
      heap.push(t + gaps.next(), ARRIVAL);
      if (shared) {
        if (rec) rec.add(t, JOIN, n, 0, -1, 0);
        if (nFree === 0) {
          (queues[0] as Fifo).push(t, id);
          if (rec) lineN[0]!.push(t, n);
          continue;
        }
        k = free[--nFree] as number;
      } else {
        k = Math.floor(routing.next() * c);
        if (rec) rec.add(t, JOIN, n, k, -1, 0);
        if (busy[k] !== 0) {
          (queues[k] as Fifo).push(t, id);
          if (rec) lineN[k]!.push(t, n);
          continue;
        }
      }
      busy[k] = 1;
      nBusy++;
      if (rec) {
        serverN[k] = n;
        rec.add(t, START, n, shared ? 0 : k, shared ? k : 0, 0);
      }
    } else {
      k = payload;
      const b = customerId[k] as number;
      if (b >= 0) {
        const a = arrivedAt[k] as number;
        const w = (startedAt[k] as number) - a;
        const s = t - a;
        sumWait[b]! += w;
        sumSojourn[b]! += s;
        served[b]!++;
        if (w > 0) waited[b]!++;
        sojourn.add(s);
        welfordAdd(sojournMoments, s);
        done++;
      }
      if (batch >= 0 && batch < B) departures[batch]!++;
      inSystem--;
      if (rec) rec.add(t, LEAVE, serverN[k] as number, shared ? 0 : k, shared ? k : 0, 0);
      const q = (shared ? queues[0] : queues[k]) as Fifo;
      if (q.size === 0) {
        busy[k] = 0;
        nBusy--;
        if (shared) free[nFree++] = k;
        continue;
      }
      arrived = q.headTime();
      id = q.headId();
      q.shift();
      if (rec) {
        const line = lineN[shared ? 0 : k]!;
        const n = line.headId();
        line.shift();
        serverN[k] = n;
        rec.add(t, START, n, shared ? 0 : k, shared ? k : 0, 0);
      }
    }
    // Server k starts serving customer `id`, who arrived at `arrived`.
    arrivedAt[k] = arrived;
    startedAt[k] = t;
    customerId[k] = id;
    heap.push(t + services.next(), k);
  }
  if (!raw.status.truncated) raw.status = { work: events, truncated: false };
  if (batch >= 0 && batch < B) duration[batch] = last - batchStart; // truncated mid-window
  raw.departed = nextId - inSystem;
  raw.arrived = nextId;
  raw.inSystem = inSystem;
  raw.now = last;
  return raw;
}
