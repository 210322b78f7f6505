/** A <head> entry as Starlight's route data holds it. */
export interface HeadTag {
  tag: 'link' | 'style' | 'title' | 'base' | 'meta' | 'script' | 'noscript' | 'template';
  attrs?: Record<string, string | boolean | undefined> | undefined;
  content?: string | undefined;
}

/**
 * The 404 page's <head>: hosts serve it for every unknown address, so it must not name itself as
 * the canonical page (/404/ does not exist) or be indexed. Drops the canonical link and og:url,
 * which Starlight gives every page, and asks search engines not to index or follow it.
 */
export function notFoundHead(head: readonly HeadTag[]): HeadTag[] {
  const kept = head.filter(
    (entry) =>
      !(entry.tag === 'link' && entry.attrs?.rel === 'canonical') &&
      !(entry.tag === 'meta' && entry.attrs?.property === 'og:url') &&
      !(entry.tag === 'meta' && entry.attrs?.name === 'robots'),
  );
  return [...kept, { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } }];
}
