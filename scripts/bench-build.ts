/**
 * `npm run bench:build [-- 500 2000 5000]`: the cost of the wiki features at scale.
 * For each N it generates N synthetic, interlinked pages into a temporary copy of the project and
 * builds it twice: with the wiki (link resolution, previews, backlinks, indexes, tag pages) and as
 * plain Starlight (same pages, no wiki features). It prints build time and peak memory (the build
 * process's max RSS; Pagefind's own child process is not included). It never fails for being slow.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject, type BuildResult } from './project-copy.ts';
import { generate } from './synthetic-wiki.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const Ns = sizes.length ? sizes : [500, 2000, 5000];
/** Rewrites the copy's config as plain Starlight: same pages, none of the wiki features. */
function makePlain(root: string): void {
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nimport { satteri } from '@astrojs/markdown-satteri';\nexport default defineConfig({ markdown: { processor: satteri({ features: { wikilinks: true, directive: true } }) }, integrations: [starlight({ title: 'Plain', disable404Route: true })] });\n`,
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }) };\n`,
  );
  rmSync(join(root, 'src', 'pages'), { recursive: true, force: true });
}

const rows: string[] = [];
for (const n of Ns) {
  const results: Record<string, BuildResult> = {};
  for (const mode of ['wiki', 'plain'] as const) {
    const root = copyProject(`bench-${mode}-${n}`);
    generate(root, n);
    if (mode === 'plain') makePlain(root);
    results[mode] = buildProject(root);
    if (!results[mode].peakMiB) console.error(`no memory figure from the build:\n${results[mode].tail}`);
    if (!results[mode].ok) console.error(`build failed (${mode}, N=${n}):\n${results[mode].tail}`);
    rmSync(root, { recursive: true, force: true });
  }
  const w = results['wiki']!,
    p = results['plain']!;
  rows.push(
    `| ${n} | ${w.seconds.toFixed(1)} | ${((w.seconds / n) * 1000).toFixed(1)} | ${w.peakMiB.toFixed(0)} | ${p.seconds.toFixed(1)} | ${((p.seconds / n) * 1000).toFixed(1)} | ${p.peakMiB.toFixed(0)} | ${(w.seconds / p.seconds).toFixed(2)}× |`,
  );
  console.log(
    `N=${n}: wiki ${w.seconds.toFixed(1)} s, ${w.peakMiB.toFixed(0)} MiB; plain Starlight ${p.seconds.toFixed(1)} s, ${p.peakMiB.toFixed(0)} MiB`,
  );
}
console.log(
  '\n| pages | wiki build (s) | ms/page | wiki peak RSS (MiB) | plain Starlight (s) | ms/page | plain peak RSS (MiB) | wiki / plain |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
