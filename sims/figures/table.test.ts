import { describe, expect, it } from 'vitest';
import { figureData, figureTable, toCsv } from './table.ts';
import type { HeatmapFigure } from './types.ts';

const heat: HeatmapFigure = {
  kind: 'heatmap', id: 'h', title: 'Load', caption: '', rows: 2, cols: 3, values: [0.1, 0.5, 1.2, 0.3, 0.3, 0.3],
  valueLabel: 'utilization', unit: '× IOPS', min: 0, max: 1, rowLabel: 'row', colLabel: 'drive',
};

describe('figure tables', () => {
  it('a heatmap shows one row per grid row; its CSV keeps every cell', () => {
    const t = figureTable(heat);
    expect(t.columns).toEqual(['row', 'drives', 'mean utilization (× IOPS)', 'highest utilization (× IOPS)', 'drives at or above 1']);
    expect(t.rows[0]).toEqual([0, '0–2', expect.closeTo(0.6, 12), 1.2, 1]);
    expect(t.rows[1]).toEqual([1, '3–5', expect.closeTo(0.3, 12), 0.3, 0]);
    const all = figureData(heat);
    expect(all.rows).toHaveLength(6);
    expect(toCsv(all).split('\n')[3]).toBe('0,2,1.2');
  });
});
