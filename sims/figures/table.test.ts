import { describe, expect, it } from 'vitest';
import { resultCsv } from '../cli-csv.ts';
import { csvText, figureData, figureTable, toCsv } from './table.ts';
import type { HeatmapFigure } from './types.ts';

const heat: HeatmapFigure = {
  kind: 'heatmap',
  id: 'h',
  title: 'Load',
  caption: '',
  rows: 2,
  cols: 3,
  values: [0.1, 0.5, 1.2, 0.3, 0.3, 0.3],
  valueLabel: 'utilization',
  unit: '× IOPS',
  min: 0,
  max: 1,
  rowLabel: 'row',
  colLabel: 'drive',
};

describe('figure tables', () => {
  it('a heatmap shows one row per grid row; its CSV keeps every cell', () => {
    const t = figureTable(heat);
    expect(t.columns).toEqual([
      'row',
      'drives',
      'mean utilization (× IOPS)',
      'highest utilization (× IOPS)',
      'drives at or above 1',
    ]);
    expect(t.rows[0]).toEqual([0, '0–2', expect.closeTo(0.6, 12), 1.2, 1]);
    expect(t.rows[1]).toEqual([1, '3–5', expect.closeTo(0.3, 12), 0.3, 0]);
    const all = figureData(heat);
    expect(all.rows).toHaveLength(6);
    expect(toCsv(all).split('\n')[3]).toBe('0,2,1.2');
  });

  it('quotes a cell with a comma, a quote, a line feed or a carriage return, in tables and CLI output alike', () => {
    expect(csvText([['a,b', 'say "hi"', 'x\ny', 'x\ry', 'plain', null, 1.5]])).toBe(
      '"a,b","say ""hi""","x\ny","x\ry",plain,,1.5\n',
    );
    expect(resultCsv({ label: 'p99\r\nwait', n: 2 })).toBe('key,value\nlabel,"p99\r\nwait"\nn,2\n');
  });
});
