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
  /** Words of body prose (text outside code, JSX and front matter). */
  words: number;
  /** A YAML or MDX syntax error, if the page could not be read. */
  error?: { message: string; line: number };
}

/** Reads one page's front matter, headings and links with the same parser the build uses. */
export function scanPage(file: string, source: string): ScannedPage {
  const page: ScannedPage = { file, data: {}, dataLines: {}, headings: [], links: [], words: 0 };
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (frontMatter) readFrontMatter(page, frontMatter[1]!);
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source, { features: markdownFeatures });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    const at = /^(\d+):(\d+):\s*/.exec(first);
    page.error = { message: `MDX syntax error: ${first.slice(at?.[0].length ?? 0)} (in prose, escape < and { or put them in backticks)`, line: Number(at?.[1] ?? 1) };
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
      case 'link': {
        const start = node.position?.start;
        if (!start) return true;
        const wiki = source.startsWith('[[', start.offset ?? -1);
        page.links.push({ url: node.url, wiki, text: textOf(node), line: start.line, column: start.column });
        return true;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxAttribute' && (attr.name === 'href' || attr.name === 'link') && typeof attr.value === 'string' && attr.value.startsWith('/')) {
            const start = node.position?.start;
            page.links.push({ url: attr.value, wiki: false, text: '', line: start?.line ?? 1, column: start?.column ?? 1 });
          }
        }
        return true;
      }
      case 'text':
        page.words += countWords(node.value);
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

function readFrontMatter(page: ScannedPage, yaml: string): void {
  try {
    const data: unknown = parseYaml(yaml);
    if (data && typeof data === 'object' && !Array.isArray(data)) page.data = data as Record<string, unknown>;
  } catch (e) {
    page.error = { message: `front matter is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : e}`, line: 2 };
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
