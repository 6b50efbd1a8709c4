import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/xoshiro128.ts';
import { batchHalfWidth } from '../../stats/batch-means.ts';
import { run } from './model.ts';
import type { Params } from './params.ts';
import { copiesOf, layout } from './placement.ts';
import { presets } from './presets.ts';
import { aggregateSeries } from './smoothing.ts';

/**
 * The story's four claims at their presets, each a difference larger than 3 × the combined 95% half-width over
 * independent seeds.
 */
const at = (id: string): Partial<Params> => presets.find((p) => p.id === id)!.params;
const SEEDS = [1, 2, 3, 4, 5, 6];

function over(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, half: batchHalfWidth(values)! };
}
function clearlyAbove(hi: number[], lo: number[]) {
  const a = over(hi),
    b = over(lo);
  expect(a.mean - b.mean, `${a.mean} ± ${a.half} vs ${b.mean} ± ${b.half}`).toBeGreaterThan(
    3 * Math.hypot(a.half, b.half),
  );
}

describe('s3-heat: the four claims at their presets', () => {
  it('1. physics: at a flat 120 IOPS, IOPS per TB falls with capacity, to 0.6 at 200 TB (about one per 2 TB)', () => {
    const r = run({ ...at('physics'), steps: 10 });
    expect(r.summary.iopsPerTb).toBeCloseTo(0.6, 12);
    expect(run({ ...at('physics'), driveTb: 4, steps: 5 }).summary.iopsPerTb).toBeCloseTo(30, 12);
    // At the same heat per stored TB, a bigger drive is proportionally busier.
    const s = r.summary.meanUtilization;
    expect(Math.abs(s.value - r.summary.meanUtilizationTheory)).toBeLessThanOrEqual(3 * (s.ci95 ?? 0) + 1e-9);
    expect(run({ ...at('physics'), driveTb: 100, steps: 5 }).summary.meanUtilizationTheory).toBeCloseTo(
      r.summary.meanUtilizationTheory / 2,
      12,
    );
  });

  it('2. smoothing: one tenant swings by its mean, 10,000 together by about 1%', () => {
    const p = { ...run({ ...at('smoothing'), steps: 5 }).params };
    // One tenant's CV over a run varies a lot (heavy-tailed bursts), so average 24 runs of it.
    const one = Array.from({ length: 24 }, (_, s) => aggregateSeries(p, 1, 400, s + 1).cv);
    const many = SEEDS.map((s) => aggregateSeries(p, 10_000, 100, s).cv);
    clearlyAbove(
      one,
      many.map((c) => 30 * c),
    ); // at least 30× smoother (theory: 100× / √(1 + CV² of heat))
  });

  it('3. spread: bucket-local placement melts drives that spread placement keeps cool', () => {
    // Paired by seed (same tenants, same bursts), 12 seeds of 80 seconds: the hottest bucket-local
    // drive varies a lot from seed to seed, as the hottest tenant does.
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const spread = seeds.map((seed) => run({ ...at('spread'), steps: 80, seed }).summary);
    const local = seeds.map((seed) => run({ ...at('spread'), placement: 'bucket-local', steps: 80, seed }).summary);
    const diff = (f: (s: (typeof spread)[number]) => number) => over(local.map((s, i) => f(s) - f(spread[i]!)));
    // The hottest drive on a log scale (its seed-to-seed spread is multiplicative).
    for (const d of [diff((s) => Math.log(s.maxDriveUtilization.value)), diff((s) => s.overloadedDriveFraction.value)])
      expect(d.mean).toBeGreaterThan(3 * d.half);
    expect(over(local.map((s) => s.maxDriveUtilization.value)).mean).toBeGreaterThan(2);
    // A spread bucket touches ~64 drives, a bucket-local one its 4.
    const touched = (pl: Params['placement']) => {
      const l = layout(pl, 1024, 1000, 66, 1, 4, createRng(1).nextUint32());
      const out = new Int32Array(1),
        seen = new Set<number>();
      for (let o = 0; o < 66; o++) {
        copiesOf(l, 0, o, out);
        seen.add(out[0]!);
      }
      return seen.size;
    };
    expect(touched('spread')).toBeGreaterThan(55);
    expect(touched('bucket-local')).toBe(4);
  }, 30_000);

  it('4. redundancy: reading the less loaded of two replicas cuts the hottest drive sharply', () => {
    const random = SEEDS.map((seed) => run({ ...at('redundancy'), readChoices: 1, seed }).summary);
    const two = SEEDS.map((seed) => run({ ...at('redundancy'), seed }).summary);
    clearlyAbove(
      random.map((s) => s.maxDriveUtilization.value),
      two.map((s) => s.maxDriveUtilization.value),
    );
    clearlyAbove(
      random.map((s) => s.overloadedDriveFraction.value),
      two.map((s) => s.overloadedDriveFraction.value),
    );
    expect(over(two.map((s) => s.maxDriveUtilization.value)).mean).toBeLessThan(1);
    // Erasure coding 5 of 9, reading the 5 least loaded of 6, beats 5 random shards too.
    const ec1 = SEEDS.slice(0, 4).map(
      (seed) =>
        run({ ...at('redundancy'), redundancy: 'ec', readChoices: 1, steps: 20, seed }).summary.maxDriveUtilization
          .value,
    );
    const ec2 = SEEDS.slice(0, 4).map(
      (seed) =>
        run({ ...at('redundancy'), redundancy: 'ec', readChoices: 2, steps: 20, seed }).summary.maxDriveUtilization
          .value,
    );
    clearlyAbove(ec1, ec2);
  }, 30_000);
});
