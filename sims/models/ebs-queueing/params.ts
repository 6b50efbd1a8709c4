import { defaultsOf, type ChoiceParam, type NumberParam, type ValuesOf } from '../../params/spec.ts';

/** How a drive picks the next IO: one shared line, a line per volume, or per-volume rate limits. */
export type Isolation = 'fifo' | 'fair' | 'provisioned';

/** The device behind each drive slot: its service-time shape, era by era. */
export type Device = 'hdd' | 'ssd-2012' | 'nitro-ssd' | 'exponential';

/**
 * The article the EBS figures come from (its page:
 * /sources/2024-08-22-allthingsdistributed-continuous-reinvention-block-storage-at-aws/).
 */
const SOURCE = 'Marc Olson’s EBS retrospective, All Things Distributed (2024)';

const isolation: ChoiceParam<Isolation> = {
  kind: 'choice',
  label: 'Isolation',
  default: 'fifo',
  options: [
    { value: 'fifo', label: 'Shared FIFO per drive' },
    { value: 'fair', label: 'Fair queueing per volume' },
    { value: 'provisioned', label: 'Provisioned IOPS rate limits' },
  ],
  help: 'Shared FIFO: every volume joins one line per drive. Fair: each volume has its own line and the drive takes them in turn. Provisioned: each volume is held to its provisioned rate before its IOs leave the host.',
  basis:
    'assumption: the HDD era starts with one shared line per drive; the three choices are the scheduling options the issue names',
};

const device: ChoiceParam<Device> = {
  kind: 'choice',
  label: 'Device',
  default: 'hdd',
  options: [
    { value: 'hdd', label: 'Hard drive (seek + rotation)' },
    { value: 'ssd-2012', label: 'SSD, 2012' },
    { value: 'nitro-ssd', label: 'Nitro SSD' },
    { value: 'exponential', label: 'Exponential (for M/M/1 checks)' },
  ],
  help: 'Hard drive: a seek (uniform between half and one and a half times its mean) plus rotational delay (uniform over one revolution). SSDs: lognormal with the variability below. Exponential: the textbook server.',
  basis: `${SOURCE}: EBS launched on hard drives in 2008`,
};

/** Parameters of the `ebs-queueing` model. Times in milliseconds, rates in IOs per second. The
 *  defaults are the 'hdd' preset, so the page's build-time figures are its first step. */
export const params = {
  tenants: {
    label: 'Volumes (tenants)',
    default: 16,
    min: 1,
    max: 64,
    step: 1,
    unit: '',
    integer: true,
    help: 'Volumes sharing the drives. Volume 0 is the one that bursts.',
    basis: 'assumption: enough volumes that several share each drive',
  } satisfies NumberParam,
  hosts: {
    label: 'Hosts',
    default: 16,
    min: 1,
    max: 64,
    step: 1,
    unit: '',
    integer: true,
    help: 'Instance hosts the volumes are attached through (volume v on host v mod hosts). Each host has its own ring of outstanding IOs.',
    basis: 'assumption: in the hard-drive steps every volume sits on its own host, so only the drives couple them',
  } satisfies NumberParam,
  drives: {
    label: 'Drives',
    default: 8,
    min: 1,
    max: 64,
    step: 1,
    unit: '',
    integer: true,
    help: 'Devices in the storage fleet the volumes share.',
    basis: 'assumption: two volumes per drive at the default spread',
  } satisfies NumberParam,
  spread: {
    label: 'Drives per volume',
    default: 1,
    min: 1,
    max: 64,
    step: 1,
    unit: '',
    integer: true,
    help: 'How many drives each volume is striped over (consecutive drives from its home drive); each IO goes to one of them at random. Capped at the number of drives.',
    basis: 'assumption: one drive per volume, the unspread starting point',
  } satisfies NumberParam,
  load: {
    label: 'Offered load',
    default: 0.5,
    min: 0.01,
    max: 0.98,
    step: 0.01,
    unit: '',
    help: 'Mean IO rate of all volumes, before any burst, as a fraction of what the drives can serve.',
    basis: 'assumption: half-busy drives, on the flat part of the curve',
  } satisfies NumberParam,
  noisy: {
    label: 'Burst multiplier of volume 0',
    default: 1,
    min: 1,
    max: 100,
    step: 1,
    unit: '×',
    help: 'During a burst, volume 0 issues this many times its normal rate. 1 means no burst.',
    basis: 'assumption: no noisy neighbour in the first step',
  } satisfies NumberParam,
  burstMs: {
    label: 'Mean burst length',
    default: 500,
    min: 1,
    max: 10000,
    step: 1,
    unit: 'ms',
    help: 'Bursts of volume 0 last this long on average (exponentially distributed).',
    basis: 'assumption: long enough for a hard drive queue to build up',
  } satisfies NumberParam,
  burstDuty: {
    label: 'Share of time bursting',
    default: 0.05,
    min: 0.001,
    max: 0.5,
    step: 0.001,
    unit: '',
    help: 'Fraction of time volume 0 spends in bursts; gaps between bursts are exponential too.',
    basis: 'assumption: rare enough that a 25× burst on one hard drive is still stable on average',
  } satisfies NumberParam,
  isolation,
  provisionedIops: {
    label: 'Provisioned IOPS per volume',
    default: 80,
    min: 1,
    max: 1_000_000,
    step: 1,
    unit: 'IOPS',
    help: 'With Provisioned IOPS isolation, the rate each volume is held to (token bucket). A limit above what the volume’s drives can serve never binds.',
    basis: `assumption: 80 on hard drives, above a volume’s mean demand and below what its drive has spare, so a limit binds a burst; the SSD steps use 1,000, what ${SOURCE} says Provisioned IOPS volumes offered in 2012`,
  } satisfies NumberParam,
  tokenBucket: {
    label: 'Token bucket depth',
    default: 16,
    min: 1,
    max: 10000,
    step: 1,
    unit: 'IOs',
    help: 'With Provisioned IOPS, how many IOs a volume may send back to back before pacing starts.',
    basis: 'assumption: a small allowance so Poisson traffic below the limit is hardly delayed',
  } satisfies NumberParam,
  ringDepth: {
    label: 'Host ring depth',
    default: 64,
    min: 0,
    max: 1024,
    step: 1,
    unit: 'IOs',
    integer: true,
    help: 'Most IOs a host may have outstanding at once; more wait in the guest. 0 means no cap.',
    basis: `${SOURCE}: Xen’s defaults capped a host at 64 outstanding IOs`,
  } satisfies NumberParam,
  device,
  deviceIops: {
    label: 'IOPS per drive',
    default: 120,
    min: 1,
    max: 1_000_000,
    step: 1,
    unit: 'IOPS',
    help: 'What one drive serves flat out: the mean service time is 1000 / this, in ms.',
    basis:
      'Andy Warfield’s S3 keynote article, All Things Distributed (2023): about 120 IOPS per hard drive, flat since 2006',
  } satisfies NumberParam,
  deviceScv: {
    label: 'SSD service variability (SCV)',
    default: 1,
    min: 0,
    max: 20,
    step: 0.05,
    unit: '',
    help: 'Squared coefficient of variation of SSD service times (lognormal). Hard drives follow seek and rotation instead; exponential is 1.',
    basis: 'assumption: 2012 SSDs as variable as an exponential; unused by hard drives',
  } satisfies NumberParam,
  hddRpm: {
    label: 'Hard drive speed',
    default: 7200,
    min: 3600,
    max: 15000,
    step: 100,
    unit: 'rpm',
    help: 'Sets the rotational delay (up to one revolution); the mean seek is what remains of 1000 / IOPS ms.',
    basis: 'assumption: 7,200 rpm, so a 120 IOPS drive splits its 8.3 ms evenly between seek and rotation',
  } satisfies NumberParam,
  hostMs: {
    label: 'Host time per IO',
    default: 0.6,
    min: 0,
    max: 20,
    step: 0.01,
    unit: 'ms',
    help: 'Time the host’s IO path (the hypervisor’s driver domain, later the Nitro card) adds to each IO.',
    basis:
      'assumption: with network and server, chosen so a 2012 SSD volume sees 2–3 ms (the EBS retrospective: 1,000 IOPS at 2–3 ms)',
  } satisfies NumberParam,
  networkMs: {
    label: 'Network round trip',
    default: 0.6,
    min: 0,
    max: 20,
    step: 0.01,
    unit: 'ms',
    help: 'Mean network time per IO, there and back (lognormal).',
    basis: 'assumption: see host time; the EBS retrospective gives no network figure',
  } satisfies NumberParam,
  networkScv: {
    label: 'Network variability (SCV)',
    default: 2,
    min: 0,
    max: 50,
    step: 0.05,
    unit: '',
    help: 'Squared coefficient of variation of one path’s round trip: congestion and retransmissions make it bursty.',
    basis: 'assumption: a single TCP path with an occasional slow round trip',
  } satisfies NumberParam,
  paths: {
    label: 'Network paths per IO',
    default: 1,
    min: 1,
    max: 64,
    step: 1,
    unit: '',
    integer: true,
    help: 'Paths an IO’s packets are spread over. 1 is a TCP flow; SRD sprays over many, averaging out a slow path (variability ÷ paths).',
    basis: `${SOURCE}: SRD is multi-path; the single-path default is TCP`,
  } satisfies NumberParam,
  serverMs: {
    label: 'Storage server time',
    default: 1,
    min: 0,
    max: 20,
    step: 0.01,
    unit: 'ms',
    help: 'Software time on the storage server per IO, outside the drive.',
    basis: 'assumption: see host time',
  } satisfies NumberParam,
  requests: {
    label: 'IOs measured',
    default: 15000,
    min: 500,
    max: 10_000_000,
    step: 1000,
    unit: '',
    integer: true,
    help: 'Completed IOs measured after the warm-up.',
    basis: 'assumption: enough for p99 with a usable interval, fast enough for a page',
  } satisfies NumberParam,
  warmup: {
    label: 'Warm-up IOs',
    default: 1500,
    min: 0,
    max: 1_000_000,
    step: 100,
    unit: '',
    integer: true,
    help: 'Completions left out of the statistics, so the empty start does not flatter the results.',
    basis: 'assumption: a tenth of the default run',
  } satisfies NumberParam,
  seed: {
    label: 'Seed',
    default: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    unit: '',
    integer: true,
    help: 'Same seed, same run, bit for bit.',
    basis: 'any',
  } satisfies NumberParam,
};

/** The values of one `ebs-queueing` run. */
export type Params = ValuesOf<typeof params>;

/** The defaults as a `Params` object (the 'hdd' preset). */
export function defaults(): Params {
  return defaultsOf(params);
}
