/**
 * `npm run bench:build [-- 500 2000 5000]`: the cost of the wiki features at scale.
 * For each N it generates N synthetic, interlinked pages into a temporary copy of the project and
 * builds it twice: with the wiki (link resolution, previews, backlinks, indexes, tag pages) and as
 * plain Starlight (same pages, no wiki features). It prints build time and peak memory (the build
 * process's max RSS; Pagefind's own child process is not included). It never fails for being slow.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { generate } from './synthetic-wiki.ts';
import { join } from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const Ns = sizes.length ? sizes : [500, 2000, 5000];
const project = process.cwd();
/** Rewrites the copy's config as plain Starlight: same pages, none of the wiki features. */
function makePlain(root: string): void {
  writeFileSync(join(root, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nimport { satteri } from '@astrojs/markdown-satteri';\nexport default defineConfig({ markdown: { processor: satteri({ features: { wikilinks: true, directive: true } }) }, integrations: [starlight({ title: 'Plain', disable404Route: true })] });\n`);
  writeFileSync(join(root, 'src', 'content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }) };\n`);
  rmSync(join(root, 'src', 'pages'), { recursive: true, force: true });
}

function build(root: string): { seconds: number; peakMiB: number; ok: boolean; tail: string } {
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(root)}, logLevel: 'error' }); console.log('MAXRSS ' + process.resourceUsage().maxRSS);`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf-8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const kib = Number(/MAXRSS (\d+)/.exec(r.stdout)?.[1] ?? 0);
  if (!kib) console.error(`no memory figure from the build:\n${r.stdout.slice(-500)}\n${r.stderr.slice(-1500)}`);
  return { seconds, peakMiB: kib / 1024, ok: r.status === 0, tail: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n') };
}

function copyProject(label: string): string {
  // A self-contained copy: node_modules is hard-linked (fast, no extra space), because Vite
  // mis-resolves a symlinked node_modules and externalizes one that lies outside the root.
  const root = mkdtempSync(join(tmpdir(), `fg-bench-${label}-`));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'sims']) cpSync(join(project, item), join(root, item), { recursive: true });
  const link = spawnSync('cp', ['-al', join(project, 'node_modules'), join(root, 'node_modules')]);
  if (link.status !== 0) cpSync(join(project, 'node_modules'), join(root, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  return root;
}

const rows: string[] = [];
for (const n of Ns) {
  const results: Record<string, ReturnType<typeof build>> = {};
  for (const mode of ['wiki', 'plain'] as const) {
    const root = copyProject(`${mode}-${n}`);
    generate(root, n);
    if (mode === 'plain') makePlain(root);
    results[mode] = build(root);
    if (!results[mode]!.ok) console.error(`build failed (${mode}, N=${n}):\n${results[mode]!.tail}`);
    rmSync(root, { recursive: true, force: true });
  }
  const w = results['wiki']!, p = results['plain']!;
  rows.push(`| ${n} | ${w.seconds.toFixed(1)} | ${(w.seconds / n * 1000).toFixed(1)} | ${w.peakMiB.toFixed(0)} | ${p.seconds.toFixed(1)} | ${(p.seconds / n * 1000).toFixed(1)} | ${p.peakMiB.toFixed(0)} | ${(w.seconds / p.seconds).toFixed(2)}× |`);
  console.log(`N=${n}: wiki ${w.seconds.toFixed(1)} s, ${w.peakMiB.toFixed(0)} MiB; plain Starlight ${p.seconds.toFixed(1)} s, ${p.peakMiB.toFixed(0)} MiB`);
}
console.log('\n| pages | wiki build (s) | ms/page | wiki peak RSS (MiB) | plain Starlight (s) | ms/page | plain peak RSS (MiB) | wiki / plain |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
