import { describe, expect, it } from 'vitest';
import { run } from './model.ts';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

describe('lambda-slots golden run', () => {
  it('defaults (the on-demand step), seed 1', () => {
    const s = run({}).summary;
    // Snapshot, not truth: it pins the streams and the order of events, so any change to either
    // shows up here. Regenerate in a commit of its own and read the diff.
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, r3(Number(v))]))).toMatchInlineSnapshot(`
      {
        "bootSeconds": 0,
        "burstP99Ms": 3403.653,
        "coldStartNetworkMeanMs": 818.189,
        "coldStartNetworkP50Ms": 276.832,
        "coldStartNetworkP99Ms": 3342.804,
        "coldStartsPerRun": 853.5,
        "meanLockWaitMs": 600.44,
        "natSetupMs": 20,
        "noContentionMs": 218.7,
        "parallelCreateSeconds": 178.929,
        "perPacketUsAtFirstSlot": 1.373,
        "perPacketUsAtLastSlot": 999.523,
        "rootRules": 128144,
        "steadyP99Ms": 489.181,
        "tunnelSetupMs": 150,
      }
    `);
  });
});
