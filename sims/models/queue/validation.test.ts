import { describe, expect, it } from 'vitest';
import type { Estimate } from '../../stats/batch-means.ts';
import { mg1, mm1SojournQuantile, mmc, mmcSojournQuantile } from '../../theory/index.ts';
import { run } from './model.ts';
import type { Params } from './params.ts';

/**
 * Validation against closed forms. Tolerance: the run's own 95% half-width, times 3 (a miss by
 * chance is then about 0.3% per check; seeds are fixed so the suite is deterministic).
 */
function within(e: Estimate, truth: number, k = 3): void {
  expect(e.ci95).not.toBeNull();
  expect(Math.abs(e.value - truth), `sim ${e.value} ± ${e.ci95} vs theory ${truth}`).toBeLessThan(
    k * (e.ci95 as number),
  );
}

function summary(p: Partial<Params>) {
  const r = run({ warmup: 10_000, seed: 42, ...p });
  if (r.summary === null) throw new Error(r.message ?? 'no summary');
  return r.summary;
}

describe('queue against queueing theory', () => {
  it('M/M/1: mean wait, probability of waiting and sojourn percentiles (Exp(μ − λ))', () => {
    const s = summary({ arrivalRate: 0.7, serviceRate: 1, customers: 100_000 });
    const t = mmc(0.7, 1, 1)!;
    within(s.meanWait, t.meanWait);
    within(s.meanSojourn, t.meanSojourn);
    within(s.probWait, 0.7);
    within(s.utilization, 0.7);
    for (const [k, q] of [
      ['p50', 0.5],
      ['p90', 0.9],
      ['p99', 0.99],
      ['p999', 0.999],
    ] as const) {
      within(s.sojournPercentiles[k], mm1SojournQuantile(0.7, 1, q)!);
    }
  });

  it('M/M/c: Erlang C probability of waiting, mean wait and p99 sojourn', () => {
    const s = summary({ arrivalRate: 3.2, serviceRate: 1, servers: 4, customers: 100_000 });
    const t = mmc(3.2, 1, 4)!;
    within(s.probWait, t.probWait);
    within(s.meanWait, t.meanWait);
    within(s.meanInSystem, t.meanInSystem);
    within(s.sojournPercentiles.p99, mmcSojournQuantile(3.2, 1, 4, 0.99)!);
  });

  it('M/D/1: Pollaczek–Khinchine with SCV 0', () => {
    const s = summary({ arrivalRate: 0.8, serviceDist: 'deterministic', customers: 100_000 });
    within(s.meanWait, mg1(0.8, 1, 0)!.meanWait);
  });

  it('M/G/1: Pollaczek–Khinchine with hyperexponential service (SCV 3) and Erlang service (SCV 0.5)', () => {
    within(
      summary({ arrivalRate: 0.6, serviceDist: 'scv', serviceScv: 3, customers: 200_000 }).meanWait,
      mg1(0.6, 1, 3)!.meanWait,
    );
    within(
      summary({ arrivalRate: 0.8, serviceDist: 'scv', serviceScv: 0.5, customers: 100_000 }).meanWait,
      mg1(0.8, 1, 0.5)!.meanWait,
    );
  });

  it('M/G/1: Pollaczek–Khinchine with lognormal service (SCV 2)', () => {
    within(
      summary({ arrivalRate: 0.6, serviceDist: 'lognormal', serviceScv: 2, customers: 200_000 }).meanWait,
      mg1(0.6, 1, 2)!.meanWait,
    );
  });

  it('a line per teller: each line is an M/M/1 with λ/c (random routing splits Poisson arrivals)', () => {
    const s = summary({ arrivalRate: 3.2, servers: 4, discipline: 'per-server', customers: 100_000 });
    const perLine = mmc(0.8, 1, 1)!;
    within(s.meanWait, perLine.meanWait);
    within(s.probWait, 0.8);
    // The bank-teller story: one shared line waits far less at the same load.
    const shared = summary({ arrivalRate: 3.2, servers: 4, discipline: 'shared', customers: 100_000 });
    expect(shared.meanWait.value * 3).toBeLessThan(s.meanWait.value);
  });

  it('Little’s law L = λW holds within the intervals on every kind of run', () => {
    const runs: Partial<Params>[] = [
      { arrivalRate: 0.9 },
      { arrivalRate: 3.2, servers: 4 },
      { arrivalRate: 3.2, servers: 4, discipline: 'per-server' },
      { arrivalRate: 0.5, serviceDist: 'pareto', paretoShape: 1.5 },
      { arrivalRate: 6, servers: 8, arrivalScv: 4, serviceDist: 'lognormal', serviceScv: 0.5 },
      { arrivalRate: 0.8, arrivalScv: 0, serviceDist: 'deterministic' },
    ];
    for (const p of runs) {
      const s = summary({ customers: 30_000, ...p });
      const lw = s.throughput.value * s.meanSojourn.value;
      const tol = 3 * Math.hypot(s.meanInSystem.ci95 as number, s.throughput.value * (s.meanSojourn.ci95 as number));
      expect(Math.abs(s.meanInSystem.value - lw), JSON.stringify(p)).toBeLessThan(tol);
    }
  });
});
