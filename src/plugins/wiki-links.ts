import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';
import { formatProblem, getWiki, resolveLink, type Problem } from '../lib/wiki/index.ts';

/**
 * Sätteri mdast plugin: resolves `[[slug]]`, `[[slug|text]]` and `/slug/` links in pages under
 * `content/` against the link index. A bare `[[slug]]` shows the target's title; every internal
 * link carries the target's kind, title and summary for the hover preview, so previews need no
 * network request. An unknown page or heading fails the build with file:line and the closest slugs.
 */
export function wikiLinks({ strict = true, root = process.cwd() }: { strict?: boolean; root?: string } = {}): MdastPluginEntry {
  return ({ fileURL }) => {
    if (!fileURL) return null;
    const file = relative(root, fileURLToPath(fileURL)).split('\\').join('/');
    if (!file.startsWith('content/')) return null;
    const problems: Problem[] = [];
    const index = getWiki(root); // once per page, not per link
    return {
      name: 'field-guide:wiki-links',
      options: { position: true },
      link(node, ctx) {
        const start = node.position?.start;
        const wiki = ctx.source.startsWith('[[', start?.offset ?? -1);
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
        ctx.setProperty(node, 'url', `/${target.slug}${target.slug ? '/' : ''}${link.fragment ? `#${link.fragment}` : ''}`);
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
