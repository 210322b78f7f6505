import { describe, expect, it } from 'vitest';
import { shorten } from '../../../../src/lib/site/shorten.ts';

describe('shorten', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(shorten('zoe-martin')).toBe('zoe-martin');
    expect(shorten('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shorten('x'.repeat(5000))).toBe(`${'x'.repeat(59)}…`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(shorten('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
  });
});
