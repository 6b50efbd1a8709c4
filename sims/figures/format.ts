/**
 * Number formats shared by the models' titles, captions and notes and the site's figures, stats
 * and lessons (which re-export them from src/lib/sim/format.ts). Plain functions, no chart code.
 */

/**
 * A number with its thousands separated, exactly as `n.toLocaleString('en')` writes it ("4,000").
 * Integers, which is nearly every call, take a regular expression instead of Intl:
 * `toLocaleString` builds a new formatter on each call (68 µs a number in Chromium, and a page of
 * figures formats hundreds), and Intl's first use loads its locale data (about 38 ms of a fresh
 * Node process's first run).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  if (Object.is(n, -0)) return '-0'; // as toLocaleString writes it; String(-0) is "0"
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `x.toPrecision(digits)` written as a decimal however small: 0.0084, 0.0000012, never "8.4e-3"
 * (`toPrecision` switches to exponent notation below 10⁻⁶, and at 10^digits and above). Zeros that
 * count as figures stay, as in toPrecision: 1.0, 0.0020.
 */
export function significant(x: number, digits: number): string {
  const r = +x.toPrecision(digits);
  if (r === 0 || !Number.isFinite(r)) return x.toPrecision(digits).includes('e') ? String(r) : x.toPrecision(digits);
  const places = Math.min(100, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(r)))));
  return r.toFixed(places);
}

/** A decimal without the zeros that end its fraction: "0.50" → "0.5", "2.00" → "2". */
export function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A number for prose and tables: three significant figures, thousands separated. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return grouped(Math.round(v));
  return trimZeros(significant(v, 3));
}
