import { describe, expect, it } from 'vitest';
import { defaults } from './params.ts';
import { explore } from './view.ts';
import { run, runDetail } from './model.ts';
import { presets } from './presets.ts';

const quick = { durationSeconds: 30, replications: 2, slots: 500 } as const;

describe('lambda-slots model', () => {
  it('presets are the five steps in order, each active alone (the steps UI needs that)', () => {
    expect(presets.map((p) => p.id)).toEqual(['on-demand', 'root-rules', 'ebpf', 'pre-create', 'lock-ordering']);
    const d = defaults() as Record<string, unknown>;
    for (const p of presets) {
      const values = { ...d, ...p.params };
      const active = presets.filter((q) =>
        Object.entries(q.params).every(([k, v]) => (values as Record<string, unknown>)[k] === v),
      );
      expect(active.map((q) => q.id)).toEqual([p.id]);
    }
  });

  it('gives the same result for the same seed, bit for bit, and another for another seed', () => {
    expect(run({ ...quick, seed: 3 })).toEqual(run({ ...quick, seed: 3 }));
    expect(run({ ...quick, seed: 4 }).summary.coldStartNetworkP99Ms).not.toBe(
      run({ ...quick, seed: 3 }).summary.coldStartNetworkP99Ms,
    );
  });

  it('on demand and pre-created see the same arrivals (common random numbers)', () => {
    const a = runDetail(quick).cold.runs[0]!.arrivals;
    const b = runDetail({ ...quick, strategy: 'pre-create' }).cold.runs[0]!.arrivals;
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('the lock-free cold start of a pre-created slot never waits', () => {
    const r = run({ ...quick, strategy: 'pre-create', ebpfTunnel: 'true', statelessNat: 'true', burst: 50 });
    expect(r.summary.meanLockWaitMs).toBe(0);
  });

  it('stops creation at the budget with a message, never throwing', () => {
    const r = run(quick, { budget: 100 });
    expect(r.truncated).toBe(true);
    expect(r.message).toMatch(/budget/);
  });

  it('returns plain JSON-safe data with the summary the CLI promises', () => {
    const r = run(quick);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    for (const k of [
      'coldStartNetworkP50Ms',
      'coldStartNetworkP99Ms',
      'bootSeconds',
      'rootRules',
      'perPacketUsAtLastSlot',
      'parallelCreateSeconds',
    ] as const) {
      expect(Number.isFinite(r.summary[k])).toBe(true);
    }
  });

  it('explore draws the four figures, reports progress, and is JSON-safe', () => {
    const calls: number[] = [];
    const v = explore(quick, { onProgress: (d) => calls.push(d) });
    expect(v.figures.map((f) => f.id)).toEqual(['burst', 'per-packet', 'parallel', 'boot']);
    expect(calls.length).toBeGreaterThan(3);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('clamps out-of-range input with notes and rejects unknown parameters', () => {
    const r = run({ ...quick, slots: 100_000 });
    expect(r.params.slots).toBe(8000);
    expect(r.notes[0]).toMatch(/^slots: 100000 is out of range; clamped to 8000/);
    expect(() => run({ slot: 2 })).toThrow(/unknown parameter 'slot'/);
  });
});
