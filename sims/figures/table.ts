import type { Figure } from './types.ts';

/** A figure's data as rows and columns: the chart's text alternative and its CSV download. */
export interface Table {
  columns: string[];
  rows: (number | string | null)[][];
}

const unitOf = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

/** The data behind a figure, one row per point, bin or cell. */
export function figureTable(f: Figure): Table {
  switch (f.kind) {
    case 'line': {
      const columns = [unitOf(f.x.label, f.x.unit)];
      const xs = [...new Set(f.series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
      const lookups = f.series.map((s) => new Map(s.points.map(([x, y], i) => [x, { y, ci: s.ci?.[i] ?? null }])));
      f.series.forEach((s) => {
        columns.push(unitOf(s.label, f.y.unit));
        if (s.ci) columns.push(`${s.label}: 95% ±`);
      });
      const rows = xs.map((x) => [x, ...f.series.flatMap((s, i) => {
        const v = lookups[i]!.get(x);
        return s.ci ? [v?.y ?? null, v?.ci ?? null] : [v?.y ?? null];
      })]);
      return { columns, rows };
    }
    case 'histogram':
      return {
        columns: [`from (${f.x.unit})`, `to (${f.x.unit})`, 'count', 'cumulative share'],
        rows: f.counts.map((c, i) => [f.edges[i]!, f.edges[i + 1]!, c, cumulative(f.counts, i)]),
      };
    case 'heatmap':
      return {
        columns: [f.rowLabel, f.colLabel, unitOf(f.valueLabel, f.unit)],
        rows: f.values.map((v, i) => [Math.floor(i / f.cols), i % f.cols, v]),
      };
  }
}

function cumulative(counts: number[], upto: number): number {
  let total = 0, below = 0;
  counts.forEach((c, i) => { total += c; if (i <= upto) below += c; });
  return total > 0 ? below / total : 0;
}

/** RFC 4180 CSV text of a table. */
export function toCsv(t: Table): string {
  const cell = (v: number | string | null) => (v === null ? '' : typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [t.columns, ...t.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
