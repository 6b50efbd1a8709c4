import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../src/lib/wiki/copies.ts';

describe('copied runs', () => {
  const ref = { 'ref.txt': 'The quick brown fox jumps over the lazy dog near the quiet river bank today.' };

  it('finds a maximal run of eight or more shared words, with its line', () => {
    const page =
      '---\ntitle: x\n---\n\nIntro.\nWe saw that the quick brown fox jumps over the lazy dog near the river.\n';
    expect(copiedRuns(page, ref)).toEqual([
      { line: 6, words: 11, text: 'the quick brown fox jumps over the lazy dog near the', reference: 'ref.txt' },
    ]);
  });

  it('ignores runs shorter than eight words, front matter, code and link targets', () => {
    const page =
      '---\nsummary: the quick brown fox jumps over the lazy dog near\n---\n\nThe quick brown fox jumps over it.\n\n`the quick brown fox jumps over the lazy dog`\n\n[[sources/the-quick-brown-fox-jumps-over-the-lazy-dog]]\n';
    expect(copiedRuns(page, ref)).toEqual([]);
  });

  it('a wiki link breaks a run', () => {
    expect(copiedRuns('The quick brown fox [[systems/x]] jumps over the lazy dog near.', ref)).toEqual([]);
  });
});
