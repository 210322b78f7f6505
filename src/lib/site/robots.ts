/**
 * robots.txt: everything may be crawled (pages that should stay out of search, the 404 page and
 * the alert permalinks, say so themselves with noindex), and the sitemap's address, which must be
 * absolute. @astrojs/sitemap writes sitemap-index.xml at the root of the site.
 */
export function robotsTxt(site: URL | string): string {
  const sitemap = new URL('sitemap-index.xml', new URL(String(site).replace(/\/?$/, '/')));
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`;
}
