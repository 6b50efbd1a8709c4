import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Directives besides script-src: everything from the site itself, nothing framed, no plugins. */
const FIXED = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : htmlFiles(full);
    return e.name.endsWith('.html') ? [full] : [];
  });
}

/** SHA-256 hashes (CSP form) of every inline script in the built pages, sorted. */
export function inlineScriptHashes(dist: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dist)) {
    for (const [, attrs, body] of readFileSync(file, 'utf-8').matchAll(
      /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g,
    )) {
      if (/type="application\/(ld\+)?json"/.test(attrs ?? '')) continue; // data, not script
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes].sort();
}

/** The full policy for a build folder. */
export function cspFromDist(dist: string): { policy: string; scripts: number } {
  const hashes = inlineScriptHashes(dist);
  return {
    policy: [`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(), ...FIXED].join('; '),
    scripts: hashes.length,
  };
}

const LINE = /^(\s*)Content-Security-Policy\s*=\s*"([^"]*)"\s*$/m;

/** The policy currently in netlify.toml, or undefined. */
export function readTomlCsp(toml: string): string | undefined {
  return LINE.exec(toml)?.[2];
}

/** netlify.toml with the policy written (replacing the existing line, or added to the `/*` headers). */
export function writeTomlCsp(toml: string, policy: string): string {
  if (LINE.test(toml))
    return toml.replace(LINE, (_, indent: string) => `${indent}Content-Security-Policy = "${policy}"`);
  return toml.replace(/(for = "\/\*"\n\s*\[headers\.values\]\n)/, `$1    Content-Security-Policy = "${policy}"\n`);
}
