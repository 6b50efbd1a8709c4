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
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parse } from 'smol-toml';

/** The built site; E2E_DIST serves another build folder (e.g. `astro build --outDir dist-x`). */
const dist = `${new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url).pathname.replace(/\/+$/, '')}/`;
const port = Number(process.argv[2] ?? 4322);
const config = parse(readFileSync(new URL('../netlify.toml', import.meta.url), 'utf-8')) as {
  headers?: { for: string; values: Record<string, string> }[];
};
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
};

/** Netlify-style path patterns: `/*` matches anything below, `:name` one segment. */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+')}$`,
  );
  return re.test(path);
}

function resolve(root: string, path: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, join(file, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/**
 * A redeploy, for the offline test: a browser holding the cookie `e2e-deploy=<name>` is served
 * the build folder `<os tmpdir>/<name>` (names `field-guide-deploy-…` only), a changed copy of
 * the build that the test made with its own service worker, as if it had been deployed. Cookies
 * are per browser context, so parallel tests keep seeing dist/.
 */
function rootFor(cookie: string | undefined): string {
  const name = /(?:^|;\s*)e2e-deploy=(field-guide-deploy-[\w-]+)(?:;|$)/.exec(cookie ?? '')?.[1];
  return name ? `${join(tmpdir(), name)}/` : dist;
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

/** A slow network, for the offline test: `e2e-delay=<ms>` holds every response that long. */
const delayOf = (cookie: string | undefined) =>
  Number(/(?:^|;\s*)e2e-delay=(\d{1,5})(?:;|$)/.exec(cookie ?? '')?.[1] ?? 0);

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const root = rootFor(req.headers.cookie);
  const file = resolve(root, path);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  const headers: Record<string, string> = { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' };
  for (const rule of config.headers ?? []) if (matches(rule.for, path)) Object.assign(headers, rule.values);
  let body: Buffer = readFileSync(served);
  if (compressible.has(extname(served))) {
    headers['Vary'] = 'Accept-Encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzip(served, body);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.length);
  setTimeout(() => {
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }, delayOf(req.headers.cookie));
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ on http://127.0.0.1:${port}`));
