/**
 * Runs of `n` or more words a page shares with a reference text (a source it was written from):
 * prose must be our own words. Compared on lowercased words; front matter, code, and link targets
 * (slugs repeat titles by design) are left out. Used by `npm run check:content -- --copies DIR`.
 */
export interface CopiedRun {
  /** 1-based line of the run's first word in the page. */
  line: number;
  words: number;
  text: string;
  reference: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words of a text with the line each starts on. */
function wordsOf(text: string): { word: string; line: number }[] {
  const out: { word: string; line: number }[] = [];
  let line = 1,
    last = 0;
  for (const m of text.matchAll(WORD)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    out.push({ word: m[0].toLowerCase().replace('’', "'"), line });
  }
  return out;
}

/** Blanks out what is not prose, keeping line breaks so line numbers stay right. */
function proseOf(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\[\[[^\]]*\]\]/g, (s) => `${blank(s)} zq0linkbreak0qz `) // a link breaks a run: its text is another page's title
    .replace(/\]\([^)]*\)/g, (s) => blank(s))
    .replace(/^(import|export) .*$/gm, blank);
}

/** Every maximal run of at least `n` words that the page shares with one of the references. */
export function copiedRuns(page: string, references: Record<string, string>, n = 8): CopiedRun[] {
  const words = wordsOf(proseOf(page));
  const runs: CopiedRun[] = [];
  for (const [reference, text] of Object.entries(references)) {
    const ref = wordsOf(text).map((w) => w.word);
    const shingles = new Set<string>();
    for (let i = 0; i + n <= ref.length; i++) shingles.add(ref.slice(i, i + n).join(' '));
    let i = 0;
    while (i + n <= words.length) {
      if (
        !shingles.has(
          words
            .slice(i, i + n)
            .map((w) => w.word)
            .join(' '),
        )
      ) {
        i++;
        continue;
      }
      let end = i + n;
      while (
        end < words.length &&
        shingles.has(
          words
            .slice(end - n + 1, end + 1)
            .map((w) => w.word)
            .join(' '),
        )
      )
        end++;
      runs.push({
        line: words[i]!.line,
        words: end - i,
        text: words
          .slice(i, end)
          .map((w) => w.word)
          .join(' '),
        reference,
      });
      i = end;
    }
  }
  return runs;
}
