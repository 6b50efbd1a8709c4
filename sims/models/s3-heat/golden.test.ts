import { describe, expect, it } from 'vitest';
import { run } from './model.ts';

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

describe('s3-heat golden run', () => {
  it('defaults (the spread step), seed 1', () => {
    const s = run({ seed: 1 }).summary;
    // Snapshot, not truth: it pins the random streams and the order of dispatch, so any change to
    // either shows up here. Regenerate in a commit of its own and read the diff.
    expect({
      max: r4(s.maxDriveUtilization.value),
      p99: r4(s.p99DriveUtilization),
      over: r4(s.overloadedDriveFraction.value),
      cv: r4(s.demandCv),
    }).toMatchInlineSnapshot(`
      {
        "cv": 0.0264,
        "max": 1.4813,
        "over": 0.0213,
        "p99": 1.1667,
      }
    `);
  });
});
