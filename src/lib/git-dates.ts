import { spawnSync } from 'node:child_process';

/**
 * The newest commit date of every file under `content/`, read with one `git log` per build.
 * Starlight's own "last updated" only looks under `src/content/docs`, so pages in the
 * top-level `content/` get their dates here. Files never committed (a fresh draft) get none.
 */
let cache: Map<string, Date> | undefined;

export function lastCommitDate(filePath: string): Date | undefined {
  cache ??= readGitDates();
  return cache.get(filePath.replace(/^\.\//, ''));
}

function readGitDates(): Map<string, Date> {
  const dates = new Map<string, Date>();
  const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--no-renames', '--', 'content'], {
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (log.error || log.status !== 0) return dates;
  let current = 0;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) current = Number(line.slice(2)) * 1000;
    else if (line && !dates.has(line)) dates.set(line, new Date(current)); // newest commit comes first
  }
  return dates;
}
