import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/**
 * The five steps of the 2026-04-22 article, in order, each adding one change to the previous.
 * Every preset names all five switches, so exactly one step is active at a time; the first is
 * the model's defaults (what the page renders before JavaScript).
 */
export const presets: readonly Preset[] = [
  {
    id: 'on-demand', label: 'On demand',
    help: 'Each cold start builds its slot: 150 ms of tunnel setup, iptables + conntrack NAT, rules, and about 44 ms under the RTNL lock. In the burst, creations queue behind the one lock and the p99 climbs into seconds.',
    params: { strategy: 'on-demand', rulesInNamespace: 'false', ebpfTunnel: 'false', statelessNat: 'false', lockFriendly: 'false' },
  },
  {
    id: 'root-rules', label: 'Rules into namespaces',
    help: 'With every slot’s rules in the root namespace (128,144 at 4,000 slots), a packet of slot 4,000 walks them all: about 1 ms. Moved into each slot’s namespace, the root keeps 144 rules and the cost is flat (see the per-packet figure). Cold starts are unchanged.',
    params: { strategy: 'on-demand', rulesInNamespace: 'true', ebpfTunnel: 'false', statelessNat: 'false', lockFriendly: 'false' },
  },
  {
    id: 'ebpf', label: 'eBPF tunnel and NAT',
    help: 'The eBPF rewrite cuts the tunnel from 150 ms to 200 μs and stateless NAT sets up 100× faster, so a cold start alone takes about 50 ms instead of about 220 ms. The work under the lock remains, so the burst still queues.',
    params: { strategy: 'on-demand', rulesInNamespace: 'true', ebpfTunnel: 'true', statelessNat: 'true', lockFriendly: 'false' },
  },
  {
    id: 'pre-create', label: 'Pre-create all at boot',
    help: 'All slots are built at boot, about 3 minutes with this ordering; a cold start only claims a slot and writes its VNI and NAT entry: the same half-millisecond through the burst. Constant work.',
    params: { strategy: 'pre-create', rulesInNamespace: 'true', ebpfTunnel: 'true', statelessNat: 'true', lockFriendly: 'false' },
  },
  {
    id: 'lock-ordering', label: 'RTNL-friendly ordering',
    help: 'Namespaces pooled first, veths created inside them (no move) and eBPF attachments batched: creating all 4,000 slots in parallel takes seconds instead of minutes. Extra threads help only once the work under the lock is small.',
    params: { strategy: 'pre-create', rulesInNamespace: 'true', ebpfTunnel: 'true', statelessNat: 'true', lockFriendly: 'true' },
  },
];
