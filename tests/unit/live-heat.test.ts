import { describe, expect, it } from 'vitest';
import { getModel, type HeatFrames } from '@field-guide/sims';
import {
  framesOf,
  gridOf,
  heatStep,
  HOTTEST,
  narrateHeat,
  narrateRead,
  readMarks,
  readsAt,
  STEPS,
  summarize,
} from '../../src/lib/live/heat.ts';

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

  /** The tiny grid with reads that choose: second 1 one read of 2 of 3 copies; second 2 two reads. */
  const choosing: HeatFrames = {
    ...tiny,
    label: 'Spread placement',
    reads: {
      perFrame: 2,
      candidates: 2,
      taken: 1,
      copies: 3,
      copyNoun: 'copy',
      count: Uint8Array.from([1, 2]),
      client: Int32Array.from([7, 0, 3, 5]),
      object: Int32Array.from([12, 0, 4, 9]),
      cell: Int32Array.from([1, 3, 0, 0, 2, 0, 2, 3]),
      load: Float32Array.from([0.4, 0.9, 0, 0, 0.25, 0.25, 0.5, 1.2]),
    },
  };

  it('reads the recorded read choices of a second: taken first, then the cells passed over', () => {
    expect(readsAt(tiny, 0)).toEqual([]);
    const [r] = readsAt(choosing, 0.5);
    expect(r).toMatchObject({ client: 7, object: 12, copies: 3, copyNoun: 'copy' });
    expect(r!.taken.map((l) => l.cell)).toEqual([1]);
    expect(r!.passed.map((l) => l.cell)).toEqual([3]);
    expect(r!.taken[0]!.load).toBeCloseTo(0.4, 6);
    expect(readsAt(choosing, 1)).toHaveLength(2);
    // A cell taken by one read and passed over by another is marked taken.
    expect(readMarks(choosing, 1)).toEqual({ taken: [2], passed: [0, 3] });
    expect(readMarks(tiny, 1)).toEqual({ taken: [], passed: [] });
  });

  it('narrates a read: its copies, how many it compared, the drive taken and the loads it compared', () => {
    expect(narrateRead(readsAt(choosing, 0)[0]!)).toBe(
      'tenant 7’s object 12 has 3 copies, 2 compared; it took drive 1 (load 40% of its IOPS) over drive 3 (90%)',
    );
    expect(narrateRead(readsAt(choosing, 1)[0]!)).toMatch(
      /took drive 2 \(load 25% of its IOPS\) over drive 0 \(25%\), a tie/,
    );
    const all = {
      ...readsAt(choosing, 0)[0]!,
      passed: [
        { cell: 12, load: 0.9 },
        { cell: 300, load: 0.7 },
      ],
    };
    expect(narrateRead(all)).toBe(
      'tenant 7’s object 12 has 3 copies; it took drive 1 (load 40% of its IOPS) over drives 12 (90%) and 300 (70%)',
    );
    const ec = {
      client: 2,
      object: 5,
      copies: 9,
      copyNoun: 'shard',
      taken: [
        { cell: 4, load: 0.1 },
        { cell: 8, load: 0.2 },
        { cell: 9, load: 0.3 },
      ],
      passed: [{ cell: 1, load: 0.8 }],
    };
    expect(narrateRead(ec)).toBe(
      'tenant 2’s object 5 has 9 shards, 4 compared; it took the 3 least loaded, drives 4 (load 10% of its IOPS), 8 (20%) and 9 (30%) over drive 1 (80%)',
    );
    // The second's sentence ends with the last read of the last grid that made one.
    expect(narrateHeat([tiny, choosing], 1)).toMatch(
      /Spread placement: hottest drive .+\. A read under spread placement: tenant 5’s object 9 has 3 copies, 2 compared; it took drive 2 \(load 50% of its IOPS\) over drive 3 \(120%\)\.$/,
    );
  });

  it('on the S3 page the redundancy step records read choices in both grids and narrates one', () => {
    const model = getModel('s3-heat')!;
    const step = model.presets.find((p) => p.id === 'redundancy')!;
    const view = model.explore!(step.params, { trace: 1000 });
    for (const h of view.heat!) {
      const reads = readsAt(h, 5);
      expect(reads.length).toBeGreaterThan(0);
      for (const r of reads) {
        expect(r.taken).toHaveLength(1);
        expect(r.passed).toHaveLength(1); // the less loaded of two of three copies
        expect(r.taken[0]!.load).toBeLessThanOrEqual(r.passed[0]!.load);
      }
    }
    expect(narrateHeat(view.heat!, 5)).toMatch(
      /A read under spread placement: tenant \d+’s object \d+ has 3 copies, 2 compared; it took drive \d+/,
    );
  });
});
