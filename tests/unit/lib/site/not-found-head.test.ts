import { describe, expect, it } from 'vitest';
import { notFoundHead, type HeadTag } from '../../../../src/lib/site/not-found-head.ts';

describe('the 404 page head', () => {
  const starlightHead: HeadTag[] = [
    { tag: 'meta', attrs: { charset: 'utf-8' } },
    { tag: 'title', content: 'Page not found | Support Handbook' },
    { tag: 'link', attrs: { rel: 'canonical', href: 'https://example.org/404/' } },
    { tag: 'meta', attrs: { property: 'og:url', content: 'https://example.org/404/' } },
    { tag: 'meta', attrs: { property: 'og:title', content: 'Page not found' } },
    { tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
  ];

  it('names no canonical address and no og:url, and asks not to be indexed', () => {
    const head = notFoundHead(starlightHead);
    expect(head.filter((t) => t.attrs?.rel === 'canonical' || t.attrs?.property === 'og:url')).toEqual([]);
    expect(head).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
    expect(head.filter((t) => t.attrs?.name === 'robots')).toHaveLength(1);
  });

  it('keeps everything else, in order', () => {
    expect(notFoundHead(starlightHead).slice(0, -1)).toEqual([starlightHead[0], starlightHead[1], starlightHead[4], starlightHead[5]]);
  });
});
