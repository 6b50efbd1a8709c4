import { csvFormatRows } from 'd3-dsv';
import type { Figure } from './types.ts';

/** A figure's data as rows and columns: the chart's text alternative and its CSV download. */
export interface Table {
  columns: string[];
  rows: (number | string | null)[][];
}

const unitOf = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

/**
 * The table shown beside a figure as its text alternative: the data itself for lines and
 * histograms, and for a heatmap one row per grid row (mean, highest, cells at or above the
 * colour scale's top), since a table of every cell is too long to read (its CSV has every cell).
 */
export function figureTable(f: Figure): Table {
  if (f.kind !== 'heatmap') return figureData(f);
  const value = unitOf(f.valueLabel, f.unit);
  const rows: Table['rows'] = [];
  for (let r = 0; r < f.rows; r++) {
    const cells = f.values.slice(r * f.cols, (r + 1) * f.cols);
    if (cells.length === 0) break;
    const mean = cells.reduce((a, b) => a + b, 0) / cells.length;
    rows.push([
      r,
      `${r * f.cols}–${r * f.cols + cells.length - 1}`,
      mean,
      Math.max(...cells),
      cells.filter((v) => v >= f.max).length,
    ]);
  }
  return {
    columns: [f.rowLabel, `${f.colLabel}s`, `mean ${value}`, `highest ${value}`, `${f.colLabel}s at or above ${f.max}`],
    rows,
  };
}

/** The data behind a figure, one row per point, bin or cell: its CSV download. */
export function figureData(f: Figure): Table {
  switch (f.kind) {
    case 'line': {
      const columns = [unitOf(f.x.label, f.x.unit)];
      const xs = [...new Set(f.series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
      const lookups = f.series.map((s) => new Map(s.points.map(([x, y], i) => [x, { y, ci: s.ci?.[i] ?? null }])));
      f.series.forEach((s) => {
        columns.push(unitOf(s.label, f.y.unit));
        if (s.ci) columns.push(`${s.label}: 95% ±`);
      });
      const rows = xs.map((x) => [
        x,
        ...f.series.flatMap((s, i) => {
          const v = lookups[i]!.get(x);
          return s.ci ? [v?.y ?? null, v?.ci ?? null] : [v?.y ?? null];
        }),
      ]);
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
  let total = 0,
    below = 0;
  counts.forEach((c, i) => {
    total += c;
    if (i <= upto) below += c;
  });
  return total > 0 ? below / total : 0;
}

/** RFC 4180 CSV text of rows: the one CSV writer of the project (figures' tables and the CLI). */
export function csvText(rows: readonly (readonly (number | string | null)[])[]): string {
  // d3-dsv quotes a cell holding a comma, a quote, \n or \r, and writes null as an empty cell.
  return `${csvFormatRows(rows.map((r) => r.map((v) => (v === null ? null : String(v)))) as string[][])}\n`;
}

/** RFC 4180 CSV text of a table. */
export function toCsv(t: Table): string {
  return csvText([t.columns, ...t.rows]);
}
