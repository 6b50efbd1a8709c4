/**
 * `npm run new -- <kind> <name>`: creates content/<folder>/<name>.mdx from the kind's template.
 * Refuses an unknown kind, a malformed name or an existing slug, with one line saying why.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_FOLDERS, KINDS, type Kind } from '../src/schema.ts';

const [kindArg, nameArg, ...rest] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`npm run new: ${message}`);
  process.exit(2);
};

if (!kindArg || !nameArg || rest.length)
  fail(`usage: npm run new -- <kind> <name>, kind one of ${KINDS.join(', ')}; e.g. npm run new -- system aws-ebs`);
const kind = (KINDS as readonly string[]).includes(kindArg!)
  ? (kindArg as Kind)
  : fail(`unknown kind "${kindArg}"; use one of ${KINDS.join(', ')}`);
const name = nameArg!.replace(new RegExp(`^${KIND_FOLDERS[kind]}/`), '');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name))
  fail(`"${nameArg}" is not a valid name: use lowercase words joined by hyphens, e.g. aws-ebs`);

const folder = join(process.cwd(), 'content', KIND_FOLDERS[kind]);
const slug = `${KIND_FOLDERS[kind]}/${name}`;
for (const ext of ['.md', '.mdx']) {
  if (existsSync(join(folder, name + ext)))
    fail(`${slug} already exists (content/${slug}${ext}); pick another name or edit that page`);
}
const target = join(folder, `${name}.mdx`);
copyFileSync(join(folder, '_template.mdx'), target);
console.log(`Created content/${slug}.mdx from content/${KIND_FOLDERS[kind]}/_template.mdx.`);
console.log(
  `Fill in the front matter, remove the template note, link it from a related page, then run npm run check:content.`,
);
