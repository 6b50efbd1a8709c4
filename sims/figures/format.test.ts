import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatValue, grouped } from './format.ts';

describe('number formats', () => {
  it('grouped writes what toLocaleString("en") writes, integers or not', () => {
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => grouped(n) === n.toLocaleString('en')));
    fc.assert(fc.property(fc.double({ noNaN: true }), (x) => grouped(x) === x.toLocaleString('en')));
    expect(grouped(4000)).toBe('4,000');
    expect(grouped(-1234567)).toBe('-1,234,567');
    expect(grouped(999)).toBe('999');
  });

  it('formatValue keeps three significant figures and separates thousands', () => {
    expect(formatValue(1234.6)).toBe('1,235');
    expect(formatValue(0.012345)).toBe('0.0123');
    expect(formatValue(-98765.4)).toBe('-98,765');
    expect(formatValue(null)).toBe('–');
    expect(formatValue(Number.NaN)).toBe('–');
  });
});
