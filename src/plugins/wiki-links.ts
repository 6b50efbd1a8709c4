import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { formatProblem, getWiki, resolveLink, slugOf, sourceEntryId, type Problem } from '../lib/wiki/index.ts';
import { isCitation } from '../lib/wiki/scan.ts';

/**
 * Sätteri mdast plugin: resolves `[[slug]]`, `[[slug|text]]` and `/slug/` links in pages under
 * `content/` against the link index. A bare `[[slug]]` shows the target's title; every internal
 * link carries the target's kind, title and summary for the hover preview, so previews need no
 * network request. An unknown page or heading fails the build with file:line and the closest slugs.
 *
 * `[[^sources/slug]]` is an inline citation: it renders as a numbered link ("[2]") to the
 * source's entry in the page's Sources list (numbered as `sourceListOf` numbers them), with the
 * source's title for screen readers and the hover preview. A citation of anything but a source
 * page fails the build like a broken link.
 */
export function wikiLinks({
  strict = true,
  root = process.cwd(),
}: { strict?: boolean; root?: string } = {}): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const file = relative(root, fileURLToPath(fileURL)).split('\\').join('/');
    if (!file.startsWith('content/')) return null;
    const problems: Problem[] = [];
    const index = getWiki(root); // once per page, not per link
    const self = index.pages.get(slugOf(file.slice('content/'.length)));
    return {
      name: 'field-guide:wiki-links',
      options: { position: true },
      link(node, ctx) {
        const start = node.position?.start;
        const wiki = ctx.source.startsWith('[[', start?.offset ?? -1);
        if (isCitation(node, ctx.source)) {
          const slug = node.url.slice(1);
          const cited = index.pages.get(slug);
          const n = (self?.citations.indexOf(slug) ?? -1) + 1;
          if (cited?.kind !== 'source' || n === 0) {
            const problem = cited
              ? `citation [[^${slug}]]: "${slug}" is a ${cited.kind} page; cite a source page`
              : `citation [[^${slug}]]: no source page "${slug}"`;
            problems.push({ file, line: start?.line ?? 1, column: start?.column ?? 1, message: problem });
            ctx.setProperty(node, 'data', { hProperties: { class: 'broken-link', title: problem } });
            return;
          }
          ctx.setProperty(node, 'url', `#${sourceEntryId(slug)}`);
          ctx.setProperty(node, 'children', [{ type: 'text', value: `[${n}]` }]);
          ctx.setProperty(node, 'data', {
            hProperties: {
              class: 'cite',
              'aria-label': `Source ${n}: ${cited.title}`,
              'data-wiki-kind': 'source',
              'data-preview-title': cited.title,
              'data-preview-summary': cited.summary,
            },
          });
          return;
        }
        const text = ctx.textContent(node);
        const raw = { url: node.url, wiki, text, line: start?.line ?? 1, column: start?.column ?? 1 };
        const { link, problem } = resolveLink(raw, index.pages, index.tags);
        if (problem) {
          problems.push({ file, line: raw.line, column: raw.column, message: problem });
          ctx.setProperty(node, 'data', { hProperties: { class: 'broken-link', title: problem } });
          return;
        }
        if (link.target === undefined) return;
        const target = index.pages.get(link.target)!;
        ctx.setProperty(
          node,
          'url',
          `/${target.slug}${target.slug ? '/' : ''}${link.fragment ? `#${link.fragment}` : ''}`,
        );
        if (wiki && text === node.url) ctx.setProperty(node, 'children', [{ type: 'text', value: target.title }]);
        ctx.setProperty(node, 'data', {
          hProperties: {
            'data-wiki-kind': target.kind,
            'data-preview-title': target.title,
            'data-preview-summary': target.summary,
          },
        });
      },
      after() {
        if (!problems.length) return;
        const message = `Broken wiki link(s):\n${problems.map(formatProblem).join('\n')}`;
        if (strict) throw new Error(message);
        console.warn(message);
      },
    };
  };
}
