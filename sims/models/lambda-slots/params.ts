import { defaultsOf, type ChoiceParam, type NumberParam, type ValuesOf } from '../../params/spec.ts';

/** When a worker builds its network slots: as each micro-VM starts, or all at boot. */
export type Strategy = 'on-demand' | 'pre-create';

/** What the live view replays: the cold starts, packets walking the rules, or the boot's creation of every slot. */
export type LiveView = 'cold-starts' | 'packet' | 'boot';

/** A yes/no switch, as a choice so URLs and flags carry 'true' / 'false'. */
export type Switch = 'true' | 'false';

/**
 * The article the Lambda figures come from (its page:
 * /sources/2026-04-22-allthingsdistributed-invisible-engineering-behind-lambdas-network/).
 */
const SOURCE = 'the All Things Distributed article on Lambda’s networking (2026)';
const yesNo = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;
const toggle = (label: string, help: string, basis: string): ChoiceParam<Switch> => ({
  kind: 'choice',
  label,
  default: 'false',
  options: yesNo,
  help,
  basis,
});
const num = (p: Omit<NumberParam, 'kind'>): NumberParam => p;

const strategy: ChoiceParam<Strategy> = {
  kind: 'choice',
  label: 'Strategy',
  default: 'on-demand',
  options: [
    { value: 'on-demand', label: 'On demand (at cold start)' },
    { value: 'pre-create', label: 'Pre-create all at boot' },
  ],
  help: 'Build a slot when a micro-VM starts, or build every slot when the worker boots so a cold start only claims one.',
  basis: `${SOURCE}: slots were first built on demand; the unified topology pre-creates all 4,000 at boot`,
};

const liveView: ChoiceParam<LiveView> = {
  kind: 'choice',
  label: 'Live view',
  default: 'cold-starts',
  options: [
    { value: 'cold-starts', label: 'Cold starts through the RTNL lock' },
    { value: 'packet', label: 'Packets walking the filtering rules' },
    { value: 'boot', label: 'Creating every slot at boot' },
  ],
  help: 'What the live view replays from this run: its cold starts, packets of the last slot walking their rules (both placements side by side), or the boot’s parallel creation of every slot.',
  basis: 'a choice of picture, not an assumption: each view replays this run’s own numbers',
};

/**
 * Parameters of the `lambda-slots` model. The article's figures are defaults with a `basis`
 * quoting them; every other cost is an assumption whose `basis` says which outcome it was chosen
 * to reproduce.
 */
export const params = {
  strategy,
  slots: num({
    label: 'Slots per worker',
    default: 4000,
    min: 50,
    max: 8000,
    step: 50,
    unit: '',
    integer: true,
    help: 'Network slots (namespace, veth pair, Geneve tunnel, NAT, rules) a worker can host.',
    basis: `${SOURCE}: snapshot networks per worker went from 200 to 4,000`,
  }),
  arrivalRate: num({
    label: 'Invocations per second',
    default: 50,
    min: 1,
    max: 2000,
    step: 1,
    unit: 'per s',
    help: 'Invocations reaching the worker in steady state (Poisson).',
    basis:
      'assumption: a moderate steady load, chosen so the on-demand lock is lightly used outside the burst (about 20%)',
  }),
  coldFraction: num({
    label: 'Share needing a new sandbox',
    default: 0.1,
    min: 0.001,
    max: 1,
    step: 0.001,
    unit: '',
    help: 'Fraction of invocations that are cold starts and need a network slot.',
    basis: 'assumption: 1 in 10, so steady cold starts are 5 per second at the default load',
  }),
  burst: num({
    label: 'Burst multiplier',
    default: 6,
    min: 1,
    max: 50,
    step: 0.5,
    unit: '×',
    help: 'Arrival rate multiplier during the burst window; 1 means no burst.',
    basis: 'assumption: a 6× spike, enough to push on-demand creations past what one RTNL lock can serve',
  }),
  burstSeconds: num({
    label: 'Burst length',
    default: 10,
    min: 0,
    max: 600,
    step: 1,
    unit: 's',
    help: 'How long the burst lasts; it starts a third of the way into the run.',
    basis: 'assumption: a 10-second spike',
  }),
  durationSeconds: num({
    label: 'Simulated time',
    default: 120,
    min: 10,
    max: 7200,
    step: 10,
    unit: 's',
    help: 'Length of each simulated run of invocations.',
    basis: 'assumption: long enough to see the queue build and drain around the burst',
  }),
  ebpfTunnel: toggle(
    'eBPF tunnel rewrite',
    'Tunnels are pre-created with a dummy VNI and an eBPF program writes the real VNI into packets, instead of setting up the tunnel at cold start.',
    `${SOURCE}: tunnel setup 150 ms → about 200 μs with the eBPF rewrite`,
  ),
  statelessNat: toggle(
    'Stateless NAT in eBPF',
    'Replace two-stage iptables + conntrack NAT with a stateless eBPF translation.',
    `${SOURCE}: stateless NAT via eBPF has about 100× lower setup latency than iptables + conntrack`,
  ),
  rulesInNamespace: toggle(
    'Rules in each slot’s namespace',
    'Keep each slot’s filtering rules inside its own namespace instead of the root namespace.',
    `${SOURCE}: root rules went from 125,000+ to 144 static ones`,
  ),
  lockFriendly: toggle(
    'RTNL-friendly ordering',
    'Pool namespaces first, create each veth inside its namespace (no move), batch eBPF attachments.',
    `${SOURCE}: parallel creation of 4,000 networks went from minutes back to seconds`,
  ),
  parallelism: num({
    label: 'Creation threads',
    default: 32,
    min: 1,
    max: 256,
    step: 1,
    unit: '',
    integer: true,
    help: 'Threads creating slots in parallel at boot (and in the parallel-creation figure).',
    basis: 'assumption: the article gives no thread count; 32 is a typical core count',
  }),
  tunnelMs: num({
    label: 'Tunnel setup (no eBPF)',
    default: 150,
    min: 1,
    max: 1000,
    step: 1,
    unit: 'ms',
    help: 'Geneve tunnel setup on the cold-start path before the eBPF rewrite.',
    basis: `${SOURCE}: 150 ms`,
  }),
  tunnelEbpfUs: num({
    label: 'VNI rewrite with eBPF',
    default: 200,
    min: 1,
    max: 10000,
    step: 1,
    unit: 'μs',
    help: 'Cold-start tunnel cost once the VNI is written by eBPF into a pre-created tunnel.',
    basis: `${SOURCE}: about 200 μs`,
  }),
  natMs: num({
    label: 'NAT setup (iptables + conntrack)',
    default: 20,
    min: 0.1,
    max: 500,
    step: 0.1,
    unit: 'ms',
    help: 'Setting up two-stage stateful NAT for a slot.',
    basis:
      'assumption: the article gives only the 100× ratio; 20 ms keeps NAT a visible but minor part of the 150 ms tunnel',
  }),
  natSpeedup: num({
    label: 'Stateless NAT speed-up',
    default: 100,
    min: 1,
    max: 1000,
    step: 1,
    unit: '×',
    help: 'How many times faster eBPF NAT setup is.',
    basis: `${SOURCE}: about 100× lower setup latency`,
  }),
  ruleInsertMs: num({
    label: 'Rule insertion per slot',
    default: 5,
    min: 0,
    max: 200,
    step: 0.5,
    unit: 'ms',
    help: 'Inserting a slot’s filtering rules (off the RTNL lock).',
    basis: 'assumption: small beside the tunnel; not given by the article',
  }),
  rulesPerSlot: num({
    label: 'Rules per slot',
    default: 32,
    min: 1,
    max: 200,
    step: 1,
    unit: '',
    integer: true,
    help: 'Filtering rules each slot adds.',
    basis: 'assumption: chosen so 4,000 slots put 128,144 rules in the root namespace (the article: 125,000+)',
  }),
  staticRules: num({
    label: 'Static root rules',
    default: 144,
    min: 0,
    max: 10000,
    step: 1,
    unit: '',
    integer: true,
    help: 'Slot-agnostic rules that stay in the root namespace.',
    basis: `${SOURCE}: 144 static rules`,
  }),
  ruleNs: num({
    label: 'Cost per rule traversed',
    default: 7.8,
    min: 0.1,
    max: 100,
    step: 0.1,
    unit: 'ns',
    help: 'Time a packet spends per rule it walks past.',
    basis:
      'assumption: chosen so the packet of slot 4,000 walks 128,144 rules in about 1 ms (the article: ~1 ms per packet at slot 4,000)',
  }),
  netnsHoldMs: num({
    label: 'RTNL hold: namespace',
    default: 0.4,
    min: 0,
    max: 100,
    step: 0.05,
    unit: 'ms',
    help: 'How long creating a network namespace holds RTNL.',
    basis:
      'assumption: sub-millisecond netlink step, chosen with the others so lock-friendly creation of 4,000 slots takes seconds',
  }),
  vethHoldMs: num({
    label: 'RTNL hold: veth pair',
    default: 0.3,
    min: 0,
    max: 100,
    step: 0.05,
    unit: 'ms',
    help: 'How long creating a veth pair holds RTNL.',
    basis: 'assumption: as for the namespace step',
  }),
  deviceHoldMs: num({
    label: 'RTNL hold: tunnel device',
    default: 0.3,
    min: 0,
    max: 100,
    step: 0.05,
    unit: 'ms',
    help: 'How long creating (or re-pointing) a Geneve device holds RTNL; part of the tunnel setup time.',
    basis: 'assumption: as for the namespace step',
  }),
  moveHoldMs: num({
    label: 'RTNL hold: move into namespace',
    default: 43,
    min: 0,
    max: 500,
    step: 0.5,
    unit: 'ms',
    help: 'Moving a veth end from the root namespace into the slot’s namespace, held under RTNL (the lock-unfriendly order).',
    basis:
      'assumption: chosen so lock-unfriendly creation of 4,000 slots takes about 3 minutes (the article: "minutes"; 3-minute boot cost)',
  }),
  attachHoldMs: num({
    label: 'RTNL hold: eBPF attach',
    default: 0.3,
    min: 0,
    max: 100,
    step: 0.05,
    unit: 'ms',
    help: 'Attaching one eBPF program (two per slot) holds RTNL; a batch pays this once.',
    basis: 'assumption: as for the namespace step',
  }),
  batchedAttachUs: num({
    label: 'Attach inside a batch',
    default: 20,
    min: 0,
    max: 10000,
    step: 1,
    unit: 'μs',
    help: 'Extra RTNL hold per attachment when attachments are batched.',
    basis: 'assumption: batching amortises the per-acquisition cost, so one more attachment costs far less',
  }),
  attachBatch: num({
    label: 'Attachments per batch',
    default: 128,
    min: 1,
    max: 4096,
    step: 1,
    unit: '',
    integer: true,
    help: 'eBPF attachments done under one RTNL acquisition with lock-friendly ordering.',
    basis: 'assumption: the article says attachments were batched, not how many',
  }),
  claimMs: num({
    label: 'Claim a pre-created slot',
    default: 0.05,
    min: 0,
    max: 10,
    step: 0.01,
    unit: 'ms',
    help: 'Taking a free slot from the pool at cold start (no RTNL).',
    basis: 'assumption: a free-list pop, negligible',
  }),
  stepScv: num({
    label: 'Step-time variability (SCV)',
    default: 0.25,
    min: 0,
    max: 4,
    step: 0.05,
    unit: '',
    help: 'Squared coefficient of variation of every step’s duration (lognormal); 0 makes steps constant.',
    basis: 'assumption: moderate jitter; with 0 the no-contention cold start is exactly the sum of its steps',
  }),
  liveView,
  replications: num({
    label: 'Replications',
    default: 8,
    min: 1,
    max: 200,
    step: 1,
    unit: '',
    integer: true,
    help: 'Independent runs of the invocation timeline; confidence intervals come from their spread.',
    basis: 'assumption: enough for 95% intervals while the default run stays fast',
  }),
  seed: num({
    label: 'Seed',
    default: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    unit: '',
    integer: true,
    help: 'Same seed, same run, bit for bit.',
    basis: 'any; results are reported with 95% intervals',
  }),
};

/** The values of one `lambda-slots` run. */
export type Params = ValuesOf<typeof params>;

/** The defaults as a `Params` object. */
export function defaults(): Params {
  return defaultsOf(params);
}
