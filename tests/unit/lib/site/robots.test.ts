import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../../../src/lib/site/robots.ts';

describe('robots.txt', () => {
  it('allows crawling and gives the sitemap index as an absolute address', () => {
    expect(robotsTxt(new URL('https://support.example.gov.uk'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://support.example.gov.uk/sitemap-index.xml\n',
    );
  });

  it('keeps a path the site is published under, with or without its slash', () => {
    expect(robotsTxt('https://example.org/handbook')).toContain('Sitemap: https://example.org/handbook/sitemap-index.xml');
    expect(robotsTxt('https://example.org/handbook/')).toContain('Sitemap: https://example.org/handbook/sitemap-index.xml');
  });
});
