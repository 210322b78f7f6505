import { describe, expect, it } from 'vitest';
import { formatBrokenLinks, sourceOf } from '../../../src/integrations/link-check.ts';

describe('sourceOf', () => {
  const files = new Set([
    '/p/content/docs/404.md',
    '/p/content/docs/handbook/on-call.mdx',
    '/p/content/docs/handbook/index.mdx',
    '/p/content/docs/index.mdx',
    '/p/content/runbooks/disk-nearly-full.md',
  ]);
  const exists = (path: string) => files.has(path);

  it('names the Markdown a docs page comes from', () => {
    expect(sourceOf('/handbook/on-call/', '/', '/p', exists)).toBe('content/docs/handbook/on-call.mdx (page /handbook/on-call/)');
    expect(sourceOf('/handbook/', '/', '/p', exists)).toBe('content/docs/handbook/index.mdx (page /handbook/)');
    expect(sourceOf('/', '/', '/p', exists)).toBe('content/docs/index.mdx (page /)');
    expect(sourceOf('/404.html', '/', '/p', exists)).toBe('content/docs/404.md (page /404.html)');
  });

  it('names the runbook file a runbook page comes from', () => {
    expect(sourceOf('/runbooks/disk-nearly-full/', '/', '/p', exists)).toBe(
      'content/runbooks/disk-nearly-full.md (page /runbooks/disk-nearly-full/)',
    );
  });

  it('names the page alone when it is made by code in src/pages', () => {
    expect(sourceOf('/runbooks/alerts/DiskSpaceLow/', '/', '/p', exists)).toBe('page /runbooks/alerts/DiskSpaceLow/');
  });

  it('works under a base path', () => {
    expect(sourceOf('/support/handbook/on-call/', '/support/', '/p', exists)).toBe(
      'content/docs/handbook/on-call.mdx (page /support/handbook/on-call/)',
    );
  });
});

describe('formatBrokenLinks', () => {
  it('lists each broken link once, with the pages it is on, and says what to do', () => {
    const text = formatBrokenLinks(
      [
        { page: '/a/', link: '/gone/', reason: 'no page was built at /gone/' },
        { page: '/b/', link: '/gone/', reason: 'no page was built at /gone/' },
        { page: '/a/', link: '#x', reason: '/a/ has no element with id "x"' },
      ],
      (page) => `file for ${page}`,
    );
    expect(text).toBe(
      [
        'The built site has 2 broken links:',
        '  - file for /a/, file for /b/: link "/gone/": no page was built at /gone/',
        '  - file for /a/: link "#x": /a/ has no element with id "x"',
        'Fix the links (or build the pages they point to) and build again.',
      ].join('\n'),
    );
  });

  it('shortens the page list of a link on many pages, such as one in the sidebar', () => {
    const broken = Array.from({ length: 50 }, (_, i) => ({ page: `/p${i}/`, link: '/gone/', reason: 'no page was built at /gone/' }));
    const text = formatBrokenLinks(broken, (page) => page);
    expect(text).toContain('The built site has a broken link:\n  - /p0/, /p1/, /p2/ and 47 more pages: link "/gone/"');
  });
});
