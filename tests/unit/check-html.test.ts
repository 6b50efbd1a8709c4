import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JavaMissingError, checkHtml, formatMessages, htmlFiles } from '../../scripts/check-html.ts';

const head = '<head><meta charset="utf-8"><title>t</title></head>';
const page = (body: string) => `<!doctype html>\n<html lang="en">\n${head}\n<body>\n${body}\n</body>\n</html>\n`;

/** A tiny dist: one valid page and one page with the three faults the site once had. */
const dist = mkdtempSync(join(tmpdir(), 'check-html-'));
mkdirSync(join(dist, 'bad'));
writeFileSync(join(dist, 'index.html'), page('<main><p>Fine.</p></main>'));
writeFileSync(
  join(dist, 'bad', 'index.html'),
  page(
    [
      '<p>Intro.</p><style>p{color:red}</style>',
      '<script aria-hidden="true">void 0;</script>',
      '<svg viewBox="0 0 1 1" role="img" aria-label="c"><clipPath id="a b"><rect width="1" height="1"/></clipPath></svg>',
    ].join('\n'),
  ),
);
writeFileSync(join(dist, 'notes.txt'), 'not a page');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('check:html', () => {
  it('finds the .html files under a folder, sorted, and nothing else', () => {
    expect(htmlFiles(dist)).toEqual([join(dist, 'bad', 'index.html'), join(dist, 'index.html')]);
  });

  it('reports each planted fault with its file and line, and nothing on the valid page', () => {
    const report = checkHtml(htmlFiles(dist), dist);
    expect(report.pages).toBe(2);
    expect(report.errors.every((e) => e.file === join('bad', 'index.html'))).toBe(true);
    const at = (pattern: RegExp) => report.errors.find((e) => pattern.test(e.message));
    expect(at(/“style” element in “body” must be the first child/)).toMatchObject({ line: 5 });
    expect(at(/“aria-hidden” attribute must not be specified on the “script”/)).toMatchObject({ line: 6 });
    expect(at(/Bad value “a b” for attribute “id”/)).toMatchObject({ line: 7 });
    expect(report.errors).toHaveLength(3);
  }, 60_000);

  it('groups a repeated message once, with every file:line:column under it', () => {
    const fault = { message: 'Bad thing.', extract: '<x>' };
    const lines = formatMessages([
      { file: 'a.html', line: 1, column: 2, ...fault },
      { file: 'b.html', line: 3, column: 4, ...fault },
      { file: 'a.html', line: 5, column: 6, ...fault },
      { file: 'a.html', line: 7, column: 8, message: 'Other.' },
    ]);
    expect(lines).toEqual([
      '3× on 2 page(s): Bad thing.',
      '  markup: <x>',
      '  a.html:1:2, a.html:5:6',
      '  b.html:3:4',
      '1× on 1 page(s): Other.',
      '  a.html:7:8',
    ]);
  });

  it('says to install Java when there is none', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = join(dist, 'no-java-here');
    try {
      expect(() => checkHtml([join(dist, 'index.html')])).toThrow(JavaMissingError);
      expect(() => checkHtml([join(dist, 'index.html')])).toThrow(/default-jre-headless/);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});
