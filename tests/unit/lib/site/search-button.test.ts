import { describe, expect, it } from 'vitest';
import { labelSearchButtonByItsText } from '../../../../src/lib/site/search-button.ts';

// Shape of Starlight 0.42's rendered button (classes trimmed to what matters).
const starlightButton =
  '<site-search><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"><svg aria-hidden="true"></svg>' +
  '<span class="sl-hidden md:sl-block x" aria-hidden="true">Search</span>' +
  '<kbd class="sl-hidden md:sl-flex x" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>' +
  '<dialog aria-label="Search"></dialog></site-search>';

describe('labelSearchButtonByItsText', () => {
  const fixed = labelSearchButtonByItsText(starlightButton);
  const button = /<button[\s\S]*?<\/button>/.exec(fixed)![0];

  it('drops the aria-label so the name comes from the visible word "Search"', () => {
    expect(button).not.toContain('aria-label');
    expect(button).toContain('<span class="sl-hidden md:sl-block x">Search</span>');
  });

  it('hides the shortcut keys from assistive technology but keeps aria-keyshortcuts', () => {
    expect(button).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex x"');
    expect(button).toContain('aria-keyshortcuts="Control+K"');
  });

  it('keeps a name on small screens, where only the icon shows', () => {
    expect(button).toContain('<span class="sr-only md:sl-hidden">Search</span>');
  });

  it('leaves the rest of the component alone', () => {
    expect(fixed).toContain('<dialog aria-label="Search"></dialog>');
  });

  it('fails loudly when Starlight changes its markup', () => {
    expect(() => labelSearchButtonByItsText('<button data-open-modal>Find</button>')).toThrow(/markup changed/);
    expect(() => labelSearchButtonByItsText('<div></div>')).toThrow(/not found/);
  });
});
