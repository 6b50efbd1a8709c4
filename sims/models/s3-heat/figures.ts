import type { HeatmapFigure, LineFigure, Series } from '../../figures/types.ts';
import type { Result } from './model.ts';
import type { Params } from './params.ts';
import { aggregateSeries } from './smoothing.ts';
import { iopsPerTb } from './theory.ts';

/** Capacities for the IOPS-per-TB curve, from a few TB to past the 200 TB roadmap. */
const CAPACITIES = [1, 2, 4, 8, 12, 16, 20, 30, 50, 75, 100, 150, 200, 300, 400];
/** Tenant counts of the smoothing chart. */
const AGGREGATES = [1, 100, 10_000];
const AGGREGATE_STEPS = 100;

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 0.01 ? x.toPrecision(2) : x.toExponential(1));

/** IOPS per TB of a full drive against its capacity, at the reader's drive IOPS (see /concepts/hard-drive-physics/). */
export function iopsFigure(p: Params): LineFigure {
  return {
    kind: 'line', id: 'iops-per-tb', title: 'IOPS per terabyte as drives grow',
    caption: `A drive serves about ${p.driveIops} IOPS whatever its size, so each stored terabyte gets ${p.driveIops} ÷ capacity: ${fmt(iopsPerTb(p.driveIops, 4))} at 4 TB, ${fmt(iopsPerTb(p.driveIops, 20))} at 20 TB, ${fmt(iopsPerTb(p.driveIops, 200))} at 200 TB. The dashed line is the keynote’s rounded figure, one IOPS per 2 TB.`,
    x: { label: 'Drive capacity', unit: 'TB', scale: 'log', domain: [1, 400] },
    y: { label: 'IOPS per TB', unit: 'IOPS/TB', scale: 'log' },
    series: [
      { id: 'iops-per-tb', label: `${p.driveIops} IOPS ÷ capacity`, style: 'line', color: 0, points: CAPACITIES.map((c) => [c, iopsPerTb(p.driveIops, c)]) },
      { id: 'keynote', label: 'One IOPS per 2 TB (keynote, at 200 TB)', style: 'dashed', color: 1, points: [[1, 0.5], [400, 0.5]] },
    ],
    marker: { x: p.driveTb, label: `your drive, ${p.driveTb} TB: ${fmt(iopsPerTb(p.driveIops, p.driveTb))} IOPS/TB` },
  };
}

/** Total demand over time for 1, 100 and 10,000 tenants, each divided by its mean (see /concepts/aggregate-demand-smoothing/). */
export function aggregateFigure(p: Params): LineFigure {
  const runs = AGGREGATES.map((n) => aggregateSeries(p, n, AGGREGATE_STEPS));
  const series: Series[] = runs.map((r, i) => ({
    id: `tenants-${r.tenants}`, label: `${r.tenants.toLocaleString('en')} tenant${r.tenants > 1 ? 's' : ''} (CV ${fmt(r.cv)})`, style: 'line', color: i,
    points: Array.from(r.values, (v, s): [number, number] => [s + 1, Math.round(v * 1e4) / 1e4]),
  }));
  return {
    kind: 'line', id: 'aggregate-demand', title: 'Total demand of 1, 100 and 10,000 bursty tenants',
    caption: `Demand each second divided by its long-run mean. One tenant is either idle or bursting; the coefficient of variation (CV) over these ${AGGREGATE_STEPS} seconds is ${runs.map((r) => `${fmt(r.cv)} for ${r.tenants.toLocaleString('en')}`).join(', ')} (steady-state values ${runs.map((r) => fmt(r.cvTheory)).join(', ')}): about ten times smaller for every hundred times more tenants.`,
    x: { label: 'Time', unit: 's', scale: 'linear', domain: [1, AGGREGATE_STEPS] },
    y: { label: 'Demand ÷ mean', unit: '', scale: 'linear', domain: [0, Math.max(2.5, ...runs[0]!.values)] },
    series,
  };
}

/** The first drives' utilization at the busiest second, as a grid (see /patterns/data-placement-spreading/). */
export function heatmapFigure(r: Result, placement: Params['placement']): HeatmapFigure {
  const cols = Math.min(32, r.snapshot.length);
  const rows = Math.floor(r.snapshot.length / cols);
  const values = r.snapshot.slice(0, rows * cols);
  const hot = values.filter((v) => v > 1).length;
  const s = r.summary;
  const what = placement === 'spread'
    ? 'Spread: every object’s copies sit on their own random drives, so each drive holds a thin slice of many buckets.'
    : `Bucket-local: each bucket lives on a group of ${r.groupSize} neighbouring drives, shared with the other buckets of its group.`;
  return {
    kind: 'heatmap', id: `heatmap-${placement}`, title: `Drive load, ${placement === 'spread' ? 'spread' : 'bucket-local'} placement`,
    caption: `${what} The grid is ${(rows * cols).toLocaleString('en')} of ${r.params.drives.toLocaleString('en')} drives at the busiest second of the run; ${hot} of them are over capacity (outlined). Over the whole run the hottest drive averaged ${fmt(s.maxDriveUtilization.value)}× its IOPS and ${fmt(100 * s.overloadedDriveFraction.value)}% of drive-seconds were over capacity.`,
    rows, cols, values, valueLabel: 'utilization', unit: '× IOPS', min: 0, max: 1, rowLabel: 'row', colLabel: 'drive',
  };
}

/** Share of drive-seconds at or above each utilization, one choice against d (see /patterns/redundancy-for-heat/). */
export function ccdfFigure(one: Result, many: Result, d: number): LineFigure {
  const red = many.params.redundancy === 'ec' ? `${many.params.ecData}-of-${many.params.ecTotal} shards` : `${many.params.replicas} replicas`;
  const pts = (r: Result) => r.summary.loadCcdf.map(([u, s]): [number, number] => [Math.round(u * 1e4) / 1e4, s]);
  const lowest = Math.min(one.summary.loadCcdf.at(-1)?.[1] ?? 1, many.summary.loadCcdf.at(-1)?.[1] ?? 1);
  return {
    kind: 'line', id: 'load-ccdf', title: 'How often a drive is this busy, with and without read choices',
    caption: `Share of drive-seconds whose load is at least a given multiple of the drive’s IOPS, on a log scale so the hot tail shows (spread placement, ${one.params.drives.toLocaleString('en')} drives). Reading a random copy, the hottest drive averages ${fmt(one.summary.maxDriveUtilization.value)}× its IOPS; reading the least loaded of ${d} (${red}) it averages ${fmt(many.summary.maxDriveUtilization.value)}×.`,
    x: { label: 'Drive load', unit: '× IOPS', scale: 'linear', domain: [0, Math.max(1.2, one.summary.loadCcdf.at(-1)?.[0] ?? 1, many.summary.loadCcdf.at(-1)?.[0] ?? 1)] },
    y: { label: 'Share of drive-seconds at or above', unit: '', scale: 'log', domain: [Math.min(1e-3, lowest), 1] },
    series: [
      { id: 'one-choice', label: one.params.redundancy === 'ec' ? `k random shards of ${red}` : 'Random copy (one choice)', style: 'line', color: 0, points: pts(one) },
      { id: 'd-choices', label: `Least loaded of ${d} (${red})`, style: 'line', color: 2, points: pts(many) },
    ],
    marker: { x: 1, label: 'capacity' },
  };
}
