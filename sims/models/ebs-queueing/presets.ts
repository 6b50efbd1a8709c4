import type { Preset as ModelPreset } from '../../params/spec.ts';
import type { Params } from './params.ts';

export type Preset = ModelPreset<Partial<Params>>;

/** The pre-Nitro IO path: the hypervisor's driver domain, one TCP path, software storage servers. */
const xenPath = { hostMs: 0.6, networkMs: 0.6, networkScv: 2, paths: 1, serverMs: 1, ringDepth: 64 } as const;
const calm = { noisy: 1, burstMs: 500, burstDuty: 0.05, isolation: 'fifo', tokenBucket: 16 } as const;
/**
 * On hard drives a volume is provisioned 80 IOPS: above its mean demand even with volume 0's
 * bursts (30 IOPS × 2.2 = 66), below what its drive has to spare beside its neighbour (120 − 30),
 * so choosing Provisioned IOPS at the noisy-neighbour step holds the burst back. The 2012 SSD
 * volumes of the later steps get the retrospective's 1,000 IOPS.
 */
const hddFleet = {
  device: 'hdd',
  deviceIops: 120,
  deviceScv: 1,
  hddRpm: 7200,
  tenants: 16,
  hosts: 16,
  drives: 8,
  spread: 1,
  load: 0.5,
  provisionedIops: 80,
} as const;
const ssdVolumes = { provisionedIops: 1000 } as const;

/**
 * The five lessons of the 2024 EBS retrospective, in order. 'hdd' equals the model's defaults,
 * so the page's build-time render is step 1. Every preset sets every era value, so exactly one
 * step is marked current at a time.
 */
export const presets: readonly Preset[] = [
  {
    id: 'hdd',
    label: 'Hard drives',
    help: 'Sixteen volumes share eight hard drives of about 120 IOPS each. Even at half load p99 is several times p50; follow the curve past 80% load, where it turns sharply up (the hockey stick), and see how far the tail reaches in the distribution.',
    params: { ...hddFleet, ...xenPath, ...calm },
    controls: ['load'],
    question: {
      prompt:
        'Sixteen volumes share eight hard drives, each drive busy half the time. How slow is the slowest IO in a hundred (p99) next to the typical one (p50)?',
      choices: ['About the same', 'About 1.5×', 'About 3×'],
      answer: 2,
      reveal:
        'About three times. A hard drive serves about 120 IOs a second, each a seek plus part of a turn, and at half load a few IOs always arrive behind others: the tail comes from the line, not from slow IOs.',
      stats: ['p50', 'p99', 'throughputIops'],
    },
  },
  {
    id: 'noisy-neighbour',
    label: 'A noisy neighbour',
    help: 'Volume 0 now bursts to 25 times its rate for a fifth of a second now and then. Its drive’s line explodes and volume 1, which shares the drive, sees its p99 jump. Then set drives per volume to 8: volume 0 gets faster, but the blast radius grows to every volume.',
    params: { ...hddFleet, ...xenPath, ...calm, noisy: 25, burstMs: 200 },
    controls: ['noisy', 'spread', 'isolation'],
    question: {
      prompt:
        'Volume 0 now bursts to 25 times its rate for about a fifth of a second, now and then. What happens to the p99 of the other fifteen volumes?',
      choices: ['Barely changes', 'About doubles', 'Ten times or more'],
      answer: 2,
      reveal:
        'Ten times or more. The volume sharing volume 0’s drive waits behind each burst, and its slow IOs are enough to set the p99 of all the others. Try Provisioned IOPS isolation: volume 0 waits in its own token bucket instead.',
      stats: ['victimP99', 'noisyP99', 'blastRadius'],
    },
  },
  {
    id: 'ssd-piops',
    label: 'SSDs and Provisioned IOPS',
    help: 'In 2012, SSDs and Provisioned IOPS: latency falls to 2–3 ms and each volume is held to 1,000 IOPS, so volume 0’s 8× burst waits in its own token bucket rather than in its neighbours’ drive line. Switch isolation to a shared FIFO to see what the limits prevent.',
    params: {
      device: 'ssd-2012',
      deviceIops: 5000,
      deviceScv: 1,
      hddRpm: 7200,
      tenants: 8,
      hosts: 8,
      drives: 2,
      spread: 1,
      load: 0.48,
      ...xenPath,
      ...calm,
      ...ssdVolumes,
      noisy: 8,
      isolation: 'provisioned',
    },
    controls: ['isolation', 'noisy', 'provisionedIops'],
    question: {
      prompt:
        'SSDs now, and every volume is held to its 1,000 provisioned IOPS. Volume 0 bursts to 8 times its rate. The other volumes’ p99…',
      choices: ['Rises several-fold', 'Stays about the same'],
      answer: 1,
      reveal:
        'It stays about the same. The burst waits in volume 0’s own token bucket, so its neighbours’ drive lines never see it. Switch isolation to a shared FIFO to see what the limit prevents.',
      stats: ['victimP99', 'noisyP99', 'p50'],
    },
  },
  {
    id: 'xen-ring',
    label: 'The 64-IO ring',
    help: 'Sixteen busy volumes on one host ask for 40,000 IOPS of fast drives, but the host ring admits only 64 IOs at a time. By Little’s law throughput cannot pass 64 ÷ latency, so IOs pile up in the guest. Raise the ring depth to 128 and throughput catches up with demand.',
    params: {
      device: 'ssd-2012',
      deviceIops: 5000,
      deviceScv: 1,
      hddRpm: 7200,
      tenants: 16,
      hosts: 1,
      drives: 16,
      spread: 1,
      load: 0.5,
      ...xenPath,
      ...calm,
      ...ssdVolumes,
    },
    controls: ['ringDepth', 'deviceIops'],
    question: {
      prompt:
        'Sixteen busy volumes on one host ask for 40,000 IOPS, half of what their SSDs could serve. The host ring lets only 64 IOs be outstanding at once. Throughput…',
      choices: ['Meets the demand', 'Stalls well below it'],
      answer: 1,
      reveal:
        'It stalls well below. By Little’s law a ring of 64 IOs, each taking a couple of milliseconds through host, network and server, carries at most 64 ÷ latency; the rest queue in the guest. Raise the ring depth to 128.',
      stats: ['throughputIops', 'p50'],
    },
  },
  {
    id: 'nitro',
    label: 'Nitro, SRD, Nitro SSD',
    help: 'The IO path moves onto the Nitro card, SRD spreads each IO over 16 network paths and Nitro SSDs serve quickly and steadily: latency is well under a millisecond with a tight tail. Compare the two curves: the same load that cost tens of milliseconds on hard drives.',
    params: {
      device: 'nitro-ssd',
      deviceIops: 20000,
      deviceScv: 0.25,
      hddRpm: 7200,
      tenants: 16,
      hosts: 16,
      drives: 8,
      spread: 1,
      load: 0.5,
      hostMs: 0.05,
      networkMs: 0.15,
      networkScv: 2,
      paths: 16,
      serverMs: 0.1,
      ringDepth: 0,
      ...calm,
      ...ssdVolumes,
    },
    controls: ['load', 'device'],
    question: {
      prompt:
        'The IO path moves onto the Nitro card, SRD spreads each IO over 16 network paths, and Nitro SSDs serve it, at the same half load. The p99 latency is now…',
      choices: ['Tens of milliseconds', 'A few milliseconds', 'Under a millisecond'],
      answer: 2,
      reveal:
        'Under a millisecond, with a tight tail: the same load that cost tens of milliseconds on hard drives. Compare the two hockey-stick curves below.',
      stats: ['p50', 'p99'],
    },
  },
];
