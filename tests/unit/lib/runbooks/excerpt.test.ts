import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../../src/lib/runbooks/excerpt.ts';

describe('Pagefind excerpts as text', () => {
  it('keeps the matched words marked and the rest as text', () => {
    expect(excerptParts('The <mark>disk</mark> is nearly <mark>full</mark>.')).toEqual([
      { text: 'The ', marked: false },
      { text: 'disk', marked: true },
      { text: ' is nearly ', marked: false },
      { text: 'full', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes the entities Pagefind escapes page text with', () => {
    expect(excerptParts('run <mark>wp</mark> plugin get &lt;plugin&gt; &amp;&amp; &quot;x&quot; &#39;y&#x27; &nbsp;')).toEqual([
      { text: 'run ', marked: false },
      { text: 'wp', marked: true },
      { text: ' plugin get <plugin> && "x" \'y\' \u00a0', marked: false },
    ]);
  });

  it('turns any other markup into the text it is, never an element', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> and <mark><b>bold</b></mark> &bogus; &#0; &#xD800;');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> and ', marked: false },
      { text: '<b>bold</b>', marked: true },
      { text: ' &bogus; &#0; &#xD800;', marked: false },
    ]);
  });

  it('treats an unclosed mark as running to the end, and an empty excerpt as nothing', () => {
    expect(excerptParts('a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});
