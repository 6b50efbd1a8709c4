import type { Plugin } from 'vite';

/**
 * Starlight's "On this page" script (starlight-toc.js) finds the elements to watch for the current
 * section with one `querySelectorAll` of four selectors, three of them `*:not(:has(heading))`.
 * Chromium tests that `:has()` on every element of the document, scanning each one's subtree, so the
 * cost grows with the number of elements times their depth. Our simulation pages hold deep SVG
 * figures and data tables (2,100 elements in <main>, 10.7 levels deep on average): on
 * /systems/aws-ebs/ the query took 30–66 ms a call on this machine right after load (10–20 ms
 * once the page has settled), and it runs once for each of the two tables of contents (desktop
 * and phone). A CPU profile at Lighthouse's 4× slowdown put 290 ms of the page load in it: most
 * of those pages' Total Blocking Time.
 *
 * This Vite plugin rewrites that one statement at build time: it selects the same candidates
 * without `:has()` and drops the ones holding a heading with `Element.querySelector`, which scans
 * only the few candidates' subtrees. The elements and their order are the same (an e2e test
 * compares both queries on every page); it measured 3.6–3.7 ms a call on /systems/aws-ebs/.
 *
 * If a Starlight release changes the statement, the build stops with a message saying so, rather
 * than quietly shipping the slow query or a broken one.
 */

/** Where the script lives inside @astrojs/starlight. */
const MODULE = /components-internals\/TableOfContents\/starlight-toc\.[jt]s(\?.*)?$/;

/** Starlight's statement (0.42): `const toObserve = document.querySelectorAll([ …four selectors… ].join());` */
const STATEMENT = /const toObserve = document\.querySelectorAll\(\[([^\]]*)\]\.join\(\)\);/;

/** The four selectors the statement must hold, whitespace removed, `H` for the heading selector. */
const EXPECTED = [
  '`main:where(H)`',
  '`main:where(H,.sl-heading-wrapper)~*:not(:has(H))`',
  '`main.sl-markdown-content>*:not(:has(H))`',
  '`main>*:not(:has(H))`',
];

/** The same elements, in document order, without `:has()`. */
export const FAST_STATEMENT = [
  'const tocHeadings = `main :where(${this.tocHeadingSelector})`;',
  'const toObserve = [...document.querySelectorAll([tocHeadings, `main :where(${this.tocHeadingSelector}, .sl-heading-wrapper) ~ *`, "main .sl-markdown-content > *", "main > *"].join())]',
  '.filter((el) => el.matches(tocHeadings) || !el.querySelector(this.tocHeadingSelector));',
].join(' ');

/** Starlight's own statement in `source`, when it is the one this plugin knows how to replace. */
export function findStatement(source: string): string | undefined {
  const match = STATEMENT.exec(source);
  if (!match) return undefined;
  const selectors = match[1]!
    .split(/,\s*(?=`)/)
    .map((s) => s.replace(/\s+/g, '').replaceAll('${this.tocHeadingSelector}', 'H'));
  return selectors.length === EXPECTED.length && selectors.every((s, i) => s === EXPECTED[i]) ? match[0] : undefined;
}

export function fastTocQuery(): Plugin {
  return {
    name: 'field-guide:fast-toc-query',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id)) return undefined;
      const statement = findStatement(code);
      if (!statement) {
        throw new Error(
          `${id}: Starlight's table-of-contents query is not the one src/plugins/starlight-toc-query.ts rewrites (Starlight 0.42's "const toObserve = document.querySelectorAll([…].join());"). ` +
            'Check whether the new release still needs the rewrite, then update or remove the plugin in astro.config.mjs.',
        );
      }
      return { code: code.replace(statement, () => FAST_STATEMENT), map: null };
    },
  };
}
