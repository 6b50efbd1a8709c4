import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mg1, mm1SojournQuantile, mmc, mmcSojournQuantile, mmcSojournTail } from './index.ts';

describe('queueing theory', () => {
  it('Erlang B and C match hand-computed values', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12); // one server: P(wait) = ρ
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12); // c = 2, a = 1: C = a²/(2(2 − a)) / (1 + a + a²/(2(2 − a)))
    expect(erlangC(3, 3)).toBe(1);
  });

  it('M/M/1 is the c = 1 case of M/M/c and of Pollaczek–Khinchine', () => {
    const a = mmc(0.8, 1, 1)!,
      b = mg1(0.8, 1, 1)!;
    expect(a.meanWait).toBeCloseTo(4, 12); // ρ/(μ − λ)
    expect(b.meanWait).toBeCloseTo(4, 12);
    expect(a.meanInSystem).toBeCloseTo(4, 12); // ρ/(1 − ρ)
  });

  it('M/D/1 waits half as long as M/M/1 (P-K with SCV 0)', () => {
    expect(mg1(0.8, 1, 0)!.meanWait).toBeCloseTo(2, 12);
  });

  it('the M/M/c sojourn tail reduces to the M/M/1 exponential and inverts to its quantile', () => {
    expect(mmcSojournTail(0.5, 1, 1, 2)).toBeCloseTo(Math.exp(-1), 12);
    expect(mmcSojournQuantile(0.9, 1, 1, 0.99)).toBeCloseTo(mm1SojournQuantile(0.9, 1, 0.99)!, 9);
    const p99 = mmcSojournQuantile(3.2, 1, 4, 0.99)!;
    expect(mmcSojournTail(3.2, 1, 4, p99)).toBeCloseTo(0.01, 9);
  });

  it('returns null at or above capacity', () => {
    expect(mmc(4, 1, 4)).toBeNull();
    expect(mg1(1, 1, 1)).toBeNull();
    expect(mmcSojournQuantile(5, 1, 4, 0.5)).toBeNull();
  });
});
