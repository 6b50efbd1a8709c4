import { describe, expect, it } from 'vitest';
import { formatTick } from '../../src/components/charts/scales.ts';

/** The charts' tick labels: short, and written for readers (no "1e-4"). */
describe('chart tick labels', () => {
  it('writes thousands and millions short, and small powers of ten as 10⁻ⁿ', () => {
    expect([1500, 2e6, 0, 0.5, 2, 0.01].map(formatTick)).toEqual(['1.5k', '2M', '0', '0.5', '2', '0.01']);
    expect([1e-3, 1e-4, 1e-5, 1e-12].map(formatTick)).toEqual(['10⁻³', '10⁻⁴', '10⁻⁵', '10⁻¹²']);
    expect(formatTick(-1e-3)).toBe('-10⁻³');
  });

  it('writes other small ticks as decimals', () => {
    expect([0.002, 0.0005, 0.0025, 0.005].map(formatTick)).toEqual(['0.002', '0.0005', '0.0025', '0.005']);
    // every tick a log axis can get, from 10⁻⁹ to 10⁹, is free of exponent notation
    for (let k = -9; k <= 9; k++)
      for (const m of [1, 2, 5]) expect(formatTick(m * 10 ** k), `${m}e${k}`).not.toMatch(/e/);
  });
});
