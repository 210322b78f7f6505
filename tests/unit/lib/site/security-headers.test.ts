import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  inlineScripts,
  nginxSnippet,
  parseHeadersFile,
  securityHeaders,
} from '../../../../src/lib/site/security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers', () => {
  it('hashes inline scripts exactly as written, and skips external and data scripts', () => {
    const html =
      '<script>console.log("a")</script><script type="module" src="/x.js"></script>' +
      '<script type="application/json">{"a":1}</script><script is:inline aria-hidden="true">\n  b()\n</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('console.log("a")'), sha('\n  b()\n')]);
  });

  it('lists the text of the same inline scripts it hashes (the benchmark weighs them)', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><script type="module">b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it("never allows 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const csp = contentSecurityPolicy([sha('x')]);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('x')}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('lists each hash once, in a stable order, so identical builds give identical headers', () => {
    expect(contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"])).toBe(contentSecurityPolicy(["'sha256-a'", "'sha256-b'"]));
  });

  it('writes a _headers file that reads back to the same headers', () => {
    const headers = securityHeaders([sha('x')]);
    expect(parseHeadersFile(headersFile(headers))).toEqual([{ pattern: '/*', headers }]);
  });

  it('writes an nginx snippet with one add_header ... always per header', () => {
    const snippet = nginxSnippet([['X-Frame-Options', 'DENY']]);
    expect(snippet).toContain('add_header X-Frame-Options "DENY" always;');
  });
});
