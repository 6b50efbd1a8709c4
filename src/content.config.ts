import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { wikiSchema } from './schema.ts';
import { i18nLoader } from '@astrojs/starlight/loaders';

/** Pages live in the top-level `content/`; files starting with `_` (templates) are skipped. */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: wikiSchema }),
  }),
  /** Site-wide overrides of Starlight's UI strings (src/content/i18n/en.json). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
