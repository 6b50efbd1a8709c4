import { grouped } from '../../figures/format.ts';
import { validate } from '../../params/validate.ts';
import { params, type Params } from './params.ts';
import { simulate, type HeatTrace, type SimulateOptions } from './simulate.ts';
import { summarize, type Summary } from './summarize.ts';
import { iopsPerTb } from './theory.ts';

/** Most objects a run may address (placement is hashed, not stored, so only the index must fit in 32 bits). */
export const MAX_PLACEMENTS = 2 ** 31 - 1;

/** What one `s3-heat` run returns: plain JSON-safe data. */
export interface Result {
  model: 's3-heat';
  params: Params;
  notes: string[];
  truncated: boolean;
  message: string | null;
  /** The headline numbers (see Summary), plus the two closed forms the page compares against. */
  summary: Summary & {
    /** Drive IOPS ÷ capacity. */
    iopsPerTb: number;
    /** Heat per TB × capacity ÷ IOPS: the fleet's expected mean utilization. */
    meanUtilizationTheory: number;
    /** √((1 − p)/p) · √Σrate² / Σrate: the steady-state CV of the total demand. */
    demandCvTheory: number;
  };
  /** Offered utilization of the first 1,024 drives at the second of highest total demand, and that second. */
  snapshot: number[];
  snapshotStep: number;
  /** Objects per bucket actually placed: objects per drive × drives ÷ tenants. */
  objectsPerTenant: number;
  /** Drives in one bucket-local group (the fleet size for spread). */
  groupSize: number;
  duty: number;
  /**
   * Only when `options.heat` asked for it: each second's load of the first ≤ 1,024 drives and the
   * hottest tenant's part of it, recorded by this very run (typed arrays: not plain JSON).
   */
  heat?: HeatTrace;
}

/** Options: progress (per step), a budget in steps, and `heat`: seconds of heat trace to record. */
export type Options = SimulateOptions;

/**
 * Simulates heat on a fleet of hard drives (see /concepts/heat-management/): bursty tenants,
 * bucket-local or spread placement, replicas or erasure coding, and random or least-loaded reads.
 * Input is validated (clamped with notes); a layout too large for memory gets fewer objects per
 * bucket, with a note.
 */
export function run(input: Partial<Params> | Readonly<Record<string, unknown>> = {}, options: Options = {}): Result {
  const { value, notes } = validate(params, input as Record<string, unknown>);
  const p = { ...value };
  if (p.redundancy === 'ec' && p.ecData > p.ecTotal) {
    notes.push(`ecData: ${p.ecData} is more than ecTotal ${p.ecTotal}; used k = ${p.ecTotal}`);
    p.ecData = p.ecTotal;
  }
  const copies = p.redundancy === 'none' ? 1 : p.redundancy === 'replicas' ? p.replicas : p.ecTotal;
  if (copies > p.drives) {
    notes.push(`drives: ${p.drives} drives cannot hold ${copies} copies on distinct drives; used ${copies} drives`);
    p.drives = copies;
  }
  let perTenant = Math.max(1, Math.round((p.objectsPerDrive * p.drives) / p.tenants));
  if (p.tenants * perTenant * copies > MAX_PLACEMENTS) {
    perTenant = Math.max(1, Math.floor(MAX_PLACEMENTS / (p.tenants * copies)));
    const opd = Math.max(1, Math.floor((perTenant * p.tenants) / p.drives));
    notes.push(
      `objectsPerDrive: ${p.objectsPerDrive} objects per drive × ${copies} copies on ${grouped(p.drives)} drives is too many to place in memory; used about ${opd} (${grouped(perTenant)} per bucket)`,
    );
    p.objectsPerDrive = opd;
  }
  const raw = simulate(p, perTenant, options);
  const s = summarize(raw, p.drives, p.requestIos);
  return {
    model: 's3-heat',
    params: p,
    notes,
    truncated: raw.status.truncated,
    message: raw.status.message ?? null,
    summary: {
      ...s,
      iopsPerTb: iopsPerTb(p.driveIops, p.driveTb),
      meanUtilizationTheory: raw.meanTotal / (p.drives * p.driveIops),
      demandCvTheory: raw.cvTheory,
    },
    snapshot: Array.from(raw.snapshot, (u) => Math.round(u * 1e4) / 1e4),
    snapshotStep: raw.snapshotStep,
    objectsPerTenant: perTenant,
    groupSize: raw.groupSize,
    duty: raw.duty,
    ...(raw.heat && { heat: raw.heat }),
  };
}
