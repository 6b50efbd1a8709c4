import { TimelineMerger } from '../../trace/merge.ts';
import { JOIN, LEAVE, START, TraceRecorder } from '../../trace/recorder.ts';
import type { Station, Trace } from '../../trace/types.ts';
import type { Arrivals } from './cold-starts.ts';
import { natMs, perPacketUs, tunnelMs, type ColdPath, type CreationPlan, type OffStep } from './costs.ts';
import type { CreationTracer } from './creation.ts';
import type { Params } from './params.ts';
import { grouped } from '../../figures/format.ts';

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

/** A duration in ms for readers and labels: "150 ms", "200 μs", "1.37 μs". */
export function duration(ms: number): string {
  // (999.6 μs rounds to 1 ms: it reads as milliseconds, not "1000 μs")
  return ms >= 0.9995 ? `${+ms.toPrecision(3)} ms` : `${+(ms * 1000).toPrecision(3)} μs`;
}

/** The stations, left to right in the order a cold start meets them; unused ones are not drawn. */
export function slotStations(p: Params): Station[] {
  const ebpf = p.ebpfTunnel === 'true',
    stateless = p.statelessNat === 'true';
  // A duration's number and unit never part when a narrow view wraps the label (a no-break space).
  const held = (ms: number) => duration(ms).replace(' ', '\u00a0');
  return [
    { id: 'rtnl', label: 'RTNL lock', servers: 1 },
    { id: 'ready', label: 'Ready slot', servers: 0 },
    { id: 'tunnel', label: `Tunnel setup (${ebpf ? 'eBPF, ' : ''}${held(tunnelMs(p))})`, servers: 0 },
    { id: 'nat', label: `NAT setup (${stateless ? 'eBPF, ' : ''}${held(natMs(p))})`, servers: 0 },
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

/** The packet walk's stations: one list of rules per placement, each walked by its own packets. */
export const ROOT_WALK = 0,
  NAMESPACE_WALK = 1;
/** Packets of each kind in the packet walk (bounded further by the trace's capacity). */
export const PACKETS = 24;

/**
 * The packet-walk live view: packets of the last slot walking its filtering rules, side by side
 * for the two placements. With every slot's rules in the root namespace, a packet of slot N walks
 * the static rules and those of every slot up to its own; with rules in each slot's namespace it
 * walks the static ones and its own. Each packet's time on its list is the model's per-packet
 * cost (`perPacketUs`), the list's length is what that cost counts. One packet of each kind
 * starts every quarter of the slow walk, so about four slow walks are under way at once.
 */
export function packetTrace(p: Params, capacity: number): Trace {
  const inRoot = p.staticRules + p.rulesPerSlot * p.slots,
    inNamespace = p.staticRules + p.rulesPerSlot;
  const slow = perPacketUs(p, p.slots, false) / 1000,
    fast = perPacketUs(p, p.slots, true) / 1000;
  const stations: Station[] = [
    { id: 'root', label: `Root (${grouped(inRoot)} rules)`, servers: 0, items: inRoot },
    {
      id: 'namespace',
      label: `Namespace (${grouped(inNamespace)} rules)`,
      servers: 0,
      items: inNamespace,
    },
  ];
  const classes = ['Every slot’s rules in the root namespace', 'Each slot’s rules in its own namespace'];
  const rec = new TraceRecorder(capacity, stations, classes, 'ms', `packet of slot ${grouped(p.slots)}`, 'cores');
  const merger = new TimelineMerger(rec, 0);
  const gap = slow / 4;
  for (let k = 0; k < PACKETS && !merger.done; k++) {
    const t = k * gap;
    merger.flush(t);
    merger.add(2 * k, 0, [t, JOIN, ROOT_WALK, -1, t + slow, LEAVE, ROOT_WALK, -1]);
    merger.add(2 * k + 1, 1, [t, JOIN, NAMESPACE_WALK, -1, t + fast, LEAVE, NAMESPACE_WALK, -1]);
  }
  return {
    ...merger.finish(),
    item: 'rule',
    description:
      `Live view of packets of slot ${grouped(p.slots)} walking their filtering rules, one of each kind every ` +
      `${duration(gap)}. On the left, every slot’s rules are in the root namespace: a packet walks ` +
      `${grouped(inRoot)} rules in order, ${duration(slow)}. On the right, each slot’s rules are in its own ` +
      `namespace: a packet walks the root’s ${grouped(p.staticRules)} and its slot’s ${grouped(p.rulesPerSlot)}, ` +
      `${duration(fast)}. Each dot is a packet crossing its list at the pace of its walk.`,
  };
}

/** The boot view's stations: the RTNL lock, and the work a thread does off it. */
export const BOOT_LOCK = 0,
  BOOT_OFF = 1;

/** Classes of the boot view, by the creation plan's task kind: one for each kind of task in the plan. */
function bootClasses(friendly: boolean, plan: CreationPlan, slots: number) {
  if (!friendly)
    return { classOf: plan.tasks.map(() => 0), classes: ['Slots'], tally: [{ total: slots, done: 'slots created' }] };
  const names = ['Namespaces', 'Veth pairs and tunnels', 'eBPF attachment batches'];
  const done = ['slots with a namespace', 'slots with a veth pair and tunnel', 'batches of eBPF attachments done'];
  const classOf = plan.tasks.map((_, i) => Math.min(i, 2));
  const kinds = Math.max(...plan.tasks.map((t, i) => (t.count > 0 ? (classOf[i] as number) : 0))) + 1;
  const tally = names.slice(0, kinds).map((_, c) => ({
    total: plan.tasks.reduce((n, t, i) => n + (classOf[i] === c ? t.count : 0), 0),
    done: done[c] as string,
  }));
  return { classOf, classes: names.slice(0, kinds), tally };
}

/**
 * The boot live view: the parallel creation of every slot, recorded by the creation run itself
 * (`simulateCreation` reports each thread's stretches as it computes them). Each entity is a task
 * on a thread: a whole slot in the lock-unfriendly order, or a namespace, a veth pair and tunnel,
 * or a batch of attachments in the RTNL-friendly one. A task waits in line for the lock (held by
 * one at a time), holds it, then does its NAT and rules off it. Times in seconds.
 */
export class BootTracer implements CreationTracer {
  private readonly merger: TimelineMerger;
  private readonly rec: TraceRecorder;
  private readonly classOf: number[];
  private readonly p: Params;
  private readonly friendly: boolean;
  private readonly tally: { total: number; done: string }[];

  constructor(capacity: number, p: Params, plan: CreationPlan, friendly: boolean) {
    const c = bootClasses(friendly, plan, p.slots);
    this.classOf = c.classOf;
    this.tally = c.tally;
    this.p = p;
    this.friendly = friendly;
    const stations: Station[] = [
      { id: 'rtnl', label: 'RTNL lock', servers: 1 },
      { id: 'off', label: 'Off the lock', servers: 0 },
    ];
    this.rec = new TraceRecorder(capacity, stations, c.classes, 's', friendly ? 'creation task' : 'slot', 'locks');
    this.merger = new TimelineMerger(this.rec, 0);
  }

  get done(): boolean {
    return this.merger.done;
  }

  flush(t: number): void {
    this.merger.flush(t / 1000);
  }

  stretch(task: number, kind: number, t: number, grant: number, release: number, offFrom: number, offTo: number) {
    const ev: number[] = [];
    if (grant >= 0)
      ev.push(t / 1000, JOIN, BOOT_LOCK, -1, grant / 1000, START, BOOT_LOCK, 0, release / 1000, LEAVE, BOOT_LOCK, 0);
    if (offTo > offFrom) ev.push(offFrom / 1000, JOIN, BOOT_OFF, -1, offTo / 1000, LEAVE, BOOT_OFF, -1);
    this.merger.add(task, this.classOf[kind] ?? 0, ev);
  }

  /** The trace, once the run is over; `seconds` is the run's time to create every slot. */
  finish(seconds: number): Trace {
    const tr = this.merger.finish();
    const p = this.p;
    const order = this.friendly
      ? 'in the RTNL-friendly order (every namespace first, then each veth pair made inside its namespace and the tunnel, then eBPF attachments in batches)'
      : 'in the lock-unfriendly order (each slot’s steps one after another, each taking the lock on its own, its veth pair made in the root namespace and moved)';
    const span = tr.full
      ? ` The view holds the first ${formatSeconds(tr.t1 - tr.t0)} of the ${formatSeconds(seconds)} the run takes.`
      : ` The run takes ${formatSeconds(seconds)}.`;
    return {
      ...tr,
      tally: this.tally,
      holders: 'threads',
      description:
        `Live view of the worker’s boot: ${p.parallelism} threads create all ${grouped(p.slots)} slots ${order}. ` +
        `Each dot is one ${tr.noun} on a thread, waiting in line for the RTNL lock (one holder at a time, a ` +
        `filled box while held), then doing any NAT and rules off the lock (${duration(natMs(p) + p.ruleInsertMs)} a slot).${span}`,
    };
  }
}

/** "4.2 s", "3 min 2 s". */
function formatSeconds(s: number): string {
  if (s < 60) return `${+s.toPrecision(2)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min${whole % 60 > 0 ? ` ${whole % 60} s` : ''}`;
}
