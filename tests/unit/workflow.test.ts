import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

/**
 * The pull-request workflow is valid per the GitHub workflow schema (action-validator) and runs
 * what CI runs: `npm ci` then `npm test`, on the Node of .nvmrc, with the system packages that
 * .ci/run installs.
 */
const dir = new URL('../../.github/workflows/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s validates against the workflow schema', (file) => {
    expect(validateWorkflow(readFileSync(new URL(file, dir), 'utf-8')).errors).toEqual([]);
  });

  it('the validator rejects a broken workflow (so the check above can fail)', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: 3\n    stepz: []\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it("the checks workflow runs CI's steps on pull requests", () => {
    const text = readFileSync(new URL('ci.yml', dir), 'utf-8');
    expect(text).toMatch(/^ {2}pull_request:/m);
    expect(text).toContain('node-version-file: .nvmrc');
    expect(text).toContain('cache: npm');
    expect(text).toMatch(/run: npm ci\b/);
    expect(text).toMatch(/run: npm test$/m);
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf-8');
    for (const pkg of ['chromium', 'python3-simpy3']) {
      expect(ci).toContain(pkg);
      expect(text).toContain(pkg);
    }
  });
});
