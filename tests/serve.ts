/**
 * A static server for the built site that behaves like the Netlify deploy: it serves dist/,
 * applies the [[headers]] rules of netlify.toml (so tests see the real security headers) and
 * answers unknown paths with 404.html and status 404, and gzips text when the browser accepts it
 * (Netlify compresses too, with Brotli where it can, so transfer sizes here are if anything larger
 * than the deploy's). Only ever binds 127.0.0.1.
 * Usage: node tests/serve.ts [port]   (E2E_DIST=dist-x to serve another build folder)
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { parse } from 'smol-toml';

/** The built site; E2E_DIST serves another build folder (e.g. `astro build --outDir dist-x`). */
const root = `${new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname.replace(/\/+$/, '')}/`;
const port = Number(process.argv[2] ?? 4322);
const config = parse(readFileSync(new URL('../netlify.toml', import.meta.url), 'utf-8')) as { headers?: { for: string; values: Record<string, string> }[] };
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.txt': 'text/plain', '.wasm': 'application/wasm', '.csv': 'text/csv',
};

/** Netlify-style path patterns: `/*` matches anything below, `:name` one segment. */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);
  return re.test(path);
}

function resolve(path: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, join(file, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch { /* not there */ }
  }
  return undefined;
}

/**
 * A redeploy, for the offline test: a browser holding the cookie `e2e-sw-version=<hex>` gets the
 * service worker under that version, as if a new build had been deployed. Cookies are per browser
 * context, so parallel tests each see their own deploy; the files on disk never change.
 */
function redeployed(sw: Buffer, cookie: string | undefined): Buffer {
  const version = /(?:^|;\s*)e2e-sw-version=([0-9a-f]{12})(?:;|$)/.exec(cookie ?? '')?.[1];
  return version ? Buffer.from(sw.toString('utf-8').replace(/^const VERSION = "[0-9a-f]+";$/m, `const VERSION = "${version}";`)) : sw;
}

/** Text worth compressing; images and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt', '.csv']);
/** Gzipped bodies by file and size and mtime: each file is compressed once per server. */
const gzipped = new Map<string, Buffer>();
function gzip(file: string, body: Buffer): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  let out = gzipped.get(key);
  if (!out) gzipped.set(key, (out = gzipSync(body)));
  return out;
}

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = resolve(path);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  const headers: Record<string, string> = { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' };
  for (const rule of config.headers ?? []) if (matches(rule.for, path)) Object.assign(headers, rule.values);
  let body = path === '/sw.js' ? redeployed(readFileSync(served), req.headers.cookie) : readFileSync(served);
  if (compressible.has(extname(served))) {
    headers['Vary'] = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // The service worker differs per redeploy cookie, so it is not cached.
      body = path === '/sw.js' ? gzipSync(body) : gzip(served, body);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}`));
