import { serviceMoments } from './devices.ts';
import type { Params } from './params.ts';

/** Where each volume lives and how hard each drive is pushed. */
export interface Placement {
  /** Drives each volume is striped over (the spread, capped at the number of drives). */
  spread: number;
  /** Volume v's first drive; it also uses the next spread − 1 drives, wrapping around. */
  home: Int32Array;
  /** The volumes with data on each drive. */
  driveTenants: number[][];
  /** Each volume's mean IO rate in IOs per ms, before bursts. */
  baseRate: number;
  /** Volume 0's long-run mean rate multiplier, burst included: 1 + duty · (noisy − 1). */
  noisyMeanFactor: number;
  /** Each drive's long-run utilization, bursts included (≥ 1: its line grows without bound). */
  driveLoad: number[];
}

/**
 * Places volume v's stripe on drives floor(v·D/T) … + spread − 1 (mod D), so volumes are spread
 * evenly and a wider stripe overlaps more neighbours. Each volume's rate is the offered load's
 * share: λ = load · D · IOPS / T.
 */
export function placement(p: Params): Placement {
  const T = p.tenants,
    D = p.drives,
    spread = Math.min(p.spread, D);
  const home = new Int32Array(T);
  const driveTenants: number[][] = Array.from({ length: D }, () => []);
  for (let v = 0; v < T; v++) {
    home[v] = Math.floor((v * D) / T);
    for (let k = 0; k < spread; k++) driveTenants[(home[v]! + k) % D]!.push(v);
  }
  const baseRate = (p.load * D * p.deviceIops) / T / 1000;
  const noisyMeanFactor = 1 + p.burstDuty * (p.noisy - 1);
  const es = serviceMoments(p).mean;
  const driveLoad = driveTenants.map(
    (vs) => vs.reduce((a, v) => a + ((v === 0 ? noisyMeanFactor : 1) * baseRate) / spread, 0) * es,
  );
  return { spread, home, driveTenants, baseRate, noisyMeanFactor, driveLoad };
}

/** The drives volume v uses. */
export function drivesOf(pl: Placement, v: number, drives: number): number[] {
  return Array.from({ length: pl.spread }, (_, k) => (pl.home[v]! + k) % drives);
}
