// `node scripts/lock-platforms.mjs`: adds package-lock entries for optional platform packages
// (other OSes' builds of the Astro compiler and Pagefind) that npm leaves out of the lock when the
// registry it resolved against lacks them at the needed version. Without the entries `npm ci`
// refuses the lock as out of sync; with them it skips the packages by os/cpu and never fetches
// them. Run it after any `npm install` that rewrites the lock; tests/unit/lockfile.test.ts checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf-8'));
const pk = lock.packages;
let added = 0;
for (const entry of Object.values(pk)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pk[key]) continue;
    let meta = {};
    try {
      meta = JSON.parse(execSync(`npm view ${name} os cpu libc --json 2>/dev/null`).toString() || '{}');
    } catch {
      /* not in this registry: no os/cpu fields */
    }
    if (Array.isArray(meta)) meta = { cpu: meta }; // npm prints a bare array when only one field exists
    pk[key] = {
      version,
      ...(meta.cpu ? { cpu: meta.cpu } : {}),
      ...(meta.os ? { os: meta.os } : {}),
      ...(meta.libc ? { libc: meta.libc } : {}),
      license: 'MIT',
      optional: true,
    };
    added++;
    console.log('added', key, version, JSON.stringify(meta));
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries added');
