import type { Params } from './params.ts';

/**
 * The kernel work of one cold start, split into the part done under the RTNL lock and the rest.
 * The model treats a slot's netlink steps as one critical section (they run back to back), so a
 * creation takes the lock once: that makes the lock an M/G/1 queue under Poisson cold starts.
 * See /concepts/rtnl-lock-contention/.
 */
export interface ColdPath {
  /** Mean RTNL hold per cold start (ms); 0 means the cold start never touches the lock. */
  lockMs: number;
  /** The steps held under RTNL (ms each), whose sum is `lockMs`. */
  lockSteps: number[];
  /** Mean work off the lock (ms): tunnel, NAT, rules, claim. */
  offMs: number;
  /** The off-lock steps (ms each). */
  offSteps: number[];
  /** What each off-lock step is, for the live view's stations (same order as `offSteps`). */
  offKinds: OffStep[];
}

/** The kinds of off-lock work: claiming a pre-created slot, the tunnel, NAT, the slot's rules. */
export type OffStep = 'claim' | 'tunnel' | 'nat' | 'rules';

const on = (s: string) => s === 'true';

/** True when any eBPF program is attached to a slot (tunnel rewrite or stateless NAT). */
export function usesEbpf(p: Params): boolean {
  return on(p.ebpfTunnel) || on(p.statelessNat);
}

/** Cold-start tunnel cost (ms): the 150 ms setup, or the eBPF VNI rewrite. */
export function tunnelMs(p: Params): number {
  return on(p.ebpfTunnel) ? p.tunnelEbpfUs / 1000 : p.tunnelMs;
}

/** NAT setup cost (ms): iptables + conntrack, or stateless eBPF NAT (natSpeedup× cheaper). */
export function natMs(p: Params): number {
  return on(p.statelessNat) ? p.natMs / p.natSpeedup : p.natMs;
}

/**
 * What a cold start does for its network. On demand it builds the whole slot: namespace, veth
 * pair (created in the root namespace and moved in, unless the ordering is lock-friendly), the
 * tunnel (whose device creation holds RTNL; with the eBPF rewrite the device was pre-created with
 * a dummy VNI and only the rewrite remains), NAT, rules and, with eBPF, two program attachments.
 * Pre-created, it claims a slot and fills in what depends on the function: the VNI and the NAT.
 */
export function coldPath(p: Params): ColdPath {
  const ebpfTunnel = on(p.ebpfTunnel);
  const tunnelOff = ebpfTunnel ? tunnelMs(p) : Math.max(0, p.tunnelMs - p.deviceHoldMs);
  const device = ebpfTunnel ? [] : [p.deviceHoldMs];
  let lockSteps: number[];
  let offSteps: number[];
  let offKinds: OffStep[];
  if (p.strategy === 'on-demand') {
    lockSteps = [
      p.netnsHoldMs,
      p.vethHoldMs,
      ...(on(p.lockFriendly) ? [] : [p.moveHoldMs]),
      ...device,
      ...(usesEbpf(p) ? [p.attachHoldMs, p.attachHoldMs] : []),
    ];
    offSteps = [tunnelOff, natMs(p), p.ruleInsertMs];
    offKinds = ['tunnel', 'nat', 'rules'];
  } else {
    lockSteps = device;
    offSteps = [p.claimMs, tunnelOff, natMs(p)];
    offKinds = ['claim', 'tunnel', 'nat'];
  }
  return { lockSteps, lockMs: sum(lockSteps), offSteps, offKinds, offMs: sum(offSteps) };
}

/** Rules in the root namespace: the static ones, plus every slot's own unless they live in its namespace. */
export function rootRules(p: Params): number {
  return p.staticRules + (on(p.rulesInNamespace) ? 0 : p.rulesPerSlot * p.slots);
}

/**
 * Per-packet rule-traversal cost (μs) for the slot at `index` (1-based). Rules are walked in
 * order, so with per-slot rules in the root a packet of slot i passes the static rules and the
 * rules of every slot before it; in its own namespace it passes the static rules and its own.
 * See /patterns/per-slot-iptables-in-namespace/.
 */
export function perPacketUs(p: Params, index: number, inNamespace = on(p.rulesInNamespace)): number {
  const rules = p.staticRules + p.rulesPerSlot * (inNamespace ? 1 : index);
  return (rules * p.ruleNs) / 1000;
}

/** One unit of boot work: RTNL holds and off-lock gaps, in order (ms). */
export interface Task {
  /** Step durations in ms; `locked[i]` says whether step i holds RTNL. */
  ms: number[];
  locked: boolean[];
}

/** The boot work of creating `slots` slots, as kinds of task with how many of each, in order. */
export interface CreationPlan {
  tasks: { task: Task; count: number }[];
}

/**
 * How creating every slot breaks into tasks. Lock-unfriendly: one task per slot, every step
 * taking RTNL on its own, with the veth made in the root namespace and moved. Lock-friendly:
 * all namespaces first, then each slot's veth made inside its namespace (no move), then the eBPF
 * attachments in batches of `attachBatch` under one acquisition each.
 * `only` restricts the plan to the tunnel devices (on demand with dummy-VNI tunnels).
 */
export function creationPlan(
  p: Params,
  slots: number,
  friendly = on(p.lockFriendly),
  tunnelsOnly = false,
): CreationPlan {
  if (tunnelsOnly) return { tasks: [{ task: { ms: [p.deviceHoldMs], locked: [true] }, count: slots }] };
  const off = natMs(p) + p.ruleInsertMs;
  const attaches = usesEbpf(p) ? 2 : 0;
  if (!friendly) {
    const ms = [
      p.netnsHoldMs,
      p.vethHoldMs,
      p.moveHoldMs,
      p.deviceHoldMs,
      off,
      ...Array<number>(attaches).fill(p.attachHoldMs),
    ];
    return { tasks: [{ task: { ms, locked: ms.map((_, i) => i !== 4) }, count: slots }] };
  }
  const tasks = [
    { task: { ms: [p.netnsHoldMs], locked: [true] }, count: slots },
    { task: { ms: [p.vethHoldMs, p.deviceHoldMs, off], locked: [true, true, false] }, count: slots },
  ];
  const total = attaches * slots;
  if (total > 0) {
    const full = Math.floor(total / p.attachBatch),
      rest = total - full * p.attachBatch;
    const batch = (n: number) => ({ ms: [p.attachHoldMs + (n * p.batchedAttachUs) / 1000], locked: [true] });
    if (full > 0) tasks.push({ task: batch(p.attachBatch), count: full });
    if (rest > 0) tasks.push({ task: batch(rest), count: 1 });
  }
  return { tasks };
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
