import { describe, expect, it } from 'vitest';
import { run } from './model.ts';
import { defaults } from './params.ts';
import { presets } from './presets.ts';
import { explore } from './view.ts';

describe('ebs-queueing model', () => {
  it('conserves IOs: issued = completed + in flight, and measures exactly the IOs asked for', () => {
    for (const p of presets) {
      const r = run({ ...p.params, requests: 3000, warmup: 300 });
      expect(r.counts.issued).toBe(r.counts.completed + r.counts.inFlight);
      expect(r.counts.completed).toBe(3300);
      expect(r.summary?.ios).toBe(3000);
    }
  });

  it('the first step is the defaults, so the build-time render is step 1', () => {
    expect({ ...defaults(), ...presets[0]!.params }).toEqual(defaults());
    expect(presets.map((p) => p.id)).toEqual(['hdd', 'noisy-neighbour', 'ssd-piops', 'xen-ring', 'nitro']);
  });

  it('marks exactly one step as current at each preset', () => {
    const active = (values: Record<string, unknown>) =>
      presets.filter((p) => Object.entries(p.params).every(([k, v]) => values[k] === v));
    for (const p of presets) expect(active({ ...defaults(), ...p.params }).map((x) => x.id)).toEqual([p.id]);
  });

  it('gives the same result for the same seed, bit for bit, and another for another seed', () => {
    const p = { ...presets[1]!.params, requests: 3000 };
    expect(run(p)).toEqual(run(p));
    expect(run({ ...p, seed: 2 }).summary?.p99).not.toBe(run(p).summary?.p99);
  });

  it('returns plain JSON-safe data with the summary the CLI promises, in ms', () => {
    const r = run({ ...presets[1]!.params, requests: 2000 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    for (const k of ['p50', 'p99', 'p999', 'victimP99', 'blastRadius', 'throughputIops'] as const)
      expect(Number.isFinite(r.summary![k])).toBe(true);
    expect(r.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(2000);
    expect(run({ requests: 1000 }).summary?.blastRadius).toBe(0);
  });

  it('stops at the event budget with a message and a partial summary, never throwing', () => {
    const r = run({ requests: 100_000, warmup: 0 }, { budget: 10_000 });
    expect(r.truncated).toBe(true);
    expect(r.message).toMatch(/budget/);
    expect(r.summary!.ios).toBeGreaterThan(0);
    expect(r.summary!.ios).toBeLessThan(100_000);
  });

  it('reports progress in IOs, across the run and its no-burst baseline', () => {
    const calls: [number, number][] = [];
    run(
      { ...presets[1]!.params, requests: 20_000, warmup: 0 },
      { onProgress: (d, t) => calls.push([d, t]), progressEvery: 10_000 },
    );
    expect(calls.length).toBeGreaterThan(4);
    expect(calls.every(([, t]) => t === 40_000)).toBe(true);
    expect(calls.some(([d]) => d > 20_000)).toBe(true);
  });

  it('says when a drive or the ring cannot keep up, and still returns numbers', () => {
    const overloaded = run({ noisy: 60, burstDuty: 0.2, requests: 2000 });
    expect(overloaded.stable).toBe(false);
    expect(overloaded.message).toMatch(/drive 0 is offered/);
    const ring = run({ ...presets[3]!.params, requests: 2000 });
    expect(ring.message).toMatch(/64-deep host ring allows at most/);
    expect(ring.summary).not.toBeNull();
  });

  it('clamps out-of-range input with notes and rejects unknown parameters', () => {
    const r = run({ drives: 4, spread: 9, requests: 1000 });
    expect(r.notes).toContain('spread: 9 drives per volume is more than the 4 drives; using 4');
    expect(run({ ringDepth: 5000, requests: 1000 }).params.ringDepth).toBe(1024);
    expect(() => run({ spindles: 2 })).toThrow(/unknown parameter 'spindles'/);
  });

  it('explore draws the step’s figures: hockey sticks, distribution, tail; tenants with a burst; the ring on a shared host', () => {
    const ids = (i: number) => explore({ ...presets[i]!.params, requests: 2000 }).figures.map((f) => f.id);
    expect(ids(0)).toEqual(['hockey-here', 'hockey-other', 'distribution', 'tail']);
    expect(ids(1)).toContain('tenants');
    expect(ids(3)).toContain('ring');
  });
});
