import { describe, expect, it } from 'vitest';
import { getModel, type DemandFrames } from '@field-guide/sims';
import {
  crowdWords,
  cvText,
  demandTop,
  narrateDemand,
  stripsOf,
  stripTitle,
  stripX,
  stripY,
  timesText,
  valuesAt,
} from '../../src/lib/live/demand.ts';

/** Three seconds of three crowds: one tenant bursting then idle, a hundred and ten thousand near their mean. */
const tiny: DemandFrames = {
  description: 'test',
  frames: 3,
  client: 'tenant',
  series: [
    { count: 1, label: '1 tenant', values: Float64Array.from([3.4, 0, 2]), cv: 1, ci95: 0, windowCv: 1 },
    {
      count: 100,
      label: '100 tenants',
      values: Float64Array.from([1.3, 0.9, 1.04]),
      cv: 0.1,
      ci95: 0.004,
      windowCv: 0.1,
    },
    {
      count: 10_000,
      label: '10,000 tenants',
      values: Float64Array.from([1.02, 0.996, 1]),
      cv: 0.0102,
      ci95: 0.0023,
      windowCv: 0.01,
    },
  ],
};

describe('smoothing live view helpers', () => {
  it('stacks one strip per crowd within the width, titles above plots, nothing overlapping', () => {
    for (const width of [390 - 32, 700]) {
      const l = stripsOf(width, 3);
      expect(l.x + l.width).toBeLessThanOrEqual(width);
      expect(l.strips).toHaveLength(3);
      l.strips.forEach((s, i) => {
        expect(s.y).toBeGreaterThan(s.titleY);
        if (i > 0) expect(s.titleY).toBeGreaterThan(l.strips[i - 1]!.y + l.strips[i - 1]!.height);
      });
      const last = l.strips[2]!;
      expect(last.y + last.height).toBe(l.height);
    }
  });

  it('places seconds left to right and values on one scale shared by the strips', () => {
    const l = stripsOf(400, 3);
    expect(stripX(0, 600, l)).toBe(l.x);
    expect(stripX(599, 600, l)).toBeCloseTo(l.x + l.width, 9);
    expect(stripX(300, 600, l)).toBeGreaterThan(stripX(299, 600, l));
    const top = demandTop(tiny);
    expect(top).toBeGreaterThanOrEqual(3.4);
    expect(top % 0.5).toBe(0);
    expect(demandTop({ ...tiny, series: [tiny.series[2]!] })).toBe(2); // at least 2, so 1 sits mid-strip
    const s = l.strips[1]!;
    expect(stripY(0, s, top)).toBe(s.y + s.height);
    expect(stripY(top, s, top)).toBe(s.y);
    expect(stripY(1, s, top)).toBeGreaterThan(stripY(1.3, s, top));
    expect(stripY(99, s, top)).toBe(s.y); // clamped to the plot
  });

  it('labels each crowd with the model’s CV and its interval', () => {
    expect(cvText(tiny.series[0]!)).toBe('CV 1.0 ± 0');
    expect(cvText(tiny.series[1]!)).toBe('CV 0.10 ± 0.004');
    expect(cvText({ cv: 0.0102, ci95: null })).toBe('CV 0.010');
    expect(stripTitle(tiny.series[2]!)).toBe('10,000 tenants, CV 0.010 ± 0.002');
    expect([timesText(3.4), timesText(1.02), timesText(0.95), timesText(0)]).toEqual([
      '3.4×',
      '1.02×',
      '0.95×',
      'idle',
    ]);
    expect([crowdWords(1, 'tenant'), crowdWords(100, 'tenant'), crowdWords(2500, 'tenant')]).toEqual([
      'one tenant',
      'a hundred',
      '2,500 tenants',
    ]);
  });

  it('narrates a second: each crowd as a multiple of its mean, idle when at zero', () => {
    expect(narrateDemand(tiny, 0)).toBe(
      'Second 1: one tenant at 3.4× its mean, a hundred at 1.3×, ten thousand at 1.02×.',
    );
    expect(narrateDemand(tiny, 1.6)).toBe(
      'Second 2: one tenant idle, a hundred at 0.90× their mean, ten thousand at 1.00×.',
    );
    expect(narrateDemand(tiny, 99)).toMatch(/^Second 3: /);
    expect(valuesAt(tiny, 2.2)).toEqual([2, 1.04, 1]);
  });

  it('on the S3 page the smoothing step’s view narrates the model’s own crowds', () => {
    const model = getModel('s3-heat')!;
    const step = model.presets.find((p) => p.id === 'smoothing')!;
    const view = model.explore!({ ...step.params, steps: 5 }, { trace: 1000 });
    const d = view.demand!;
    expect(d.series.map((s) => s.count)).toEqual([1, 100, 10_000]);
    expect(narrateDemand(d, 119)).toMatch(
      /^Second 120: one tenant (idle|at \d+\.\d+× its mean), a hundred .+, ten thousand at \d\.\d\d×/,
    );
    // The crowds' spikes shrink: the largest distance from the mean falls with the crowd's size.
    const spread = d.series.map((s) => Math.max(...Array.from(s.values, (v) => Math.abs(v - 1))));
    expect(spread[0]).toBeGreaterThan(spread[1]!);
    expect(spread[1]).toBeGreaterThan(spread[2]!);
  });
});
