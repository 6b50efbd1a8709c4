import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const sim = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

// Each test starts Node processes: slow when the other test files keep both cores busy.
describe('sims CLI', { timeout: 30_000 }, () => {
  it('lists the models', () => {
    const r = sim('list');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^queue /m);
  });

  it('runs a model with kebab-case flags and prints JSON', () => {
    const r = sim('queue', '--servers', '4', '--arrival-rate', '3.2', '--customers', '2000');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { params: object; summary: { meanWait: { value: number } } };
    expect(out.params).toMatchObject({ servers: 4, arrivalRate: 3.2 });
    expect(out.summary.meanWait.value).toBeGreaterThan(0);
  });

  it('exits 2 with one line naming a bad model, parameter or value', () => {
    for (const [args, pattern] of [
      [['nope'], /unknown model 'nope'/],
      [['queue', '--bogus', '1'], /unknown parameter --bogus/],
      [['queue', '--servers', '400'], /--servers: "400" is out of range \(allowed 1–128, whole numbers\)/],
    ] as const) {
      const r = sim(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  });
});
