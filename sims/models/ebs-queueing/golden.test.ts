import { describe, expect, it } from 'vitest';
import { run } from './model.ts';

const r4 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 1e4) / 1e4);

describe('ebs-queueing golden run', () => {
  it('noisy-neighbour step at seed 1, 5,000 IOs', () => {
    const s = run({ noisy: 25, requests: 5000, warmup: 500, seed: 1 }).summary!;
    // Snapshot, not truth: it pins the random streams and the event order, so any change to
    // either shows up here. Regenerate in a commit of its own and read the diff.
    expect({
      p50: r4(s.p50),
      p99: r4(s.p99),
      victimP99: r4(s.victimP99),
      blastRadius: s.blastRadius,
      throughputIops: r4(s.throughputIops),
    }).toMatchInlineSnapshot(`
      {
        "blastRadius": 0,
        "p50": 12.7808,
        "p99": 39.3023,
        "throughputIops": 472.346,
        "victimP99": 40.0664,
      }
    `);
  });
});
