import { TimelineMerger } from '../../trace/merge.ts';
import { JOIN, LEAVE, START, TraceRecorder } from '../../trace/recorder.ts';
import type { Station, Trace } from '../../trace/types.ts';
import type { Arrivals } from './cold-starts.ts';
import { natMs, tunnelMs, type ColdPath, type OffStep } from './costs.ts';
import type { Params } from './params.ts';

/**
 * The live view of `lambda-slots`: the cold starts of the first replication, each through the
 * stations of its network work, in the order the model takes them. The RTNL lock is the one
 * server (held by one cold start at a time, FIFO); every other step runs off the lock, in
 * parallel, so it is a delay station. A pre-created slot is taken at once ("Ready slot").
 */
export const LOCK = 0,
  CLAIM = 1,
  TUNNEL = 2,
  NAT = 3,
  RULES = 4;
const STATION: Record<OffStep, number> = { claim: CLAIM, tunnel: TUNNEL, nat: NAT, rules: RULES };

/** A mean step time for a label: "150 ms", "200 μs". */
function short(ms: number): string {
  return ms >= 1 ? `${+ms.toPrecision(3)} ms` : `${+(ms * 1000).toPrecision(3)} μs`;
}

/** The stations, left to right in the order a cold start meets them; unused ones are not drawn. */
export function slotStations(p: Params): Station[] {
  const ebpf = p.ebpfTunnel === 'true',
    stateless = p.statelessNat === 'true';
  return [
    { id: 'rtnl', label: 'RTNL lock', servers: 1 },
    { id: 'ready', label: 'Ready slot', servers: 0 },
    { id: 'tunnel', label: `Tunnel setup (${ebpf ? 'eBPF, ' : ''}${short(tunnelMs(p))})`, servers: 0 },
    { id: 'nat', label: `NAT setup (${stateless ? 'eBPF, ' : ''}${short(natMs(p))})`, servers: 0 },
    { id: 'rules', label: 'Filtering rules', servers: 0 },
  ];
}

/** True when the arrivals have a burst to colour. */
function bursty(a: Arrivals): boolean {
  return a.burst !== 1 && a.burstEnd > a.burstStart;
}

/** The classes of a trace: cold starts arriving in the burst (class 0, the one the story follows) and the rest. */
export function slotClasses(a: Arrivals): string[] {
  return bursty(a) ? ['Arrived in the burst', 'Arrived outside the burst'] : ['Cold starts'];
}

/**
 * When the window opens: ten steady arrivals (on average) before the burst, so the reader sees
 * the calm, then the burst and its drain, as far as the trace's capacity goes.
 */
export function windowStart(a: Arrivals): number {
  return Math.max(0, a.burstStart - 10 / a.rate);
}

/**
 * Feeds a recorder the cold starts of one run in time order. The run (a Lindley recursion, not
 * an event list) knows a cold start's whole timeline when it arrives: its lock grant and release,
 * then each off-lock step's own draw. Each cold start in flight waits in the merger until the
 * next arrival's time passes its next event. Cold starts that finish before the window opens are
 * skipped: they leave no mark on the state the window starts from.
 */
export class ColdTracer {
  private readonly merger: TimelineMerger;
  private readonly a: Arrivals;
  private readonly stations: Int32Array;
  private readonly openAt: number;

  constructor(rec: TraceRecorder, path: ColdPath, a: Arrivals) {
    this.a = a;
    this.stations = Int32Array.from(path.offKinds, (k) => STATION[k]);
    this.openAt = windowStart(a);
    this.merger = new TimelineMerger(rec, this.openAt);
  }

  /** True once the trace is full: the run may stop reporting. */
  get done(): boolean {
    return this.merger.done;
  }

  /**
   * Cold start `n` arrived at `t`; it held the lock from `start` for `hold` (start < 0: it never
   * takes the lock), then did the off-lock steps taking `off[k]` each (0: a step it skips).
   */
  coldStart(n: number, t: number, start: number, hold: number, off: Float64Array): void {
    if (this.merger.done) return;
    const ev: number[] = [];
    let at = t;
    if (start >= 0) {
      at = start + hold;
      ev.push(t, JOIN, LOCK, -1, start, START, LOCK, 0, at, LEAVE, LOCK, 0);
    }
    for (let k = 0; k < off.length; k++) {
      const d = off[k] as number;
      if (!(d > 0)) continue;
      const st = this.stations[k] as number;
      ev.push(at, JOIN, st, -1, at + d, LEAVE, st, -1);
      at += d;
    }
    if (ev.length === 0 || at < this.openAt) return;
    this.merger.flush(t);
    const a = this.a;
    const cls = bursty(a) && !(t >= a.burstStart && t < a.burstEnd) ? 1 : 0;
    this.merger.add(n, cls, ev);
  }

  /** Every event left, then the trace. */
  finish(): Trace {
    return this.merger.finish();
  }
}

/** A recorder for these parameters' stations and classes. */
export function slotRecorder(capacity: number, p: Params, a: Arrivals): TraceRecorder {
  return new TraceRecorder(capacity, slotStations(p), slotClasses(a), 'ms', 'cold start', 'locks');
}
