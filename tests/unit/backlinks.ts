import type { Wiki } from '../../src/lib/wiki/index.ts';

/** Every "source->target" pair that a "Referenced by" list shows (wiki pages only, as rendered). */
export function backlinksFor(wiki: Wiki): string[] {
  const isWiki = (slug: string) => wiki.pages.get(slug)?.kind !== 'index';
  return [...wiki.inbound.entries()]
    .filter(([t]) => isWiki(t))
    .flatMap(([target, from]) => from.filter(isWiki).map((source) => `${source}->${target}`));
}
