import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a throwaway project tree ({ 'content/systems/a.mdx': '…' }) and returns its root. */
export function writeFixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'field-guide-fixture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A valid wiki page of the given kind, with optional extra front matter and body. */
export function page(kind: string, title: string, body: string, extra = ''): string {
  const sources =
    kind === 'source' ? 'format: article\nauthor: [A. Writer]\n' : kind === 'person' ? 'roles: [Engineer]\n' : '';
  return `---\nkind: ${kind}\ntitle: ${title}\nsummary: ${title} is a page used by the wiki engine's tests.\n${sources}${extra}---\n\n${body}\n`;
}
