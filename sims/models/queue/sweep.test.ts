import { describe, expect, it } from 'vitest';
import { mmc } from '../../theory/index.ts';
import { sweep } from './sweep.ts';

describe('queue sweep (latency hockey stick)', () => {
  it('gives simulated points near the Erlang C curve, rising with load', () => {
    const r = sweep(
      { servers: 2, customers: 20_000, warmup: 2000 },
      { utilizations: [0.3, 0.6, 0.85], curvePoints: 20 },
    );
    expect(r.theoryModel).toBe('M/M/c (Erlang C)');
    expect(r.points.map((p) => p.utilization)).toEqual([0.3, 0.6, 0.85]);
    for (const p of r.points) {
      const t = mmc(p.utilization * 2, 1, 2)!;
      expect(Math.abs(p.meanWait.value - t.meanWait)).toBeLessThan(3 * (p.meanWait.ci95 as number));
    }
    const waits = r.curve!.map((c) => c.meanWait);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(r.curve!.every((c) => c.p99Sojourn !== null)).toBe(true);
  });

  it('has no curve where no closed form exists (bursty arrivals)', () => {
    const r = sweep({ arrivalScv: 4, customers: 1000, warmup: 0 }, { utilizations: [0.5] });
    expect(r.curve).toBeNull();
    expect(r.points).toHaveLength(1);
  });
});
