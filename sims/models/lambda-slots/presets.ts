import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/**
 * The five steps of the 2026-04-22 article, in order, each adding one change to the previous.
 * Every preset names all five switches and the live view, so exactly one step is active at a
 * time; the first is the model's defaults (what the page renders before JavaScript). Each step's
 * live view shows its lesson: the packet walk for the rules, the boot for the lock ordering, the
 * cold starts for the rest. Each step asks before it shows;
 * lessons.test.ts checks every answer at seeds 1–20. The reveals' numbers are closed forms of the
 * parameters: a slot holds RTNL for 44 ms on demand (0.4 + 0.3 + 43 + 0.3), so one lock serves
 * about 23 creations a second, and a burst above that grows a line at (λS − 1) seconds a second.
 */
export const presets: readonly Preset[] = [
  {
    id: 'on-demand',
    label: 'On demand',
    help: 'Each cold start builds its slot: 150 ms of tunnel setup, iptables + conntrack NAT, rules, and about 44 ms under the RTNL lock. In the burst, creations queue behind the one lock and the p99 climbs into seconds.',
    params: {
      strategy: 'on-demand',
      rulesInNamespace: 'false',
      ebpfTunnel: 'false',
      statelessNat: 'false',
      lockFriendly: 'false',
      liveView: 'cold-starts',
    },
    controls: ['burst', 'arrivalRate', 'strategy'],
    question: {
      prompt:
        'Slots are built on demand, 5 cold starts a second, and the kernel lock each needs is busy about a fifth ' +
        'of the time. Then cold starts arrive 6× faster for 10 seconds. The p99 of those arriving in the burst, ' +
        'against those before it, is…',
      choices: ['About the same', 'About twice as long', 'Several times longer: seconds'],
      answer: 2,
      reveal:
        'Several times longer. Each cold start holds the RTNL lock for about 44 ms, so the lock serves at ' +
        'most about 23 a second. At 30 a second the line grows by 0.32 s of work every second (30 × 0.044 − 1), ' +
        'so by the end of the burst a cold start waits about 3 s for the lock, on top of its own 220 ms.',
      stats: ['steadyP99', 'burstP99', 'lockWait'],
    },
  },
  {
    id: 'root-rules',
    label: 'Rules into namespaces',
    help: 'With every slot’s rules in the root namespace (128,144 at 4,000 slots), a packet of slot 4,000 walks them all: about 1 ms. Moved into each slot’s namespace, the root keeps 144 rules and the cost is flat (see the per-packet figure). Cold starts are unchanged.',
    params: {
      strategy: 'on-demand',
      rulesInNamespace: 'true',
      ebpfTunnel: 'false',
      statelessNat: 'false',
      lockFriendly: 'false',
      liveView: 'packet',
    },
    controls: ['rulesInNamespace', 'slots', 'rulesPerSlot'],
    question: {
      prompt:
        'With every slot’s filtering rules in the root namespace, a packet of slot 4,000 walks past 128,144 ' +
        'rules, about 1 ms. Once each slot’s rules live in its own namespace, that packet’s rule cost is…',
      choices: ['Hundreds of times less', 'About 10× less', 'About half'],
      answer: 0,
      reveal:
        'Hundreds of times less. Rules are walked in order, so in the root a packet of slot i passes the 144 ' +
        'static rules and the 32 of every slot before it: 128,144 × 7.8 ns ≈ 1 ms at slot 4,000. In its own ' +
        'namespace it passes the 144 static rules and its own 32: about 1.4 μs, for every slot.',
      stats: ['rootRules', 'perPacket'],
    },
  },
  {
    id: 'ebpf',
    label: 'eBPF tunnel and NAT',
    help: 'The eBPF rewrite cuts the tunnel from 150 ms to 200 μs and stateless NAT sets up 100× faster, so a cold start alone takes about 50 ms instead of about 220 ms. The work under the lock remains, so the burst still queues.',
    params: {
      strategy: 'on-demand',
      rulesInNamespace: 'true',
      ebpfTunnel: 'true',
      statelessNat: 'true',
      lockFriendly: 'false',
      liveView: 'cold-starts',
    },
    controls: ['ebpfTunnel', 'statelessNat', 'burst'],
    question: {
      prompt:
        'eBPF cuts tunnel setup from 150 ms to 0.2 ms and makes NAT setup 100× faster: a cold start on its ' +
        'own now takes about 50 ms instead of 220 ms. The same 6× burst arrives. The p99 of cold starts in it…',
      choices: ['Falls about 4×, like a cold start on its own', 'Barely moves: still seconds', 'Rises several-fold'],
      answer: 1,
      reveal:
        'It barely moves. What eBPF removed was work off the lock. The 44 ms each cold start holds RTNL (the ' +
        'veth move, mostly) is still there, so in the burst cold starts still arrive faster than the lock serves ' +
        'them and wait seconds in its line.',
      stats: ['p50', 'burstP99', 'tunnel'],
    },
  },
  {
    id: 'pre-create',
    label: 'Pre-create all at boot',
    help: 'All slots are built at boot, about 3 minutes with this ordering; a cold start only claims a slot and writes its VNI and NAT entry: the same half-millisecond through the burst. Constant work.',
    params: {
      strategy: 'pre-create',
      rulesInNamespace: 'true',
      ebpfTunnel: 'true',
      statelessNat: 'true',
      lockFriendly: 'false',
      liveView: 'cold-starts',
    },
    controls: ['strategy', 'burst', 'slots'],
    question: {
      prompt:
        'Now every slot is built when the worker boots, and a cold start only claims one. The same 6× burst ' +
        'arrives. Whose p99 in the burst is at least twice its p99 before the burst?',
      choices: ['Only slots built on demand', 'Only pre-created slots', 'Both', 'Neither'],
      answer: 0,
      reveal:
        'Only on demand. Claiming a pre-created slot takes no RTNL: the claim, VNI rewrite and NAT entry take ' +
        'about half a millisecond however many arrive at once, so the burst changes nothing (constant work). Built ' +
        'on demand, each still holds the lock 44 ms and queues. The price is paid once, at boot: 4,000 slots × 44.6 ' +
        'ms of lock each, about 3 minutes.',
      stats: ['steadyP99', 'burstP99', 'boot'],
    },
  },
  {
    id: 'lock-ordering',
    label: 'RTNL-friendly ordering',
    help: 'Namespaces pooled first, veths created inside them (no move) and eBPF attachments batched: creating all 4,000 slots in parallel takes seconds instead of minutes. Extra threads help only once the work under the lock is small.',
    params: {
      strategy: 'pre-create',
      rulesInNamespace: 'true',
      ebpfTunnel: 'true',
      statelessNat: 'true',
      lockFriendly: 'true',
      liveView: 'boot',
    },
    controls: ['lockFriendly', 'parallelism', 'slots'],
    question: {
      prompt:
        'Creating all 4,000 slots with 32 threads takes about 3 minutes, because most of the work holds the one ' +
        'RTNL lock. Pool the namespaces first, create each veth inside its namespace (no move) and batch the eBPF ' +
        'attachments, and the same creation takes…',
      choices: ['About 2 minutes', 'About 30 seconds', 'A few seconds'],
      answer: 2,
      reveal:
        'A few seconds. The move was 43 of the 44.6 ms each slot held RTNL. Without it a slot holds the lock ' +
        'about 1 ms, plus a share of a batched attachment: about 4.2 s of lock time for 4,000 slots, which 32 ' +
        'threads keep busy. No number of threads can go below the lock’s own total.',
      stats: ['parallelCreate', 'boot'],
    },
  },
];
