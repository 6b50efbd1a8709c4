import { describe, expect, it } from 'vitest';
import { getModel, type HeatFrames } from '@field-guide/sims';
import { framesOf, gridOf, heatStep, HOTTEST, narrateHeat, STEPS, summarize } from '../../src/lib/live/heat.ts';

/** Two seconds of a four-drive grid: a tenant bursting on drive 2 in the second second. */
const tiny: HeatFrames = {
  label: 'Bucket-local placement',
  frames: 2,
  cells: 4,
  load: Float32Array.from([0.1, 0.2, 0.3, 0.4, 0.1, 0.2, 1.6, 0.4]),
  highlight: Float32Array.from([0, 0, 0, 0, 0, 0, 1.2, 0]),
  highlightLabel: 'the hottest tenant',
  cell: 'drive',
};

describe('heat live view helpers', () => {
  it('lays a grid out square-ish within the width, cells at least 3 px', () => {
    const g = gridOf(1024, 400);
    expect([g.cols, g.rows]).toEqual([32, 32]);
    expect(g.width).toBeLessThanOrEqual(400);
    expect(gridOf(1024, 50).cell + gridOf(1024, 50).gap).toBe(3);
    expect(gridOf(10, 400).rows * gridOf(10, 400).cols).toBeGreaterThanOrEqual(10);
  });

  it('maps load to colour steps from idle to the hottest', () => {
    expect(heatStep(0)).toBe(0);
    expect(heatStep(Number.NaN)).toBe(0);
    expect(heatStep(HOTTEST)).toBe(STEPS - 1);
    expect(heatStep(10)).toBe(STEPS - 1);
    expect(heatStep(0.5)).toBeLessThan(heatStep(1));
  });

  it('summarises and narrates a second: hottest drive, drives over capacity, where the tenant lands', () => {
    const quiet = summarize(tiny, 0);
    expect([quiet.over, quiet.touched, quiet.tenantPeak]).toEqual([0, 0, 0]);
    expect(quiet.hottest).toBeCloseTo(0.4, 6);
    const burst = summarize(tiny, 1.7); // a fraction of a second shows its whole second
    expect([burst.over, burst.touched]).toEqual([1, 1]);
    expect(burst.hottest).toBeCloseTo(1.6, 6);
    expect(burst.tenantPeak).toBeCloseTo(1.2, 6);
    expect(narrateHeat([tiny], 1)).toBe(
      'Second 2. Bucket-local placement: hottest drive at 160%, 1 over capacity; the hottest tenant loads 1 drive, at most 120% of one.',
    );
    expect(narrateHeat([tiny], 0)).toContain('the hottest tenant is quiet');
    expect(framesOf([tiny, { ...tiny, frames: 1 }])).toBe(1);
  });

  it('on the S3 page a tenant burst lands on a few drives with bucket-local placement and on many spread', () => {
    const view = getModel('s3-heat')!.explore!({}, { trace: 1000 });
    const [local, spread] = view.heat!;
    expect(local!.label).toMatch(/Bucket-local/);
    expect(spread!.label).toMatch(/Spread/);
    const busiest = (h: HeatFrames) => Math.max(...Array.from({ length: h.frames }, (_, f) => summarize(h, f).touched));
    expect(busiest(spread!)).toBeGreaterThan(10 * busiest(local!));
  });
});
