/**
 * A throwaway copy of the project for building other content: the build-scale benchmark
 * (scripts/bench-build.ts) and the hostile front-matter test (tests/e2e/hostile.spec.ts) write
 * their own content/ into it and build it, leaving the project's own dist/ alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('..', import.meta.url).pathname;

/** Copies the project's code (not content/) into a new temporary folder and returns its path. */
export function copyProject(label: string): string {
  // A self-contained copy: node_modules is hard-linked (fast, no extra space), because Vite
  // mis-resolves a symlinked node_modules and externalizes one that lies outside the root.
  const root = mkdtempSync(join(tmpdir(), `fg-${label}-`));
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'sims'])
    cpSync(join(project, item), join(root, item), { recursive: true });
  const link = spawnSync('cp', ['-al', join(project, 'node_modules'), join(root, 'node_modules')]);
  if (link.status !== 0)
    cpSync(join(project, 'node_modules'), join(root, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  return root;
}

export interface BuildResult {
  seconds: number;
  peakMiB: number;
  ok: boolean;
  tail: string;
}

/** Builds the copy at root in its own Node process (this one's binary) and measures it. */
export function buildProject(root: string): BuildResult {
  const script = `const { build } = await import('astro'); await build({ root: ${JSON.stringify(root)}, logLevel: 'error' }); console.log('MAXRSS ' + process.resourceUsage().maxRSS);`;
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf-8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const kib = Number(/MAXRSS (\d+)/.exec(r.stdout)?.[1] ?? 0);
  return {
    seconds,
    peakMiB: kib / 1024,
    ok: r.status === 0,
    tail: `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n'),
  };
}
