import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/**
 * Offline reading: after the build (and after Starlight's Pagefind index, so list this
 * integration after `starlight()`), writes `/sw.js`. esbuild bundles `service-worker-runtime.js`
 * (the worker's behaviour, with Workbox) and workbox-build's injectManifest adds the precache
 * manifest, one revision per file. The worker's VERSION is a hash of every built file: any change
 * to the output makes the browser install the new worker (which downloads only changed files);
 * a build with identical output keeps the old one.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'field-guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, precached, bytes, assets, fragments } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `sw.js ${version}: ${precached} files precached (${(bytes / 1024).toFixed(0)} kB${fragments ? ', with search fragments' : ', search fragments cached when first shown'}), ` +
            `${assets} /_astro/ files fetched at install`,
        );
      },
    },
  };
}

/**
 * Writes `sw.js` into a build folder; returns what it precaches. Also used by the offline e2e test to "deploy" a
 * changed build.
 */
export async function writeServiceWorker(
  out: string,
): Promise<{ version: string; precached: number; bytes: number; assets: number; fragments: boolean }> {
  const { version, precache, assets, fragments } = manifestOf(out);
  const bundled = join(mkdtempSync(join(tmpdir(), 'field-guide-sw-')), 'sw.js');
  await build({
    entryPoints: [fileURLToPath(new URL('./service-worker-runtime.js', import.meta.url))],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    logLevel: 'warning',
    // Workbox drops its development logging when NODE_ENV is production.
    define: {
      'process.env.NODE_ENV': '"production"',
      VERSION: JSON.stringify(version),
      ASSET_URLS: JSON.stringify(assets),
    },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: precache,
    // Pagefind's chunks carry a hash in their names: the URL is the revision.
    dontCacheBustURLsMatching: /^pagefind\/(index|filter|fragment)\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  rmSync(dirname(bundled), { recursive: true, force: true });
  if (warnings.length > 0) throw new Error(`sw.js: ${warnings.join('; ')}`);
  return { version, precached: count, bytes: size, assets: assets.length, fragments };
}

/** Search result fragments are precached only while all of them together stay under this size. */
export const FRAGMENT_BUDGET = 2 * 1024 * 1024;

/**
 * Pagefind files the search needs before it can answer: the loader, its worker, the entry file,
 * the metadata, the WebAssembly and every index and filter chunk. Pagefind's own UI bundles
 * (`pagefind-ui.js` and friends) are left out: Starlight ships its search UI in `/_astro/`.
 */
const SEARCH_CORE = [
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/**',
  'pagefind/filter/**',
];

/**
 * Precached when the build has them (a wiki without a 404 page still gets a worker; offline it then shows the browser's
 * own error).
 */
const OPTIONAL = ['404.html', 'favicon.png'];

/**
 * What the worker for a build folder precaches (glob patterns), the /_astro/ files it fetches at install, and its
 * version.
 */
export function manifestOf(out: string): { version: string; precache: string[]; assets: string[]; fragments: boolean } {
  const files = listFiles(out).filter((f) => f !== 'sw.js');
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(out, f)))
      .update('\0');
  const version = hash.digest('hex').slice(0, 12);
  const fragmentBytes = files
    .filter((f) => f.startsWith('pagefind/fragment/'))
    .reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  const fragments = fragmentBytes <= FRAGMENT_BUDGET;
  const assets = files.filter((f) => f.startsWith('_astro/') && !f.endsWith('.map')).map((f) => `/${f}`);
  return {
    version,
    precache: [
      ...SEARCH_CORE,
      ...OPTIONAL.filter((f) => files.includes(f)),
      ...(fragments ? ['pagefind/fragment/**'] : []),
    ],
    assets,
    fragments,
  };
}

/** Every file under a folder, as sorted `/`-separated paths relative to it. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}
