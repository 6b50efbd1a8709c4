/** Number formats shared by the figures, the stats and the lessons' reveals (no chart code: islands import it too). */

/** A number for prose and tables: three significant figures, thousands separated. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en');
  return String(+v.toPrecision(3));
}
