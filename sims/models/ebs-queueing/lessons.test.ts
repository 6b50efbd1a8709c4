import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { presets } from './presets.ts';

/**
 * Each EBS step asks a question before it shows; its answer must be what the reader measures at
 * the step's preset, whatever seed they pick. Ratios are put on the right side of the geometric
 * midpoints between the choices.
 */
const preset = (id: string) => presets.find((p) => p.id === id)!;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const at = (p: Record<string, unknown>) => {
  const r = run(p);
  if (!r.summary) throw new Error(r.message ?? 'no summary');
  return r.summary;
};

describe('the EBS lessons hold at every seed', { timeout: 120_000 }, () => {
  it('every step asks a question and shows at most three controls', () => {
    for (const p of presets) {
      expect(p.question, p.id).toBeDefined();
      expect(p.controls!.length).toBeGreaterThan(0);
      expect(p.controls!.length).toBeLessThanOrEqual(3);
    }
  });

  it('1. hard drives at half load: p99 is about 3× p50', () => {
    for (const seed of SEEDS) {
      const s = at({ ...preset('hdd').params, seed });
      expect(s.p99 / s.p50, `seed ${seed}`).toBeGreaterThan(Math.sqrt(1.5 * 3));
    }
  });

  it('2. a 25× burst multiplies the other volumes’ p99 ten times or more', () => {
    const p = preset('noisy-neighbour').params;
    for (const seed of SEEDS) {
      const ratio = at({ ...p, seed }).victimP99! / at({ ...p, noisy: 1, seed }).victimP99!;
      expect(ratio, `seed ${seed}`).toBeGreaterThan(Math.sqrt(2 * 10));
    }
  });

  it('2b. at the same step, Provisioned IOPS protects the other volumes (intervals apart)', () => {
    const p = preset('noisy-neighbour').params;
    for (const seed of SEEDS) {
      const fifo = at({ ...p, seed }),
        limited = at({ ...p, isolation: 'provisioned', seed });
      const gap = fifo.victimP99! - 2 * limited.victimP99!;
      expect(
        gap,
        `seed ${seed}: FIFO ${fifo.victimP99} ± ${fifo.ci95.victimP99}, provisioned ${limited.victimP99} ± ${limited.ci95.victimP99}`,
      ).toBeGreaterThan(3 * Math.hypot(fifo.ci95.victimP99!, 2 * limited.ci95.victimP99!));
    }
    // and the default rate binds: no note that it cannot
    expect(run({ ...p, isolation: 'provisioned' }).notes.join(' ')).not.toMatch(/never binds/);
    expect(run({ ...p, isolation: 'provisioned', provisionedIops: 500 }).notes.join(' ')).toMatch(
      /provisionedIops: 500 IOPS per volume is at or above the 120 IOPS its drive serves, so the limit never binds/,
    );
  });

  it('3. with Provisioned IOPS on SSDs an 8× burst leaves the others’ p99 about the same', () => {
    const p = preset('ssd-piops').params;
    for (const seed of SEEDS) {
      const ratio = at({ ...p, seed }).victimP99! / at({ ...p, noisy: 1, seed }).victimP99!;
      expect(ratio, `seed ${seed}`).toBeLessThan(1.3);
    }
  });

  it('4. the 64-IO ring stalls throughput well below the demand', () => {
    const p = preset('xen-ring').params;
    for (const seed of SEEDS) {
      const r = run({ ...p, seed });
      expect(r.summary!.throughputIops / r.theory.offeredIops, `seed ${seed}`).toBeLessThan(0.8);
    }
  });

  it('5. Nitro: p99 under a millisecond', () => {
    for (const seed of SEEDS) expect(at({ ...preset('nitro').params, seed }).p99, `seed ${seed}`).toBeLessThan(1);
  });
});
