import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getWiki } from '../lib/wiki/index.ts';
import { hrefOf, published } from '../lib/wiki/views.ts';

/** RSS feed of source articles (pages with a `parent` and a full publication date), newest first. */
export function GET(context: APIContext) {
  const articles = [...getWiki().pages.values()]
    .filter(
      (p) => p.kind === 'source' && typeof p.data['parent'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(published(p)),
    )
    .sort((a, b) => published(b).localeCompare(published(a)));
  return rss({
    title: 'Distributed Systems Field Guide: articles',
    description: 'Engineering articles summarised in the Field Guide, newest first.',
    site: context.site ?? 'http://localhost:4321',
    items: articles.map((p) => ({
      title: p.title,
      description: p.summary,
      link: hrefOf(p.slug),
      pubDate: new Date(`${published(p)}T00:00:00Z`),
      ...(Array.isArray(p.data['author']) ? { author: (p.data['author'] as string[]).join(', ') } : {}),
      categories: p.tags,
    })),
  });
}
