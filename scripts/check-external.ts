/**
 * `npm run check:external`: every external URL the wiki cites (front-matter `url` fields and links
 * in page bodies, read through the link index in src/lib/wiki/), with the pages (file:line) that
 * cite it, and whether it is a well-formed https URL.
 *   npm run check:external               classify only; no network
 *   npm run check:external -- --online   also check each URL answers (HEAD, then GET), 4 at a time
 * Exits 1 only when a URL is malformed; http:, other schemes and unreachable sites are reported,
 * since a site being down today is no reason to fail anyone's build. Not part of CI.
 */
import { lookup } from 'node:dns/promises';
import { buildWiki, type Wiki } from '../src/lib/wiki/index.ts';

/** How a URL as written is judged. Only `malformed` makes the check fail. */
export type UrlClass = 'https' | 'http' | 'other-scheme' | 'malformed';

/** One external URL and every place that cites it. */
export interface ExternalUrl {
  url: string;
  class: UrlClass;
  /** Why it is not `https`, for the table. */
  reason?: string;
  /** `content/systems/aws-ebs.mdx:12`, in file order. */
  citations: string[];
}

/** True for what counts as external: anything with a scheme (`https:`, `mailto:`…) or starting `//`. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Classifies a URL as written: well-formed https, http, another scheme, or malformed (with why). */
export function classify(raw: string): { class: UrlClass; reason?: string } {
  if (raw !== raw.trim() || /\s/.test(raw)) return { class: 'malformed', reason: 'contains whitespace' };
  if (/[<>"{}|\\^`]/.test(raw)) return { class: 'malformed', reason: 'contains a character URLs must escape' };
  if (raw.startsWith('//')) return { class: 'other-scheme', reason: 'protocol-relative; write https://' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { class: 'malformed', reason: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { class: 'other-scheme', reason: `${url.protocol} is not a web link` };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw))
    return { class: 'malformed', reason: `expected ${url.protocol}// before the host` };
  const host = url.hostname;
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  if (
    !host ||
    (!ip && !/^([a-z0-9-]+\.)+[a-z][a-z0-9-]*\.?$/i.test(host)) ||
    host.split('.').some((label) => label.startsWith('-') || label.endsWith('-'))
  ) {
    return { class: 'malformed', reason: `"${host}" is not a public host name` };
  }
  if (url.username || url.password) return { class: 'malformed', reason: 'carries a user name or password' };
  if (url.protocol === 'http:') return { class: 'http', reason: 'not encrypted; use https:// if the site offers it' };
  return { class: 'https' };
}

/** Every external URL in the wiki with its citations, sorted by URL. */
export function collectExternal(wiki: Wiki): ExternalUrl[] {
  const found = new Map<string, string[]>();
  const cite = (url: string, at: string) => found.set(url, [...(found.get(url) ?? []), at]);
  for (const page of wiki.pages.values()) {
    for (const [key, value] of Object.entries(page.data)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string' && (key === 'url' || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)))
          cite(v, `${page.file}:${page.dataLines[key] ?? 1}`);
      }
    }
    for (const link of wiki.links.get(page.slug) ?? [])
      if (isExternal(link.url)) cite(link.url, `${page.file}:${link.line}`);
  }
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, citations]) => ({ url, ...classify(url), citations }));
}

/** Whether a URL answers: HEAD first, GET when HEAD is refused; redirects followed. */
export async function reach(url: string, timeoutMs = 10_000): Promise<string> {
  const attempt = async (method: 'HEAD' | 'GET') => {
    const response = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'User-Agent': 'field-guide-link-check/1 (+https://github.com/distributed-systems-field-guide/field-guide)',
      },
    });
    await response.body?.cancel();
    return response.status;
  };
  try {
    let status = await attempt('HEAD').catch(() => 0);
    if (status === 0 || status >= 400) status = await attempt('GET');
    return status < 400 ? `ok ${status}` : `HTTP ${status}`;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return (e as Error).name === 'TimeoutError' ? 'timeout' : (cause ?? (e as Error).message);
  }
}

/** Runs `task` over `items`, at most `limit` at a time, keeping order. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i]!);
      }
    }),
  );
  return out;
}

/** True when a few of the hosts resolve: otherwise the machine has no network and checks would all fail. */
async function networkExists(urls: ExternalUrl[]): Promise<boolean> {
  const hosts = [
    ...new Set(urls.filter((u) => u.class === 'https' || u.class === 'http').map((u) => new URL(u.url).hostname)),
  ].slice(0, 3);
  const answers = await Promise.all(
    hosts.map((h) =>
      Promise.race([
        lookup(h).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((r) => setTimeout(() => r(false), 3000)),
      ]),
    ),
  );
  return answers.some(Boolean);
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

async function main(): Promise<void> {
  const online = process.argv.includes('--online');
  const urls = collectExternal(buildWiki(process.cwd()));
  let reached: string[] | undefined;
  if (online) {
    if (await networkExists(urls))
      reached = await pool(urls, 4, (u) =>
        u.class === 'https' || u.class === 'http' ? reach(u.url) : Promise.resolve('not checked'),
      );
    else console.log('No network (host names do not resolve): reachability not checked.\n');
  }
  console.log(`| URL | verdict | ${reached ? 'reachable | ' : ''}cited at |`);
  console.log(`| --- | --- | ${reached ? '--- | ' : ''}--- |`);
  urls.forEach((u, i) => {
    const verdict = u.class === 'https' ? 'ok' : `${u.class}: ${u.reason}`;
    console.log(
      `| ${cell(u.url)} | ${cell(verdict)} | ${reached ? `${reached[i]} | ` : ''}${u.citations.join(', ')} |`,
    );
  });
  const count = (c: UrlClass) => urls.filter((u) => u.class === c).length;
  const citations = urls.reduce((n, u) => n + u.citations.length, 0);
  console.log(
    `\n${urls.length} external URLs, ${citations} citations: ${count('https')} https, ${count('http')} http, ${count('other-scheme')} other scheme, ${count('malformed')} malformed.`,
  );
  if (reached) {
    const ok = reached.filter((r) => r.startsWith('ok')).length;
    console.log(`Reachable: ${ok} of ${reached.filter((r) => r !== 'not checked').length} checked.`);
  }
  if (count('malformed') > 0) process.exit(1);
}

if (import.meta.main) await main();
