import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatValue, grouped, significant, trimZeros } from './format.ts';

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

  it('significant writes the figures toPrecision writes, as a decimal, never an exponent', () => {
    fc.assert(
      fc.property(
        // (below 10⁻⁹⁰ a hundred decimal places, toFixed's most, no longer reach the first digit)
        fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-90),
        fc.integer({ min: 1, max: 6 }),
        (x, d) => {
          const s = significant(x, d);
          // the same figures as toPrecision, zeros included, in a decimal (checked below 0.5, where
          // every written digit after the leading zeros is a figure)
          const digits = s.replace(/^-?[0.]*/, '').replace('.', '');
          return (
            !/e/i.test(s) && Number(s) === +x.toPrecision(d) && (Math.abs(x) >= 0.5 || x === 0 || digits.length === d)
          );
        },
      ),
    );
    expect(significant(0.0084321, 2)).toBe('0.0084');
    expect(significant(0.002, 2)).toBe('0.0020');
    expect(significant(1, 2)).toBe('1.0');
    expect(trimZeros(significant(0.002, 2))).toBe('0.002');
    expect(significant(1.2e-7, 2)).toBe('0.00000012');
    expect(significant(12345, 2)).toBe('12000');
    expect(formatValue(3.3e-7)).toBe('0.00000033');
  });
});
