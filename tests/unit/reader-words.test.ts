import { describe, expect, it } from 'vitest';
import { models } from '@field-guide/sims';

/**
 * The simulations speak to readers too: parameter labels, help and the "basis" column of the
 * assumptions table, preset sentences and figure captions must name real sources, never the
 * project's own words for its starting documents ("seed 001", "the seed says"). A random seed
 * is a reader's word and stays.
 */
const INTERNAL =
  /seed \d{3}|seed (?:list|material|documents?)|the seeds? (?:gives?|says?|do|does|describes?)|\(seed:|\bthe hub\b|\bhub page\b/i;

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('simulation text a reader sees', () => {
  for (const m of Object.values(models)) {
    it(`${m.name}: parameters, presets and the default figures use reader-facing words`, () => {
      const texts = [
        ...strings(m.params, 'params'),
        ...strings(m.presets, 'presets'),
        ...strings({ title: m.title, description: m.description }, 'entry'),
      ];
      if (m.explore) texts.push(...strings(m.explore({}), 'explore()'));
      expect(texts.length).toBeGreaterThan(5);
      expect(texts.filter(([, s]) => INTERNAL.test(s))).toEqual([]);
    });
  }
});
