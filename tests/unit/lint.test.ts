import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

/**
 * `npm run lint` (Prettier, then ESLint) fails on planted faults: these are the faults the lint
 * exists for, so a configuration that stopped catching them fails here. The planted text is
 * linted as if it were a file of the project (this one, an island), so type-aware rules see it.
 */
const here = new URL(import.meta.url).pathname;

describe('lint', () => {
  it('ESLint reports a promise nobody awaits, an unused variable and an unlabelled control', async () => {
    // Under CI=true typescript-eslint assumes a single run over files as they are on disk and
    // lints this file's own text instead of the planted one; the planted text needs the editor mode.
    const eslint = new ESLint({
      cwd: new URL('../..', import.meta.url).pathname,
      overrideConfig: { languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
    });
    const planted = [
      'async function save(): Promise<void> {}',
      'const unused = 1;',
      'export function go(): void {',
      '  save();',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(planted, { filePath: here });
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
    expect(rules).toContain('@typescript-eslint/no-unused-vars');

    const tsx = 'export const Field = () => <label>Speed<span /></label>;\n';
    const [a11y] = await eslint.lintText(tsx, {
      filePath: new URL('../../src/islands/SimOutput.tsx', import.meta.url).pathname,
    });
    expect(a11y!.messages.map((m) => m.ruleId)).toContain('jsx-a11y-x/label-has-associated-control');
  }, 120_000);

  it('Prettier rejects a line past 120 characters and accepts the same code formatted', async () => {
    const options = { ...(await prettier.resolveConfig(here)), filepath: here };
    const long = `export const words = ['${'a'.repeat(40)}', '${'b'.repeat(40)}', '${'c'.repeat(40)}'];\n`;
    expect(await prettier.check(long, options)).toBe(false);
    expect(await prettier.check(await prettier.format(long, options), options)).toBe(true);
    expect((await prettier.format(long, options)).split('\n').every((line) => line.length <= 120)).toBe(true);
  });
});
