import type { RunOptions } from '../../engine/budget.ts';
import { validate } from '../../params/validate.ts';
import { logHistogram, type LogHistogram } from '../../stats/histogram.ts';
import { hddTiming } from './devices.ts';
import { params, type Params } from './params.ts';
import type { Raw } from './raw.ts';
import { ebsStations, simulate } from './simulate.ts';
import { TraceRecorder } from '../../trace/recorder.ts';
import type { Trace } from '../../trace/types.ts';
import { quantileEstimate, summarize, tailCurve, type Summary } from './summarize.ts';
import { ebsTheory, type EbsTheory } from './theory.ts';
import { grouped } from '../../figures/format.ts';

/** One volume's p99 with and without volume 0's burst. */
export interface TenantP99 {
  tenant: number;
  p99: number;
  ci95: number | null;
  /** The same run without the burst; null when nothing bursts. */
  baselineP99: number | null;
  /** p99 at least doubled against the baseline (counted in the blast radius, volume 0 aside). */
  doubled: boolean;
}

/** What one `ebs-queueing` run returns: plain JSON-safe data. Times in ms, rates in IOPS. */
export interface Result {
  model: 'ebs-queueing';
  params: Params;
  notes: string[];
  /**
   * False when a drive or the host ring is offered more than it can serve: latencies then grow with the run's length.
   */
  stable: boolean;
  truncated: boolean;
  /** Why the run is unstable or truncated; null otherwise. */
  message: string | null;
  summary: Summary | null;
  /** The same run with volume 0 at its normal rate (no burst); null when nothing bursts. */
  baseline: Summary | null;
  perTenant: TenantP99[];
  theory: EbsTheory;
  /** Each drive's long-run utilization, bursts included. */
  driveLoad: number[];
  histogram: LogHistogram | null;
  /** [latency ms, share of IOs slower], for the tail chart; and the same without the burst. */
  tail: [number, number][];
  baselineTail: [number, number][];
  counts: { issued: number; completed: number; inFlight: number; hostQueue: number };
  events: number;
  simTimeMs: number;
  /**
   * Only when `options.trace` asked for it: the events of a window of the main run (not the
   * no-burst baseline), from the first IO of a burst after the warm-up (typed arrays).
   */
  trace?: Trace;
}

/** Options of `run`: progress (IOs completed of the total) and an event budget. */
export type Options = RunOptions;

/**
 * Simulates EBS-style block storage at the request level: volumes issue IOs through a host ring,
 * the network and storage servers to shared drives, and the run reports latency percentiles,
 * the p99 of the quiet volumes, throughput and Little's-law quantities, with 95% half-widths.
 * When volume 0 bursts, the same run is repeated without the burst (same seed, common random
 * numbers) and the blast radius counts the other volumes whose p99 at least doubled.
 */
export function run(input: Partial<Params> | Readonly<Record<string, unknown>> = {}, options: Options = {}): Result {
  const { value: p, notes } = validate(params, input as Record<string, unknown>);
  if (p.spread > p.drives)
    notes.push(`spread: ${p.spread} drives per volume is more than the ${p.drives} drives; using ${p.drives}`);
  if (p.device === 'hdd' && hddTiming(p).seekMean === 0)
    notes.push(
      `deviceIops: a ${p.hddRpm} rpm drive cannot average ${p.deviceIops} IOPS (half a turn alone takes ${round(30_000 / p.hddRpm)} ms); seeks are set to 0`,
    );
  const bursty = p.noisy > 1;
  if (p.isolation === 'provisioned') {
    // A limit binds only below what a volume's drives can serve together.
    const ceiling = Math.min(p.spread, p.drives) * p.deviceIops;
    if (p.provisionedIops >= ceiling)
      notes.push(
        `provisionedIops: ${grouped(p.provisionedIops)} IOPS per volume is at or above the ${grouped(ceiling)} IOPS its ${Math.min(p.spread, p.drives) === 1 ? 'drive serves' : 'drives serve together'}, so the limit never binds; set it lower to see it hold a burst back`,
      );
  }
  const goal = p.warmup + p.requests;
  const total = bursty ? 2 * goal : goal;
  const classes = Array.from({ length: p.tenants }, (_, v) =>
    v === 0 && bursty ? 'Volume 0 (bursts)' : `Volume ${v}`,
  );
  const rec = options.trace
    ? new TraceRecorder(options.trace, ebsStations(p), classes, 'ms', 'IO', 'drives')
    : undefined;
  const raw = simulate(p, options, 0, total, true, rec);
  const base = bursty ? simulate({ ...p, noisy: 1 }, options, goal, total) : null;
  const pl = raw.placement!;
  const theory = ebsTheory(p, pl);
  const finished = raw.latency.count > 0;
  const summary = finished ? summarize(raw) : null;
  const baseline = base && base.latency.count > 0 ? summarize(base) : null;
  const perTenant = tenants(raw, base);
  if (summary) summary.blastRadius = baseline ? perTenant.filter((x) => x.tenant !== 0 && x.doubled).length : 0;
  const problems = instability(p, theory, pl.driveLoad);
  const truncated = raw.status.truncated || (base?.status.truncated ?? false);
  if (bursty && p.isolation === 'provisioned' && 1000 * pl.baseRate * pl.noisyMeanFactor >= p.provisionedIops)
    problems.push(
      `volume 0 asks for ${Math.round(1000 * pl.baseRate * pl.noisyMeanFactor)} IOPS on average, at or above its ${p.provisionedIops} provisioned: its own IOs queue without bound`,
    );
  if (1000 * pl.baseRate >= p.provisionedIops && p.isolation === 'provisioned')
    problems.push(
      `each volume asks for ${Math.round(1000 * pl.baseRate)} IOPS, at or above the ${p.provisionedIops} provisioned: their IOs queue without bound`,
    );
  const message =
    [...problems, ...(truncated ? [raw.status.message ?? base?.status.message ?? 'stopped by the budget'] : [])].join(
      '; ',
    ) || null;
  return {
    model: 'ebs-queueing',
    params: p,
    notes,
    stable: problems.length === 0,
    truncated,
    message,
    summary,
    baseline,
    perTenant,
    theory,
    driveLoad: pl.driveLoad,
    histogram: finished ? logHistogram(raw.latency, 40) : null,
    tail: tailCurve(raw.latency),
    baselineTail: base ? tailCurve(base.latency) : [],
    counts: { issued: raw.issued, completed: raw.completed, inFlight: raw.inFlight, hostQueue: raw.hostQueue },
    events: raw.status.work + (base?.status.work ?? 0),
    simTimeMs: raw.last,
    ...(rec && { trace: rec.finish() }),
  };
}

function tenants(raw: Raw, base: Raw | null): TenantP99[] {
  return raw.perTenant.map((s, tenant) => {
    const e = quantileEstimate(s, 0.99);
    const b = base && base.perTenant[tenant]!.count > 0 ? base.perTenant[tenant]!.quantile(0.99) : null;
    return { tenant, p99: e.value, ci95: e.ci95, baselineP99: b, doubled: b !== null && e.value >= 2 * b };
  });
}

function instability(p: Params, t: EbsTheory, driveLoad: number[]): string[] {
  const out: string[] = [];
  const worst = driveLoad.reduce((a, b, i) => (b > (driveLoad[a] ?? 0) ? i : a), 0);
  if ((driveLoad[worst] ?? 0) >= 1)
    out.push(
      `drive ${worst} is offered ${round(driveLoad[worst]!)} of its capacity on average, so its line grows for as long as the run lasts and latencies depend on the run’s length`,
    );
  if (t.ringCapIops !== null && t.busiestHostIops >= t.ringCapIops)
    out.push(
      `${p.hosts === 1 ? 'the volumes offer' : 'the busiest host is offered'} ${grouped(Math.round(t.busiestHostIops))} IOPS, but a ${p.ringDepth}-deep host ring allows at most ${grouped(Math.round(t.ringCapIops))} (Little’s law: ${p.ringDepth} IOs ÷ ${round(t.unloadedMs)} ms), so IOs pile up in the guest`,
    );
  return out;
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
