/**
 * Rewrites Starlight's rendered search button so its accessible name is its visible text.
 * Throws when the markup no longer looks as expected, so a Starlight upgrade that changes it
 * fails the build instead of silently shipping the accessibility bug again.
 */
export function labelSearchButtonByItsText(html: string): string {
  const button = /<button data-open-modal[^>]*>[\s\S]*?<\/button>/.exec(html);
  if (!button) throw new Error('Search override: Starlight search button markup not found');
  const original = button[0];
  let fixed = original.replace(/\saria-label="[^"]*"/, '');
  fixed = fixed.replace(/(<span class="sl-hidden md:sl-block[^"]*")\s+aria-hidden="true"/, '$1');
  fixed = fixed.replace(/<kbd class="sl-hidden md:sl-flex/, '<kbd aria-hidden="true" class="sl-hidden md:sl-flex');
  fixed = fixed.replace(/(<span class="sl-hidden md:sl-block)/, '<span class="sr-only md:sl-hidden">Search</span>$1');
  if (fixed === original || /aria-label=/.test(fixed) || !fixed.includes('<kbd aria-hidden="true"') || !fixed.includes('sr-only')) {
    throw new Error('Search override: Starlight search button markup changed; update src/lib/site/search-button.ts');
  }
  return html.replace(original, fixed);
}
