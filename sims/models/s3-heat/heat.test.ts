import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng/xoshiro128.ts';
import { run, type Result } from './model.ts';
import { copiesOf, layout } from './placement.ts';
import { MAX_HEAT_FRAMES, READS_PER_FRAME, simulate } from './simulate.ts';
import { createTenants, stepTenants } from './tenants.ts';

/**
 * The run's tenants again, from its seed (the tenants' stream is the root's first split): each
 * second, whether each is bursting, and the I/Os it asks for then.
 */
function tenantsOf(r: Result) {
  const p = r.params,
    rng = createRng(p.seed).split();
  const t = createTenants(
    {
      count: p.tenants,
      meanTotal: p.accessDensity * p.driveTb * p.drives,
      steady: p.demand === 'uniform',
      dutyCycle: p.dutyCycle,
      burstSteps: p.burstSteps,
      burstTail: p.burstTail,
      heatTail: p.heatTail,
    },
    rng,
  );
  const on: Uint8Array[] = [];
  for (let s = 0; s < p.steps; s++) {
    stepTenants(t, rng);
    on.push(t.on.slice());
  }
  return { rate: t.rate, on };
}

/** The heat trace is the run's own record: it must agree with the statistics of that run. */
describe('s3-heat heat trace', () => {
  const base = { steps: 30, seed: 2 }; // the hottest tenant bursts throughout (at seed 3 it never does)

  it('is recorded only when asked for, and changes no result', () => {
    const plain = run(base);
    expect(plain.heat).toBeUndefined();
    const traced = run(base, { heat: 30 });
    expect(traced.heat).toBeDefined();
    const { heat, ...rest } = traced;
    expect(rest).toEqual(plain);
    expect(heat!.load).toBeInstanceOf(Float32Array);
    expect(heat!.tenantLoad).toBeInstanceOf(Float32Array);
  });

  for (const [name, input] of [
    ['spread, one copy', {}],
    ['bucket-local', { placement: 'bucket-local' }],
    ['three replicas, least loaded of two', { redundancy: 'replicas', readChoices: 2 }],
    ['erasure coding 5 of 9, least loaded', { redundancy: 'ec', readChoices: 2 }],
  ] as const) {
    it(`${name}: each frame's hottest drive is the run's, and the busiest second is the snapshot`, () => {
      const r = run({ ...base, ...input }, { heat: base.steps });
      const h = r.heat!;
      expect(h.drives).toBe(r.snapshot.length);
      expect(h.drives).toBe(1024); // the whole default fleet, so each frame's maximum is the run's
      expect(h.frames).toBe(base.steps);
      expect(h.cut).toBe(false);
      let sumMax = 0;
      for (let f = 0; f < h.frames; f++) {
        let mx = 0;
        for (let d = 0; d < h.drives; d++) {
          const i = f * h.drives + d;
          mx = Math.max(mx, h.load[i]!);
          // The tenant's part of a drive's load is a part of it.
          expect(h.tenantLoad[i]!).toBeLessThanOrEqual(h.load[i]! + 1e-5);
        }
        sumMax += mx;
      }
      // The hottest drive's utilization, averaged over the seconds: Float32 frames against Float64 statistics.
      expect(sumMax / h.frames).toBeCloseTo(r.summary.maxDriveUtilization.value, 4);
      const snap = Array.from(h.load.subarray(r.snapshotStep * h.drives, (r.snapshotStep + 1) * h.drives));
      snap.forEach((u, d) => expect(u).toBeCloseTo(r.snapshot[d]!, 3));
      // The highlighted tenant is the hottest, and each second it bursts its reads add up to its demand
      // (whole requests of requestIos, so within one request), and to nothing while it is idle.
      const { rate, on } = tenantsOf(r);
      expect(rate[h.tenant]).toBe(Math.max(...rate));
      let bursting = 0;
      for (let f = 0; f < h.frames; f++) {
        let ios = 0;
        for (let d = 0; d < h.drives; d++) ios += h.tenantLoad[f * h.drives + d]! * r.params.driveIops;
        if (on[f]![h.tenant] === 1) {
          bursting++;
          expect(Math.abs(ios - rate[h.tenant]!), `second ${f}`).toBeLessThanOrEqual(r.params.requestIos + 1e-3);
        } else expect(ios, `second ${f}`).toBe(0);
      }
      expect(bursting).toBeGreaterThan(0);
    });
  }

  it('is bounded: the first 1,024 drives, at most MAX_HEAT_FRAMES seconds, and cut short when asked for fewer', () => {
    const big = run({ drives: 4096, steps: 10, seed: 1 }, { heat: 4 }).heat!;
    expect(big.drives).toBe(1024);
    expect(big.frames).toBe(4);
    expect(big.cut).toBe(true);
    expect(big.load.length).toBe(4 * 1024);
    // A frame's drives are a quarter of the fleet: its hottest is at most the fleet's, second by second.
    const r = run({ drives: 4096, steps: 10, seed: 1 }, { heat: 10 });
    let sumMax = 0;
    for (let f = 0; f < 10; f++) {
      let mx = 0;
      for (let d = 0; d < 1024; d++) mx = Math.max(mx, r.heat!.load[f * 1024 + d]!);
      sumMax += mx / 10;
    }
    expect(sumMax).toBeGreaterThan(0.5 * r.summary.maxDriveUtilization.value);
    expect(sumMax).toBeLessThanOrEqual(r.summary.maxDriveUtilization.value + 1e-6);
    expect(run({ steps: 5 }, { heat: 1e9 }).heat!.frames).toBe(5);
    expect(MAX_HEAT_FRAMES * 1024 * 4 * 2).toBeLessThan(5e6);
  });

  it('a budget that stops the run keeps only the seconds it ran', () => {
    const r = run({ steps: 20 }, { heat: 20, budget: 7 });
    expect(r.truncated).toBe(true);
    expect(r.heat!.frames).toBe(7);
    expect(r.heat!.load.length).toBe(7 * 1024);
  });

  it('records no read choices when reads have no choice to make', () => {
    expect(run(base, { heat: 10 }).heat!.reads).toBeUndefined(); // one copy
    expect(run({ ...base, redundancy: 'replicas', readChoices: 1 }, { heat: 10 }).heat!.reads).toBeUndefined();
    // every shard read: k = n
    expect(run({ ...base, redundancy: 'ec', ecData: 9, readChoices: 2 }, { heat: 10 }).heat!.reads).toBeUndefined();
    expect(run({ ...base, redundancy: 'replicas', readChoices: 2 }).heat).toBeUndefined();
  });

  for (const [name, input] of [
    ['three replicas, least loaded of two', { redundancy: 'replicas', readChoices: 2 }],
    [
      'three replicas, least loaded of all three, bucket-local',
      { redundancy: 'replicas', readChoices: 3, placement: 'bucket-local' },
    ],
    ['erasure coding 5 of 9, the 5 least loaded of 6', { redundancy: 'ec', readChoices: 2 }],
    [
      'erasure coding 4 of 6, the 4 least loaded of all 6, a big fleet',
      { redundancy: 'ec', ecData: 4, ecTotal: 6, readChoices: 8, drives: 2048 },
    ],
  ] as const) {
    it(`${name}: each recorded read is a real least-loaded choice among distinct drives holding a copy`, () => {
      const r = run({ ...base, ...input }, { heat: base.steps });
      const p = r.params,
        h = r.heat!,
        reads = h.reads!;
      const c = p.redundancy === 'ec' ? p.ecTotal : p.replicas;
      const k = p.redundancy === 'ec' ? p.ecData : 1;
      const m = p.redundancy === 'ec' ? Math.min(c, k + p.readChoices - 1) : Math.min(c, p.readChoices);
      expect([reads.perFrame, reads.candidates, reads.taken, reads.copies]).toEqual([READS_PER_FRAME, m, k, c]);
      expect(reads.copyNoun).toBe(p.redundancy === 'ec' ? 'shard' : 'copy');
      expect(reads.count.length).toBe(h.frames);
      // The run's placement again, from its seed (the placement stream is the root's second split).
      const root = createRng(p.seed);
      root.split();
      const lay = layout(
        p.placement,
        p.drives,
        p.tenants,
        r.objectsPerTenant,
        c,
        p.bucketDrives,
        root.split().nextUint32(),
      );
      const copies = new Int32Array(c);
      const { on } = tenantsOf(r);
      let total = 0,
        strict = 0;
      for (let f = 0; f < h.frames; f++) {
        expect(reads.count[f]!).toBeLessThanOrEqual(READS_PER_FRAME);
        total += reads.count[f]!;
        for (let n = 0; n < reads.count[f]!; n++) {
          const slot = f * reads.perFrame + n,
            at = slot * m;
          const cells = Array.from(reads.cell.subarray(at, at + m));
          const loads = Array.from(reads.load.subarray(at, at + m));
          // Distinct drives, within the recorded grid, each holding a copy of the object read.
          expect(new Set(cells).size).toBe(m);
          for (const d of cells) expect(d).toBeLessThan(h.drives);
          copiesOf(lay, reads.client[slot]!, reads.object[slot]!, copies);
          for (const d of cells) expect(Array.from(copies)).toContain(d);
          // Taken first: each taken drive was at most as loaded as every drive passed over.
          const takenMax = Math.max(...loads.slice(0, k));
          const passedMin = Math.min(...loads.slice(k));
          expect(takenMax, `second ${f}, read ${n}`).toBeLessThanOrEqual(passedMin);
          if (takenMax < passedMin) strict++;
          for (const l of loads) expect(l).toBeGreaterThanOrEqual(0);
          // The reading tenant was bursting that second.
          expect(on[f]![reads.client[slot]!], `second ${f}, read ${n}`).toBe(1);
        }
      }
      // Most seconds keep their full sample, and some choices are between unequal loads.
      expect(total).toBeGreaterThan(0.8 * READS_PER_FRAME * h.frames);
      expect(strict).toBeGreaterThan(0);
    });
  }

  it('recording heat and read choices changes no bit of the run', () => {
    const runs = fc.record({
      drives: fc.integer({ min: 16, max: 3000 }),
      tenants: fc.integer({ min: 1, max: 300 }),
      placement: fc.constantFrom('bucket-local', 'spread'),
      redundancy: fc.constantFrom('none', 'replicas', 'ec'),
      readChoices: fc.integer({ min: 1, max: 4 }),
      requestIos: fc.integer({ min: 2, max: 20 }),
      accessDensity: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(runs, fc.integer({ min: 1, max: 8 }), (input, frames) => {
        const { params: p, objectsPerTenant: per } = run({ ...input, steps: 8 });
        const { heat, ...traced } = simulate(p, per, { heat: frames });
        expect(heat!.frames).toBe(frames);
        expect(traced).toEqual(simulate(p, per));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
