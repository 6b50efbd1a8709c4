/**
 * The site's Content-Security-Policy, served as a header from netlify.toml. Scripts are allowed
 * from the site itself and, for the few small scripts Astro and Starlight inline into every page,
 * by their SHA-256 hashes: no 'unsafe-inline', no 'unsafe-eval' ('wasm-unsafe-eval' lets
 * Pagefind's WebAssembly search run). Run after a build:
 *   npm run csp            rewrites the policy in netlify.toml from the built pages
 *   npm run csp -- --check  exits 1, naming the difference, when netlify.toml is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cspFromDist, readTomlCsp, writeTomlCsp } from '../src/lib/csp.ts';

const check = process.argv.includes('--check');
const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname;
const tomlPath = new URL('../netlify.toml', import.meta.url).pathname;
const toml = readFileSync(tomlPath, 'utf-8');
const { policy, scripts } = cspFromDist(dist);
const current = readTomlCsp(toml);
if (check) {
  if (current === policy) {
    console.log(`netlify.toml CSP matches the ${scripts} inline script(s) of the build.`);
    process.exit(0);
  }
  console.error(
    `netlify.toml's Content-Security-Policy does not match the built pages (an inline script was added, changed or removed).\nRun \`npm run build && npm run csp\` and commit netlify.toml.\n  in netlify.toml: ${current ?? '(none)'}\n  from the build:  ${policy}`,
  );
  process.exit(1);
}
writeFileSync(tomlPath, writeTomlCsp(toml, policy));
console.log(`netlify.toml: Content-Security-Policy with ${scripts} inline script hash(es) written.`);
