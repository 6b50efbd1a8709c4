import GithubSlugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';

/** Parser features shared by the build (astro.config.mjs) and the link index, so both read pages alike. */
export const markdownFeatures = { wikilinks: true, directive: true } as const;

/** One outgoing link as written in a page. */
export interface RawLink {
  /** Target as written: `systems/aws-ebs` for a wiki link, `/systems/aws-ebs/` for a Markdown link. */
  url: string;
  /** True for the `[[…]]` form. */
  wiki: boolean;
  /** The link text as the reader sees it. */
  text: string;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
}

/** One inline citation as written: `[[^sources/aws-ebs-retrospective]]`. */
export interface RawCitation {
  /** The cited slug as written, without the caret. */
  slug: string;
  line: number;
  column: number;
}

/**
 * One block of prose that states a figure (a number with a unit, a percentage, a year…), for the
 * citation coverage report: a paragraph, a list item's paragraph, or a whole table.
 */
export interface FigureBlock {
  line: number;
  /** True when the block carries at least one inline citation. */
  cited: boolean;
  /** The figure that made it count, e.g. "120 IOPS". */
  figure: string;
}

/** What the link index needs from one page, read straight from its source. */
export interface ScannedPage {
  /** Path from the project root, e.g. `content/systems/aws-ebs.mdx`. */
  file: string;
  /** Front matter as parsed YAML (validated elsewhere). */
  data: Record<string, unknown>;
  /** The line on which each front-matter key starts, for error messages. */
  dataLines: Record<string, number>;
  /** Heading ids as Starlight renders them (github-slugger over the heading text). */
  headings: string[];
  links: RawLink[];
  /** Inline citations in reading order (repeats included). */
  citations: RawCitation[];
  /** Paragraphs, list items and tables that state a figure, with whether they cite. */
  figures: FigureBlock[];
  /** Lines of prose that use the project's internal words ("the seed", "the hub"). */
  internalWords: { line: number; word: string }[];
  /** Words of body prose (text outside code, JSX and front matter). */
  words: number;
  /** A YAML or MDX syntax error, if the page could not be read. */
  error?: { message: string; line: number };
}

/** Reads one page's front matter, headings and links with the same parser the build uses. */
export function scanPage(file: string, source: string): ScannedPage {
  const page: ScannedPage = {
    file,
    data: {},
    dataLines: {},
    headings: [],
    links: [],
    citations: [],
    figures: [],
    internalWords: [],
    words: 0,
  };
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (frontMatter) readFrontMatter(page, frontMatter[1]!);
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: markdownFeatures });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    const at = /^(\d+):(\d+):\s*/.exec(first);
    page.error = {
      message: `MDX syntax error: ${first.slice(at?.[0].length ?? 0)} (in prose, escape < and { or put them in backticks)`,
      line: Number(at?.[1] ?? 1),
    };
    return page;
  }
  const slugger = new GithubSlugger();
  walk(tree, (node) => {
    switch (node.type) {
      case 'yaml':
        return false;
      case 'heading':
        page.headings.push(slugger.slug(textOf(node)));
        return true;
      case 'paragraph':
      case 'table':
        noteFigure(page, node, source);
        return true;
      case 'link': {
        const start = node.position?.start;
        if (!start) return true;
        if (isCitation(node, source)) {
          page.citations.push({ slug: node.url.slice(1), line: start.line, column: start.column });
          return false;
        }
        const wiki = source.startsWith('[[', start.offset ?? -1);
        page.links.push({ url: node.url, wiki, text: textOf(node), line: start.line, column: start.column });
        return true;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        for (const attr of node.attributes) {
          if (
            attr.type === 'mdxJsxAttribute' &&
            (attr.name === 'href' || attr.name === 'link') &&
            typeof attr.value === 'string' &&
            attr.value.startsWith('/')
          ) {
            const start = node.position?.start;
            page.links.push({
              url: attr.value,
              wiki: false,
              text: '',
              line: start?.line ?? 1,
              column: start?.column ?? 1,
            });
          }
        }
        return true;
      }
      case 'text':
        page.words += countWords(node.value);
        for (const m of node.value.matchAll(INTERNAL_WORDS)) {
          page.internalWords.push({
            line: (node.position?.start.line ?? 1) + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0),
            word: m[0],
          });
        }
        return false;
      case 'code':
      case 'inlineCode':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return false;
      default:
        return true;
    }
  });
  return page;
}

/** A citation is a wiki link whose target starts with a caret: `[[^sources/slug]]`. */
export function isCitation(
  node: { url: string; position?: { start: { offset?: number | undefined } } | undefined },
  source: string,
): boolean {
  return node.url.startsWith('^') && source.startsWith('[[^', node.position?.start.offset ?? -1);
}

/**
 * Words that only mean something inside this project: the documents the wiki was started from
 * ("the seed", "seed list") and "the hub" for a source page. A reader meets the source's real
 * name instead. A simulation's "random seed" is a reader-facing word and stays allowed.
 */
export const INTERNAL_WORDS =
  /\bseed (?:list|material|documents?)\b|\b(?<!random )(?<!RNG )seeds?\b(?! (?:value|number|of the (?:run|generator)))|\bthe hub\b|\bhub page\b/gi;

/**
 * A figure a reader would want a source for: a number with a unit or a scale word, a percentage,
 * a multiple ("10×"), or a year (1950–2099). Plain small counts ("three ideas") do not count.
 */
export const FIGURE =
  /(?:\b\d[\d,.]*\s?(?:%|×|x\b|ms\b|µs\b|us\b|ns\b|s\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|IOPS\b|[KMGTPE]i?B\b|[KMGT]bps\b|Gb\/s|GB\/s|MB\/s|million\b|billion\b|trillion\b|thousand\b|percent\b|times\b|rules\b|slots\b|drives\b|servers\b|hosts\b|requests\b|nodes\b|customers\b|engineers\b|lines\b|nines\b))|(?:\b(?:19[5-9]\d|20\d\d)\b)/i;

function noteFigure(page: ScannedPage, node: AnyNode, source: string): void {
  let cited = false;
  let prose = '';
  walk(node, (n) => {
    if (n.type === 'link') {
      if (isCitation(n, source)) cited = true;
      return false; // a link's text is another page's title (or a slug with a date in it), not a claim
    }
    if (n.type === 'text') prose += `${n.value} `;
    return n.type !== 'inlineCode' && n.type !== 'mdxTextExpression';
  });
  const figure = FIGURE.exec(prose)?.[0];
  if (figure) page.figures.push({ line: node.position?.start.line ?? 1, cited, figure: figure.trim() });
}

function readFrontMatter(page: ScannedPage, yaml: string): void {
  try {
    const data: unknown = parseYaml(yaml);
    if (data && typeof data === 'object' && !Array.isArray(data)) page.data = data as Record<string, unknown>;
  } catch (e) {
    page.error = {
      message: `front matter is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      line: 2,
    };
  }
  yaml.split('\n').forEach((text, i) => {
    const key = /^([A-Za-z][\w-]*):/.exec(text)?.[1];
    if (key) page.dataLines[key] = i + 2; // line 1 is the opening ---
  });
}

type AnyNode = MdastNode & { children?: AnyNode[] };

/** Depth-first walk; the visitor returns false to skip a node's children. */
function walk(node: AnyNode, visit: (node: AnyNode) => boolean): void {
  if (!visit(node)) return;
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: AnyNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}
