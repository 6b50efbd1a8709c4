/**
 * Simulation parameters in the page URL, so a reader can share exactly what they see.
 * Each `<Sim>` owns the query keys `<id>.<param>`; other keys are left alone.
 */

/** The raw values this sim's keys carry in a query string (unvalidated strings). */
export function readParams(search: string, id: string): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = `${id}.`;
  for (const [k, v] of new URLSearchParams(search)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

/** The query string with this sim's values written, leaving out those equal to the defaults. */
export function writeParams(
  search: string,
  id: string,
  values: Record<string, number | string>,
  defaults: Record<string, number | string>,
): string {
  const q = new URLSearchParams(search);
  for (const k of [...q.keys()]) if (k.startsWith(`${id}.`)) q.delete(k);
  for (const [k, v] of Object.entries(values)) if (v !== defaults[k]) q.set(`${id}.${k}`, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
