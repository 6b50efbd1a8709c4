import { validate, type ParamsSpec } from '@field-guide/sims';

/**
 * The values a reader asked for through the URL, validated against the model's schema:
 * unknown names are dropped and out-of-range values repaired, each with a note to show.
 */
export function valuesFromUrl(
  spec: ParamsSpec,
  raw: Record<string, string>,
): { values: Record<string, number | string>; notes: string[] } {
  const known: Record<string, string> = {};
  const notes: string[] = [];
  for (const [k, v] of Object.entries(raw)) {
    if (Object.hasOwn(spec, k)) known[k] = v;
    else notes.push(`Ignored the unknown parameter "${k}" in the address.`);
  }
  const checked = validate(spec, known);
  return { values: checked.value, notes: [...notes, ...checked.notes.map((n) => `From the address: ${n}.`)] };
}
