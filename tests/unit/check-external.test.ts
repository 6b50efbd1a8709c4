import { describe, expect, it } from 'vitest';
import { buildWiki } from '../../src/lib/wiki/index.ts';
import { classify, collectExternal, isExternal } from '../../scripts/check-external.ts';
import { page, writeFixture } from './fixture.ts';

describe('external URL classification', () => {
  it.each([
    'https://www.allthingsdistributed.com/',
    'https://brooker.co.za/blog/2019/04/03/learning.html',
    'https://example.org/search?q=a%20b#results',
    'https://example.org:8443/path',
    'https://93.184.216.34/',
  ])('accepts the well-formed https URL %s', (url) => {
    expect(classify(url)).toEqual({ class: 'https' });
  });

  it('reports http: as unencrypted, not as malformed', () => {
    expect(classify('http://www.kegel.com/c10k.html')).toMatchObject({ class: 'http' });
  });

  it.each([
    ['mailto:editor@example.org', 'mailto:'],
    ['ftp://ftp.example.org/file', 'ftp:'],
    ['//example.org/page', 'protocol-relative'],
  ])('reports %s as another scheme', (url, reason) => {
    const verdict = classify(url);
    expect(verdict.class).toBe('other-scheme');
    expect(verdict.reason).toContain(reason);
  });

  it.each([
    ['https://exa mple.org/', 'whitespace'],
    [' https://example.org/', 'whitespace'],
    ['https://example.org/<x>', 'escape'],
    ['https:/example.org/', 'https://'],
    ['https//example.org', 'not a URL'],
    ['https://localhost/', 'public host'],
    ['https://example/', 'public host'],
    ['https://-bad.example.org/', 'public host'],
    ['https://user:secret@example.org/', 'password'],
  ])('reports %s as malformed (%s)', (url, reason) => {
    const verdict = classify(url);
    expect(verdict.class).toBe('malformed');
    expect(verdict.reason).toContain(reason);
  });

  it('counts schemes and protocol-relative links as external, site paths and anchors not', () => {
    expect(['https://a.org', 'http://a.org', 'mailto:x@a.org', '//a.org'].every(isExternal)).toBe(true);
    expect(['/systems/aws-ebs/', 'systems/aws-ebs', '#design'].some(isExternal)).toBe(false);
  });
});

describe('external URLs in the wiki', () => {
  const root = writeFixture({
    'content/sources/blog.mdx': page(
      'source',
      'A blog',
      'See [the archive](https://blog.example.org/archive/) and [[systems/thing]].',
      'url: https://blog.example.org/\n',
    ),
    'content/systems/thing.mdx': page(
      'system',
      'Thing',
      'Docs at [the site](http://thing.example.org/docs),\nagain [here too](https://blog.example.org/archive/).',
    ),
  });
  const urls = collectExternal(buildWiki(root));

  it('lists each URL once with every page and line citing it, front matter included', () => {
    expect(urls.map((u) => [u.url, u.class, u.citations])).toEqual([
      ['http://thing.example.org/docs', 'http', ['content/systems/thing.mdx:7']],
      ['https://blog.example.org/', 'https', ['content/sources/blog.mdx:7']],
      ['https://blog.example.org/archive/', 'https', ['content/sources/blog.mdx:10', 'content/systems/thing.mdx:8']],
    ]);
  });
});
