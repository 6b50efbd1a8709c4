import { describe, expect, it } from 'vitest';
import { mm1SojournQuantile } from '../../theory/index.ts';
import { run } from './model.ts';
import type { Params } from './params.ts';
import { presets } from './presets.ts';

/**
 * Validation against closed forms. Tolerance: 3 times the run's own 95% half-width (a miss by
 * chance is then about 0.3% per check; seeds are fixed, so the suite is deterministic).
 */
function within(value: number, ci: number | null, truth: number, k = 3): void {
  expect(ci).not.toBeNull();
  expect(Math.abs(value - truth), `sim ${value} ± ${ci} vs theory ${truth}`).toBeLessThan(k * (ci as number));
}

const preset = (id: string) => presets.find((p) => p.id === id)!.params;
const summaryOf = (p: Partial<Params>) => {
  const r = run({ seed: 42, ...p });
  if (r.summary === null) throw new Error(r.message ?? 'no summary');
  return { r, s: r.summary };
};

/** One volume, one drive, exponential service, nothing else on the path: M/M/1 in ms. */
const mm1: Partial<Params> = {
  tenants: 1,
  hosts: 1,
  drives: 1,
  spread: 1,
  device: 'exponential',
  deviceIops: 1000,
  load: 0.7,
  hostMs: 0,
  networkMs: 0,
  serverMs: 0,
  ringDepth: 0,
  isolation: 'fifo',
  noisy: 1,
  requests: 100_000,
  warmup: 10_000,
};

describe('ebs-queueing against queueing theory', () => {
  it('one volume on one exponential drive with no cap is M/M/1: mean 1/(μ − λ), sojourn quantiles of Exp(μ − λ)', () => {
    const { r, s } = summaryOf(mm1);
    const lambda = 0.7,
      mu = 1; // per ms
    within(s.mean, s.ci95.mean, 1 / (mu - lambda));
    within(r.theory.meanLatencyMs!, s.ci95.mean, s.mean); // the model's own theory agrees too
    within(s.p50, s.ci95.p50, mm1SojournQuantile(lambda, mu, 0.5)!);
    within(s.p99, s.ci95.p99, mm1SojournQuantile(lambda, mu, 0.99)!);
    within(s.throughputIops, s.ci95.throughputIops, 700);
  });

  it('hard drives behave as M/G/1 queues (Pollaczek–Khinchine mean with seek + rotation moments)', () => {
    for (const load of [0.5, 0.8]) {
      const { r, s } = summaryOf({ ...preset('hdd'), load, requests: 60_000, warmup: 5000 });
      within(s.mean, s.ci95.mean, r.theory.meanLatencyMs!);
    }
  });

  it('with the ring cap binding, throughput is Little’s law’s ring depth ÷ time in the ring', () => {
    const { r, s } = summaryOf({ ...preset('xen-ring'), requests: 30_000 });
    expect(r.stable).toBe(false); // the volumes ask for more than the ring allows
    const little = (1000 * 64) / s.meanRingMs;
    const hw = Math.hypot(s.ci95.throughputIops!, (1000 * 64 * s.ci95.meanRingMs!) / s.meanRingMs ** 2);
    expect(Math.abs(s.throughputIops - little), `${s.throughputIops} vs 64 / ${s.meanRingMs} ms`).toBeLessThan(3 * hw);
    expect(Math.abs(s.meanInRing - 64)).toBeLessThan(0.5); // the ring is full all the time
    expect(s.throughputIops).toBeLessThan(r.theory.ringCapIops!);
  });

  it('Little’s law L = λW holds for the ring in every step', () => {
    for (const p of presets) {
      const { s } = summaryOf({ ...p.params, noisy: 1, requests: 10_000 });
      const lw = (s.throughputIops / 1000) * s.meanRingMs;
      const tol =
        3 *
        Math.hypot(
          s.ci95.meanInRing!,
          (s.throughputIops / 1000) * s.ci95.meanRingMs!,
          (s.ci95.throughputIops! / 1000) * s.meanRingMs,
        );
      expect(Math.abs(s.meanInRing - lw), p.id).toBeLessThan(tol);
    }
  });

  it('fair queueing keeps the mean of a FIFO drive when volumes are alike (conservation law)', () => {
    const fifo = summaryOf({ ...preset('hdd'), load: 0.8, requests: 60_000 }).s;
    const fair = summaryOf({ ...preset('hdd'), load: 0.8, requests: 60_000, isolation: 'fair' }).s;
    expect(Math.abs(fifo.mean - fair.mean)).toBeLessThan(3 * Math.hypot(fifo.ci95.mean!, fair.ci95.mean!));
  });
});
