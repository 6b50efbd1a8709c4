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

  it("the creation figures keep seed 1's curves at any seed, with the run's own point its own", () => {
    const points = (seed: number) => {
      const v = explore({ ...quick, seed });
      return ['parallel', 'boot'].map((id) => {
        const f = v.figures.find((x) => x.id === id)!;
        return f.kind === 'line' ? f.series.slice(0, 2).map((s) => s.points) : [];
      });
    };
    const one = points(1),
      five = points(5);
    const own = runDetail({ ...quick, seed: 5 }).result.summary.parallelCreateSeconds;
    const p = { ...defaults(), ...quick } as { slots: number; parallelism: number; lockFriendly: string };
    const series = p.lockFriendly === 'true' ? 1 : 0;
    let differ = 0;
    one.forEach((fig, f) =>
      fig.forEach((pts, s) =>
        pts.forEach(([x, y], i) => {
          const ownPoint = s === series && x === (f === 0 ? p.parallelism : p.slots);
          if (ownPoint) {
            expect(five[f]![s]![i]![1]).toBe(own);
            if (five[f]![s]![i]![1] !== y) differ++;
          } else expect(five[f]![s]![i]![1]).toBe(y);
        }),
      ),
    );
    expect(differ).toBe(2); // the run's own point, in each figure, is seed 5's
  });

  it("a worker's memo keeps the creation runs: a new seed makes none of them again", () => {
    const memo = new Map<string, unknown>();
    const ticks = (seed: number) => {
      let n = 0;
      const v = explore({ ...quick, seed }, { memo, onProgress: () => n++ });
      return { n, v };
    };
    const first = ticks(1),
      again = ticks(2);
    expect(first.n).toBeGreaterThan(10);
    expect(again.n).toBe(1); // the progress report at the start, no creation run
    // The same figures as without a memo.
    expect(again.v).toEqual(explore({ ...quick, seed: 2 }));
  });

  it('clamps out-of-range input with notes and rejects unknown parameters', () => {
    const r = run({ ...quick, slots: 100_000 });
    expect(r.params.slots).toBe(8000);
    expect(r.notes[0]).toMatch(/^slots: 100000 is out of range; clamped to 8000/);
    expect(() => run({ slot: 2 })).toThrow(/unknown parameter 'slot'/);
  });
});
