import { z } from 'astro/zod';

/**
 * The kinds of wiki page, in sidebar order: the one list every other place derives from. The folder
 * in `content/` gives the kind; front matter repeats it. Labels are for headings and filters.
 */
const KIND_TABLE = [
  { kind: 'source', folder: 'sources', one: 'Source', many: 'Sources' },
  { kind: 'system', folder: 'systems', one: 'System', many: 'Systems' },
  { kind: 'concept', folder: 'concepts', one: 'Concept', many: 'Concepts' },
  { kind: 'pattern', folder: 'patterns', one: 'Pattern', many: 'Patterns' },
  { kind: 'person', folder: 'people', one: 'Person', many: 'People' },
  { kind: 'library', folder: 'library', one: 'Library guide', many: 'Library' },
] as const;

export type Kind = (typeof KIND_TABLE)[number]['kind'];
export const KINDS: readonly Kind[] = KIND_TABLE.map((k) => k.kind);

/** The folder of each kind under `content/`. */
export const KIND_FOLDERS = Object.fromEntries(KIND_TABLE.map((k) => [k.kind, k.folder])) as Record<Kind, string>;

/** Kind labels for headings and filters, singular and plural. */
export const KIND_LABELS = Object.fromEntries(KIND_TABLE.map((k) => [k.kind, { one: k.one, many: k.many }])) as Record<
  Kind,
  { one: string; many: string }
>;

const slugPattern = new RegExp(`^(${KIND_TABLE.map((k) => k.folder).join('|')})\\/[a-z0-9]+(?:-[a-z0-9]+)*$`);
const datePattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A wiki slug such as `systems/aws-ebs`: kind folder, slash, lowercase words joined by hyphens. */
const slug = z
  .string()
  .regex(slugPattern, 'expected a wiki slug such as "systems/aws-ebs" (kind folder / lowercase-hyphenated name)');
/** A source page's slug: `sources/<name>`. */
const sourceSlug = slug.refine(
  (s) => s.startsWith('sources/'),
  'expected the slug of a source page, such as "sources/all-things-distributed"',
);

/** Fields every wiki page has. */
const base = z.object({
  /** One sentence saying what the page is about: shown in indexes, link previews and search results. */
  summary: z
    .string()
    .min(20, 'write one full sentence (at least 20 characters)')
    .max(300, 'keep the summary to one sentence (at most 300 characters)'),
  /** Topics for the tag pages, lowercase words joined by hyphens, such as "storage". */
  tags: z
    .array(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase-hyphenated tag such as "block-storage"'),
    )
    .default([]),
  /** Other names readers search for, such as "EBS" or "Elastic Block Store". */
  aliases: z.array(z.string().min(2)).default([]),
  /** The source pages this page's facts come from, by slug, such as "sources/all-things-distributed". */
  sources: z.array(sourceSlug).default([]),
});

/** A blog, article, book, paper, talk or other published work the wiki cites. */
export const sourceSchema = base.extend({
  kind: z.literal('source'),
  /** What sort of work this is. */
  format: z.enum(['blog', 'article', 'book', 'paper', 'talk', 'website', 'email', 'comment']),
  /** Where to read it. */
  url: z.url('expected a full URL such as "https://www.allthingsdistributed.com/"').optional(),
  /** Who wrote it, as names (link people pages in the body). */
  author: z.array(z.string().min(2)).min(1, 'name at least one author'),
  /** When it was published: a year, year-month or full date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
      z.string().regex(datePattern, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
    )
    .optional(),
  /** The publisher or site that carries it. */
  publisher: z.string().optional(),
  /** For an article: the blog or collection it appeared in, by slug. */
  parent: sourceSlug.optional(),
});

/** A real system: a service, product, protocol or piece of software. */
export const systemSchema = base.extend({
  kind: z.literal('system'),
  /** Who builds or owns it, such as "Amazon Web Services". */
  vendor: z.string().optional(),
  /** The year it was first public, when a source gives it. */
  firstPublicYear: z.number().int().min(1950).max(2100).optional(),
});

/** An idea that recurs across systems. */
export const conceptSchema = base.extend({ kind: z.literal('concept') });

/** A reusable design with its trade-offs. */
export const patternSchema = base.extend({ kind: z.literal('pattern') });

/** A person whose work the wiki cites. */
export const personSchema = base.extend({
  kind: z.literal('person'),
  /** What the sources say they do or did, such as "CTO of Amazon.com". */
  roles: z.array(z.string().min(2)).min(1, 'give at least one role that a source states'),
});

/** A curated guide: a reading list, learning path or set of principles. */
export const librarySchema = base.extend({ kind: z.literal('library') });

/** Structural pages: the home page, the section indexes and the 404 page. */
export const indexSchema = z.object({ kind: z.literal('index') });

/** The wiki front matter, merged into Starlight's own schema. */
export const wikiSchema = z.discriminatedUnion('kind', [
  sourceSchema,
  systemSchema,
  conceptSchema,
  patternSchema,
  personSchema,
  librarySchema,
  indexSchema,
]);

export type WikiData = z.infer<typeof wikiSchema>;
