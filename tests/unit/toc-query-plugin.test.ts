import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAST_STATEMENT, fastTocQuery, findStatement } from '../../src/plugins/starlight-toc-query.ts';

const FILE = new URL(
  '../../node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js',
  import.meta.url,
);
/** The module id Vite hands the plugin: the file's path. */
const ID = FILE.pathname;
const source = readFileSync(FILE, 'utf-8');
const transform = (code: string, id: string) => {
  const hook = fastTocQuery().transform as (code: string, id: string) => { code: string } | undefined;
  return hook.call({}, code, id);
};

describe('the table-of-contents query rewrite', () => {
  it("recognises the installed Starlight's query and replaces only that statement", () => {
    const statement = findStatement(source);
    expect(statement).toMatch(/^const toObserve = document\.querySelectorAll\(\[/);
    const out = transform(source, ID)!.code;
    expect(out).not.toContain(':not(:has(');
    expect(out).toContain(FAST_STATEMENT);
    expect(out.replace(FAST_STATEMENT, statement!)).toBe(source);
  });

  it('leaves every other module alone', () => {
    expect(transform(source, new URL('../../src/scripts/link-preview.ts', import.meta.url).pathname)).toBeUndefined();
  });

  it('stops the build with the file and what to do when Starlight changes the query', () => {
    const changed = source.replace('main > *:not(:has(', 'main > section:not(:has(');
    expect(changed).not.toBe(source);
    expect(() => transform(changed, ID)).toThrow(
      /starlight-toc\.js: Starlight's table-of-contents query is not the one src\/plugins\/starlight-toc-query\.ts rewrites.*update or remove the plugin/s,
    );
    expect(() => transform('customElements.define("starlight-toc", class {});', ID)).toThrow(/not the one/);
  });
});
