import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { escapeHtmlText } from '../../../../src/lib/site/escape-html.ts';

describe('escapeHtmlText', () => {
  it('leaves no tag or entity the browser would read as markup', () => {
    expect(escapeHtmlText('</title><script>alert(1)</script> Q&A')).toBe('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Q&amp;A');
  });

  it('reads back as the same text', () => {
    fc.assert(fc.property(fc.string(), (text) => decodeHTML(escapeHtmlText(text)) === text));
  });
});
