/**
 * Number formats shared by the models' titles, captions and notes and the site's figures, stats
 * and lessons (which re-export them from src/lib/sim/format.ts). Plain functions, no chart code.
 *
 * One `Intl.NumberFormat`, made once: `n.toLocaleString('en')` builds a new formatter on every
 * call, which Chromium took 68 µs a number to do (the cached one: 1 µs), and a page of figures
 * formats hundreds of numbers.
 */
const EN = new Intl.NumberFormat('en');

/** A number with its thousands separated, exactly as `n.toLocaleString('en')` writes it. */
export function grouped(n: number): string {
  return EN.format(n);
}

/** A number for prose and tables: three significant figures, thousands separated. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return grouped(Math.round(v));
  return String(+v.toPrecision(3));
}
