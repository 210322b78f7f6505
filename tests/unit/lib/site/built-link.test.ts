import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuiltLinkTarget } from '../../../../src/lib/site/built-link.ts';

describe('isBuiltLinkTarget', () => {
  const out = mkdtempSync(join(tmpdir(), 'built-link-'));
  mkdirSync(join(out, 'runbooks/disk-nearly-full'), { recursive: true });
  writeFileSync(join(out, 'runbooks/disk-nearly-full/index.html'), '<h2 id="how-to-fix">How to fix</h2>');

  it('accepts links to built pages and to ids on them', () => {
    expect(isBuiltLinkTarget(out, '/runbooks/disk-nearly-full/')).toBe(true);
    expect(isBuiltLinkTarget(out, '/runbooks/disk-nearly-full/#how-to-fix')).toBe(true);
    expect(isBuiltLinkTarget(out, '/runbooks/disk-nearly-full/?q=x')).toBe(true);
  });

  it('rejects missing pages, missing ids, missing trailing slashes and escapes', () => {
    expect(isBuiltLinkTarget(out, '/runbooks/nope/')).toBe(false);
    expect(isBuiltLinkTarget(out, '/runbooks/disk-nearly-full/#nope')).toBe(false);
    expect(isBuiltLinkTarget(out, '/runbooks/disk-nearly-full')).toBe(false);
    expect(isBuiltLinkTarget(out, '/runbooks/../../etc/')).toBe(false);
  });
});
