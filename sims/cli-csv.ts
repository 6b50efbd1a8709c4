import { csvText } from './figures/table.ts';

/**
 * Flattens a JSON-safe result into `key,value` rows (dotted paths, array indices as parts),
 * so a spreadsheet can read any model's output.
 */
export function resultCsv(result: unknown): string {
  const rows: string[][] = [['key', 'value']];
  const walk = (v: unknown, path: string): void => {
    if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      return;
    }
    // A leaf of a JSON-safe result: a string as it is, a number or boolean as JSON writes it.
    rows.push([path, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]);
  };
  walk(result, '');
  return csvText(rows);
}
