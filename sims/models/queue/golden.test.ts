import { describe, expect, it } from 'vitest';
import { run } from './model.ts';

const r4 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 1e4) / 1e4);

describe('queue golden run', () => {
  it('M/M/4 at ρ = 0.8, seed 1, 20,000 customers', () => {
    const s = run({ servers: 4, arrivalRate: 3.2, customers: 20_000, warmup: 2000, seed: 1 }).summary!;
    // Snapshot, not truth: it pins the exact stream of random numbers and the event order, so any
    // change to either shows up here. Regenerate in a commit of its own and read the diff.
    expect({
      meanWait: r4(s.meanWait.value),
      meanWaitCi: r4(s.meanWait.ci95),
      probWait: r4(s.probWait.value),
      utilization: r4(s.utilization.value),
      p99: r4(s.sojournPercentiles.p99.value),
    }).toMatchInlineSnapshot(`
      {
        "meanWait": 0.8685,
        "meanWaitCi": 0.2283,
        "p99": 8.198,
        "probWait": 0.6068,
        "utilization": 0.8127,
      }
    `);
  });
});
