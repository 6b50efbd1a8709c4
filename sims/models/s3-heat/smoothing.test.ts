import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/xoshiro128.ts';
import { validate } from '../../params/validate.ts';
import { params, type Params } from './params.ts';
import { presets } from './presets.ts';
import { SMOOTHING_DESIGN, SMOOTHING_SIZES, smoothing } from './smoothing.ts';
import { createTenants, stepTenants, switchCalendar, switchTenants } from './tenants.ts';
import { DEMAND_SECONDS, explore } from './view.ts';

/**
 * The smoothing live view's series: the smoothing estimate's own first crowd, run on for longer.
 * They must be that crowd's totals, change none of the estimate's numbers, and measure what it measures.
 */
const at = (input: Partial<Params>) => validate(params, input as Record<string, unknown>).value;
const withSeries = { ...SMOOTHING_DESIGN, seriesSteps: 600 };

describe('s3-heat smoothing series', { timeout: 120_000 }, () => {
  it('running the first crowd on for the series changes no bit of the estimate or the chart', () => {
    for (const seed of [1, 2, 7]) {
      const plain = smoothing(at({ seed }));
      const long = smoothing(at({ seed }), SMOOTHING_SIZES, withSeries);
      expect(plain.every((c) => c.series === undefined)).toBe(true);
      expect(long.map(({ series: _series, ...rest }) => rest)).toEqual(plain);
    }
  });

  it('are the first crowd’s first 1, 100 and 10,000 tenants, each total ÷ its exact mean', () => {
    const p = at({ seed: 3 });
    const curves = smoothing(p, SMOOTHING_SIZES, withSeries);
    // The first crowd again, from the seed: a block of streams of its own, its first split.
    const root = createRng(p.seed);
    root.longJump();
    const rng = root.split();
    const n = SMOOTHING_SIZES[SMOOTHING_SIZES.length - 1]!;
    const spec = { count: n, meanTotal: n, steady: false, alike: true, ...p };
    const t = createTenants({ ...spec, count: n, meanTotal: n }, rng);
    for (let s = 0; s < withSeries.seriesSteps; s++) {
      stepTenants(t, rng);
      for (const c of curves) {
        let total = 0;
        for (let i = 0; i < c.tenants; i++) total += t.rate[i]! * t.on[i]!;
        // Every alike tenant's mean is 1, so N tenants' mean total is N, exactly.
        expect(c.series!.values[s], `${c.tenants} tenants, second ${s}`).toBeCloseTo(total / c.tenants, 12);
      }
    }
    // The chart's seconds are the series' first ones, bit for bit.
    for (const c of curves)
      expect(Array.from(c.series!.values.subarray(0, c.values.length))).toEqual(Array.from(c.values));
  });

  it('each averages about 1, and measures the CV the way the estimate does: one tenant exactly, crowds in mean square', () => {
    const square = { window: [0, 0, 0], model: [0, 0, 0] };
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const seed of seeds) {
      const curves = smoothing(at({ seed }), SMOOTHING_SIZES, withSeries);
      curves.forEach((c, i) => {
        const v = c.series!.values;
        expect(v.length).toBe(600);
        let sum = 0,
          ss = 0;
        for (const x of v) {
          sum += x;
          ss += (x - 1) * (x - 1);
        }
        expect(c.series!.mean).toBeCloseTo(sum / v.length, 12);
        expect(c.series!.cv).toBeCloseTo(Math.sqrt(ss / v.length), 12);
        square.window[i]! += c.series!.cv ** 2 / seeds.length;
        square.model[i]! += c.cv.value ** 2 / seeds.length;
      });
      const [one, hundred, tenThousand] = curves.map((c) => c.series!);
      // A crowd's average is its mean, within its swings over a window (long bursts make them slow).
      expect(Math.abs(hundred!.mean - 1), `seed ${seed}`).toBeLessThan(0.1);
      expect(Math.abs(tenThousand!.mean - 1), `seed ${seed}`).toBeLessThan(0.01);
      // A crowd's window CV is the model's, within the scatter of one group's 600 correlated seconds.
      for (const i of [1, 2]) {
        const ratio = curves[i]!.series!.cv / curves[i]!.cv.value;
        expect(ratio, `${SMOOTHING_SIZES[i]} tenants, seed ${seed}`).toBeGreaterThan(2 / 3);
        expect(ratio, `${SMOOTHING_SIZES[i]} tenants, seed ${seed}`).toBeLessThan(1.5);
      }
      // One alike tenant at duty 0.5 is idle or at twice its mean: exactly one mean away, always.
      expect(one!.cv).toBeCloseTo(1, 12);
      expect(one!.cv).toBeCloseTo(curves[0]!.cv.value, 12);
      for (const x of one!.values) expect([0, 2]).toContain(Math.round(x * 1e9) / 1e9);
    }
    // A window's mean square (x − 1)² is the model's CV² in expectation: over twenty seeds, within 10%.
    for (const i of [1, 2]) {
      const ratio = Math.sqrt(square.window[i]! / square.model[i]!);
      expect(ratio, `${SMOOTHING_SIZES[i]} tenants`).toBeGreaterThan(0.9);
      expect(ratio, `${SMOOTHING_SIZES[i]} tenants`).toBeLessThan(1.1);
    }
  });

  it('the smoothing step’s live view replays them, with the model’s CVs, and its numbers are the drives view’s', () => {
    const step = presets.find((p) => p.id === 'smoothing')!.params;
    expect(step.liveView).toBe('demand');
    for (const p of presets.filter((q) => q.id !== 'smoothing'))
      expect(p.params.liveView ?? params.liveView.default).toBe('drives');
    const demand = explore({ ...step, steps: 10 }, { trace: 6000 });
    expect(demand.heat).toBeUndefined();
    const d = demand.demand!;
    expect(d.frames).toBe(DEMAND_SECONDS);
    expect(d.series.map((s) => s.count)).toEqual([...SMOOTHING_SIZES]);
    const curves = smoothing(at({ ...step, steps: 10 }));
    d.series.forEach((s, i) => {
      expect(s.values.length).toBe(DEMAND_SECONDS);
      expect(s.cv).toBe(curves[i]!.cv.value);
      expect(s.ci95).toBe(curves[i]!.cv.ci95);
    });
    // Without a trace, or with the drives view, no series; the numbers are the same either way.
    expect(explore({ ...step, steps: 10 }).demand).toBeUndefined();
    const drives = explore({ ...step, steps: 10, liveView: 'drives' }, { trace: 6000 });
    expect(drives.demand).toBeUndefined();
    expect(drives.heat).toHaveLength(2);
    expect(drives.stats).toEqual(demand.stats);
  });
});

describe('s3-heat smoothing: stepping only the tenants that switch', () => {
  it('gives every tenant the on/off states stepping them all gives, from the same random numbers', () => {
    const cases: Partial<Params>[] = [
      {},
      { burstSteps: 1, burstTail: 2.5 },
      { burstSteps: 20, burstTail: 1.1, dutyCycle: 0.9 },
      { dutyCycle: 0.1 },
      { dutyCycle: 1 },
      { demand: 'uniform' },
    ];
    for (const [n, input] of cases.entries()) {
      const p = at({ ...input, seed: n + 1 });
      const spec = { count: 3000, meanTotal: 3000, steady: p.demand === 'uniform', alike: true, ...p };
      const steps = 200;
      const a = createRng(p.seed),
        b = createRng(p.seed);
      const all = createTenants(spec, a),
        some = createTenants(spec, b);
      const calendar = switchCalendar(some, steps),
        changed = new Int32Array(spec.count);
      // Tenants whose state differs, and steps whose list of switched tenants is wrong.
      let wrongStates = 0,
        wrongLists = 0;
      for (let s = 0; s < steps; s++) {
        const before = some.on.slice();
        stepTenants(all, a);
        const switched = switchTenants(some, calendar, s, b, changed);
        const flipped: number[] = [];
        for (let i = 0; i < spec.count; i++) {
          if (some.on[i] !== all.on[i]) wrongStates++;
          if (some.on[i] !== before[i]) flipped.push(i);
        }
        if (flipped.join() !== Array.from(changed.subarray(0, switched)).join()) wrongLists++;
      }
      expect({ wrongStates, wrongLists }, JSON.stringify(input)).toEqual({ wrongStates: 0, wrongLists: 0 });
      expect(b.state()).toEqual(a.state());
    }
  });
});
