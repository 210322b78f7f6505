import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { beyond, pageJavaScript, sumOf } from '../../../scripts/lib/page-js.ts';

// A tiny built site in the shapes Vite writes: minified static imports with double quotes, dynamic
// imports with backticks, island URLs on <astro-island>.
const dist = mkdtempSync(join(tmpdir(), 'page-js-'));
const files: Record<string, string> = {
  '_astro/search.js': 'import{t as e}from"./helper.js";e(()=>import(`./search-ui.js`));',
  '_astro/helper.js': 'export const t=(f)=>f();',
  '_astro/search-ui.js': 'import"./search-ui-part.js";export const UI=1;',
  '_astro/search-ui-part.js': 'export const part=2;',
  '_astro/client.js': 'import{h}from"./preact.js";import{t}from"./helper.js";',
  '_astro/preact.js': 'export const h=1;',
  '_astro/Tool.js': 'import{h}from"./preact.js";import{x}from"/_astro/engine.js";export default 1;',
  '_astro/engine.js': 'export const x=1;',
  'content/index.html': '<html><head><script>theme()</script><script type="module" src="/_astro/search.js"></script></head><body>Text</body></html>',
  'tool/index.html':
    '<html><head><script>theme()</script><script type="module" src="/_astro/search.js"></script></head><body>' +
    '<astro-island component-url="/_astro/Tool.js" renderer-url="/_astro/client.js" props="{&quot;a&quot;:[0,1]}"></astro-island></body></html>',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
const names = (list: Array<{ file: string }>) => list.map((f) => f.file).sort();

describe('pageJavaScript', () => {
  const content = pageJavaScript(join(dist, 'content/index.html'), dist)!;
  const tool = pageJavaScript(join(dist, 'tool/index.html'), dist)!;

  it('follows static imports from the page scripts, and keeps fixed-name dynamic imports for later', () => {
    expect(names(content.other)).toEqual(['_astro/helper.js', '_astro/search.js']);
    expect(content.island).toEqual([]);
    expect(names(content.lazy)).toEqual(['_astro/search-ui-part.js', '_astro/search-ui.js']);
  });

  it("splits an island page's files into the islands' (root-relative imports too) and the rest", () => {
    // helper.js is imported by the islands' client too, but the page's own script loads it anyway.
    expect(names(tool.island)).toEqual(['_astro/Tool.js', '_astro/client.js', '_astro/engine.js', '_astro/preact.js']);
    expect(names(tool.other)).toEqual(['_astro/helper.js', '_astro/search.js']);
  });

  it('weighs inline scripts and island props from the HTML', () => {
    expect(content.inline.bytes).toBe('theme()'.length);
    expect(tool.props.bytes).toBe('{&quot;a&quot;:[0,1]}'.length);
    expect(content.props).toEqual({ bytes: 0, gzip: 0 });
  });

  it('measures what a tool page loads beyond a content page, file by file', () => {
    expect(names(beyond(tool, content))).toEqual(['_astro/Tool.js', '_astro/client.js', '_astro/engine.js', '_astro/preact.js']);
    expect(sumOf(beyond(tool, content)).bytes).toBe(
      ['_astro/Tool.js', '_astro/client.js', '_astro/engine.js', '_astro/preact.js'].reduce((n, f) => n + files[f]!.length, 0),
    );
  });

  it('says when the page was not built', () => {
    expect(pageJavaScript(join(dist, 'missing/index.html'), dist)).toBeUndefined();
  });
});
