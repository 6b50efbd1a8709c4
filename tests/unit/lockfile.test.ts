import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('package-lock.json has an entry for every optional platform package, so `npm ci` accepts it', () => {
  const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf-8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing = Object.values(lock.packages)
    .flatMap((e) => Object.keys(e.optionalDependencies ?? {}))
    .filter((name) => !lock.packages[`node_modules/${name}`]);
  expect(missing, 'run `node scripts/lock-platforms.mjs` and commit package-lock.json').toEqual([]);
});
