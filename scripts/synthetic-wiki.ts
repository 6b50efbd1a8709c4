/**
 * A synthetic, interlinked wiki of N pages for benchmarks (build scale, graph rendering):
 * every kind represented, five links per page (wiki and Markdown forms, one with a heading),
 * deterministic for a given N.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folders = ['sources', 'systems', 'concepts', 'patterns', 'people', 'library'] as const;
const kinds = ['source', 'system', 'concept', 'pattern', 'person', 'library'] as const;
const words =
  'queue server latency replica shard tenant partition heat drive volume network lock cache log quorum lease'.split(
    ' ',
  );

/** A tiny deterministic generator (mulberry32) so every run builds the same wiki. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes content/ for N synthetic pages (plus home and kind indexes) under root. */
export function generate(root: string, n: number): void {
  const rand = prng(n);
  const slugs = Array.from({ length: n }, (_, i) => `${folders[i % folders.length]}/page-${i}`);
  for (const f of folders) {
    mkdirSync(join(root, 'content', f), { recursive: true });
    writeFileSync(
      join(root, 'content', f, 'index.mdx'),
      `---\nkind: index\ntitle: ${f}\n---\n\nThe ${f} of the synthetic wiki.\n`,
    );
  }
  writeFileSync(
    join(root, 'content', 'index.mdx'),
    `---\nkind: index\ntitle: Home\n---\n\nA synthetic wiki of ${n} pages.\n`,
  );
  slugs.forEach((slug, i) => {
    const kind = kinds[i % kinds.length]!;
    const pick = () => slugs[Math.floor(rand() * n)]!;
    const prose = () => Array.from({ length: 40 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    const extra =
      kind === 'source'
        ? 'format: article\nauthor: [Bench Writer]\npublished: 2024-01-01\n'
        : kind === 'person'
          ? 'roles: [Engineer]\n'
          : '';
    const body = [
      `## Overview\n\n${prose()} [[${pick()}]] ${prose()} [[${pick()}|a neighbour]].`,
      `## Design\n\n${prose()} [link](/${pick()}/) ${prose()} [[${slugs[(i + 1) % n]}]].`,
      `## Trade-offs\n\n${prose()} [[${pick()}#design]] ${prose()}.`,
    ].join('\n\n');
    writeFileSync(
      join(root, 'content', `${slug}.mdx`),
      `---\nkind: ${kind}\ntitle: Page ${i}\nsummary: Synthetic page ${i}, generated to measure how the build scales.\ntags: [tag-${i % 25}]\n${extra}---\n\n${body}\n`,
    );
  });
}
