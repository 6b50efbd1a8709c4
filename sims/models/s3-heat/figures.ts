import { grouped, significant } from '../../figures/format.ts';
import type { HeatmapFigure, LineFigure, Series } from '../../figures/types.ts';
import type { Estimate } from '../../stats/batch-means.ts';
import type { Result } from './model.ts';
import type { Params } from './params.ts';
import type { SmoothingCurve } from './smoothing.ts';
import { iopsPerTb } from './theory.ts';

/** Capacities for the IOPS-per-TB curve, from a few TB to past the 200 TB roadmap. */
const CAPACITIES = [1, 2, 4, 8, 12, 16, 20, 30, 50, 75, 100, 150, 200, 300, 400];

/** Two significant figures, as decimals (0.0084, not 8.4e-3): captions are read, not parsed. */
const fmt = (x: number) => (x === 0 ? '0' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : significant(x, 2));

/** IOPS per TB of a full drive against its capacity, at the reader's drive IOPS (see /concepts/hard-drive-physics/). */
export function iopsFigure(p: Params): LineFigure {
  return {
    kind: 'line',
    id: 'iops-per-tb',
    title: 'IOPS per terabyte as drives grow',
    caption: `A drive serves about ${p.driveIops} IOPS whatever its size, so each stored terabyte gets ${p.driveIops} ÷ capacity: ${fmt(iopsPerTb(p.driveIops, 4))} at 4 TB, ${fmt(iopsPerTb(p.driveIops, 20))} at 20 TB, ${fmt(iopsPerTb(p.driveIops, 200))} at 200 TB. The dashed line is the keynote’s rounded figure, one IOPS per 2 TB.`,
    x: { label: 'Drive capacity', unit: 'TB', scale: 'log', domain: [1, 400] },
    y: { label: 'IOPS per TB', unit: 'IOPS/TB', scale: 'log' },
    series: [
      {
        id: 'iops-per-tb',
        label: `${p.driveIops} IOPS ÷ capacity`,
        style: 'line',
        color: 0,
        points: CAPACITIES.map((c) => [c, iopsPerTb(p.driveIops, c)]),
      },
      {
        id: 'keynote',
        label: 'One IOPS per 2 TB (keynote, at 200 TB)',
        style: 'dashed',
        color: 1,
        points: [
          [1, 0.5],
          [400, 0.5],
        ],
      },
    ],
    marker: { x: p.driveTb, label: `your drive, ${p.driveTb} TB: ${fmt(iopsPerTb(p.driveIops, p.driveTb))} IOPS/TB` },
  };
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const plural = (n: number) => `${grouped(n)} tenant${n === 1 ? '' : 's'}`;
/** A CV with its 95% half-width, both to two significant figures. */
const pm = (e: Estimate) => `${fmt(e.value)}${e.ci95 === null ? '' : ` ± ${e.ci95 === 0 ? '0' : fmt(e.ci95)}`}`;

/**
 * Total demand over time for 1, 100 and 10,000 alike tenants, each divided by its mean, with the
 * CVs measured over many independent groups (see /concepts/aggregate-demand-smoothing/).
 */
export function aggregateFigure(curves: readonly SmoothingCurve[]): LineFigure {
  const first = curves[0]!,
    crowd = curves.at(-1)!,
    steps = first.values.length;
  const series: Series[] = curves.map((c, i) => ({
    id: `tenants-${c.tenants}`,
    label: `${plural(c.tenants)} (CV ${fmt(c.cv.value)})`,
    style: 'line',
    color: i,
    points: Array.from(c.values, (v, s): [number, number] => [s + 1, Math.round(v * 1e4) / 1e4]),
  }));
  const cvs = curves.map((c) => `${pm(c.cv)} for ${plural(c.tenants)}`).join(', ');
  const theory = curves.map((c) => fmt(c.cvTheory)).join(', ');
  return {
    kind: 'line',
    id: 'aggregate-demand',
    title: `Total demand of ${list(curves.map((c) => grouped(c.tenants)))} bursty tenants`,
    caption:
      first.cvTheory === 0
        ? 'Every tenant asks for the same load every second, so each total stays exactly at its mean: a coefficient of ' +
          'variation (CV) of 0 for any number of tenants.'
        : 'Demand each second divided by its long-run mean, for the first tenant, the first hundred and the first ' +
          'ten thousand of a crowd of alike tenants, each idle or bursting. One run this short says little about the ' +
          'coefficient of variation (CV): a single burst can last most of it. So the CV is measured over ' +
          `${crowd.groups} independent crowds of ${grouped(crowd.tenants)}, ${first.steps} seconds each, ` +
          `cut into groups: ${cvs} (95% intervals; steady-state theory ${theory}). ` +
          'A hundred times more tenants, ten times smaller.',
    x: { label: 'Time', unit: 's', scale: 'linear', domain: [1, steps] },
    y: { label: 'Demand ÷ mean', unit: '', scale: 'linear', domain: [0, Math.max(2.5, ...first.values)] },
    series,
  };
}

/** Each total's measured CV with its 95% interval, against 1/√N (see /concepts/aggregate-demand-smoothing/). */
export function smoothingCvFigure(curves: readonly SmoothingCurve[]): LineFigure {
  const first = curves[0]!,
    hi = curves.at(-1)!.tenants;
  const cv1 = first.cvTheory * Math.sqrt(first.tenants),
    bursty = cv1 > 0;
  const law: [number, number][] = [];
  for (let x = first.tenants; x <= hi; x *= 10) law.push([x, cv1 / Math.sqrt(x)]);
  const label = 'Coefficient of variation',
    lawLabel = bursty ? `Theory, ${fmt(cv1)} ÷ √N` : 'Theory';
  return {
    kind: 'line',
    id: 'smoothing-cv',
    title: 'Burstiness of the total against the number of tenants',
    caption: bursty
      ? 'Coefficient of variation of the total demand of N alike tenants, measured (with 95% intervals) and from ' +
        `theory, ${fmt(cv1)} ÷ √N: ${curves.map((c) => `${plural(c.tenants)} ${pm(c.cv)}`).join(', ')}. ` +
        `From one to a hundred the total is ${fmt(first.cv.value / curves[1]!.cv.value)} times smoother ` +
        `(theory ${fmt(Math.sqrt(curves[1]!.tenants / first.tenants))}).`
      : 'Every tenant asks for the same load every second, so the total never varies: its coefficient of variation ' +
        'is 0 for any number of tenants.',
    x: { label: 'Tenants', unit: '', scale: 'log', domain: [first.tenants, hi] },
    y: bursty ? { label, unit: '', scale: 'log' } : { label, unit: '', scale: 'linear', domain: [0, 1] },
    series: [
      {
        id: 'measured',
        label: 'Measured',
        style: 'points',
        color: 0,
        points: curves.map((c) => [c.tenants, c.cv.value]),
        ci: curves.map((c) => c.cv.ci95),
      },
      { id: 'theory', label: lawLabel, style: 'dashed', color: 1, points: law },
    ],
  };
}

/** The first drives' utilization at the busiest second, as a grid (see /patterns/data-placement-spreading/). */
export function heatmapFigure(r: Result, placement: Params['placement']): HeatmapFigure {
  const cols = Math.min(32, r.snapshot.length);
  const rows = Math.floor(r.snapshot.length / cols);
  const values = r.snapshot.slice(0, rows * cols);
  const hot = values.filter((v) => v > 1).length;
  const s = r.summary;
  const what =
    placement === 'spread'
      ? 'Spread: every object’s copies sit on their own random drives, so each drive holds a thin slice of many buckets.'
      : `Bucket-local: each bucket lives on a group of ${r.groupSize} neighbouring drives, shared with the other buckets of its group.`;
  return {
    kind: 'heatmap',
    id: `heatmap-${placement}`,
    title: `Drive load, ${placement === 'spread' ? 'spread' : 'bucket-local'} placement`,
    caption: `${what} The grid is ${grouped(rows * cols)} of ${grouped(r.params.drives)} drives at the busiest second of the run; ${hot} of them are over capacity (outlined). Over the whole run the hottest drive averaged ${fmt(s.maxDriveUtilization.value)}× its IOPS and ${fmt(100 * s.overloadedDriveFraction.value)}% of drive-seconds were over capacity.`,
    rows,
    cols,
    values,
    valueLabel: 'utilization',
    unit: '× IOPS',
    min: 0,
    max: 1,
    rowLabel: 'row',
    colLabel: 'drive',
  };
}

/** Share of drive-seconds at or above each utilization, one choice against d (see /patterns/redundancy-for-heat/). */
export function ccdfFigure(one: Result, many: Result, d: number): LineFigure {
  const red =
    many.params.redundancy === 'ec'
      ? `${many.params.ecData}-of-${many.params.ecTotal} shards`
      : `${many.params.replicas} replicas`;
  const pts = (r: Result) => r.summary.loadCcdf.map(([u, s]): [number, number] => [Math.round(u * 1e4) / 1e4, s]);
  const lowest = Math.min(one.summary.loadCcdf.at(-1)?.[1] ?? 1, many.summary.loadCcdf.at(-1)?.[1] ?? 1);
  return {
    kind: 'line',
    id: 'load-ccdf',
    title: 'How often a drive is this busy, with and without read choices',
    caption: `Share of drive-seconds whose load is at least a given multiple of the drive’s IOPS, on a log scale so the hot tail shows (spread placement, ${grouped(one.params.drives)} drives). Reading a random copy, the hottest drive averages ${fmt(one.summary.maxDriveUtilization.value)}× its IOPS; reading the least loaded of ${d} (${red}) it averages ${fmt(many.summary.maxDriveUtilization.value)}×.`,
    x: {
      label: 'Drive load',
      unit: '× IOPS',
      scale: 'linear',
      domain: [0, Math.max(1.2, one.summary.loadCcdf.at(-1)?.[0] ?? 1, many.summary.loadCcdf.at(-1)?.[0] ?? 1)],
    },
    y: { label: 'Share of drive-seconds at or above', unit: '', scale: 'log', domain: [Math.min(1e-3, lowest), 1] },
    series: [
      {
        id: 'one-choice',
        label: one.params.redundancy === 'ec' ? `k random shards of ${red}` : 'Random copy (one choice)',
        style: 'line',
        color: 0,
        points: pts(one),
      },
      { id: 'd-choices', label: `Least loaded of ${d} (${red})`, style: 'line', color: 2, points: pts(many) },
    ],
    marker: { x: 1, label: 'capacity' },
  };
}
