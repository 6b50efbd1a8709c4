import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/** The pre-Nitro IO path: the hypervisor's driver domain, one TCP path, software storage servers. */
const xenPath = { hostMs: 0.6, networkMs: 0.6, networkScv: 2, paths: 1, serverMs: 1, ringDepth: 64 } as const;
const calm = { noisy: 1, burstMs: 500, burstDuty: 0.05, isolation: 'fifo', provisionedIops: 1000, tokenBucket: 16 } as const;
const hddFleet = { device: 'hdd', deviceIops: 120, deviceScv: 1, hddRpm: 7200, tenants: 16, hosts: 16, drives: 8, spread: 1, load: 0.5 } as const;

/**
 * The five lessons of the 2024 EBS retrospective, in order. 'hdd' equals the model's defaults,
 * so the page's build-time render is step 1. Every preset sets every era value, so exactly one
 * step is marked current at a time.
 */
export const presets: readonly Preset[] = [
  {
    id: 'hdd', label: 'Hard drives',
    help: 'Sixteen volumes share eight hard drives of about 120 IOPS each. Even at half load p99 is several times p50; follow the curve past 80% load, where it turns sharply up (the hockey stick), and see how far the tail reaches in the distribution.',
    params: { ...hddFleet, ...xenPath, ...calm },
  },
  {
    id: 'noisy-neighbour', label: 'A noisy neighbour',
    help: 'Volume 0 now bursts to 25 times its rate for half a second now and then. Its drive’s line explodes and volume 1, which shares the drive, sees its p99 jump. Then set drives per volume to 8: volume 0 gets faster, but the blast radius grows to every volume.',
    params: { ...hddFleet, ...xenPath, ...calm, noisy: 25 },
  },
  {
    id: 'ssd-piops', label: 'SSDs and Provisioned IOPS',
    help: 'In 2012, SSDs and Provisioned IOPS: latency falls to 2–3 ms and each volume is held to 1,000 IOPS, so volume 0’s 8× burst waits in its own token bucket rather than in its neighbours’ drive line. Switch isolation to a shared FIFO to see what the limits prevent.',
    params: { device: 'ssd-2012', deviceIops: 5000, deviceScv: 1, hddRpm: 7200, tenants: 8, hosts: 8, drives: 2, spread: 1, load: 0.48, ...xenPath, ...calm, noisy: 8, isolation: 'provisioned' },
  },
  {
    id: 'xen-ring', label: 'The 64-IO ring',
    help: 'Sixteen busy volumes on one host ask for 40,000 IOPS of fast drives, but the host ring admits only 64 IOs at a time. By Little’s law throughput cannot pass 64 ÷ latency, so IOs pile up in the guest. Raise the ring depth to 128 and throughput catches up with demand.',
    params: { device: 'ssd-2012', deviceIops: 5000, deviceScv: 1, hddRpm: 7200, tenants: 16, hosts: 1, drives: 16, spread: 1, load: 0.5, ...xenPath, ...calm },
  },
  {
    id: 'nitro', label: 'Nitro, SRD, Nitro SSD',
    help: 'The IO path moves onto the Nitro card, SRD spreads each IO over 16 network paths and Nitro SSDs serve quickly and steadily: latency is well under a millisecond with a tight tail. Compare the two curves: the same load that cost tens of milliseconds on hard drives.',
    params: { device: 'nitro-ssd', deviceIops: 20000, deviceScv: 0.25, hddRpm: 7200, tenants: 16, hosts: 16, drives: 8, spread: 1, load: 0.5, hostMs: 0.05, networkMs: 0.15, networkScv: 2, paths: 16, serverMs: 0.1, ringDepth: 0, ...calm },
  },
];
