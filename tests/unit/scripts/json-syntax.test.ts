import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSyntaxError } from '../../../scripts/lib/json-syntax.ts';

describe('where JSON stops being valid', () => {
  it.each([
    ['[1,]', { line: 1, column: 4, found: '"]"' }],
    ['{\n  "a": 1,\n}', { line: 3, column: 1, found: '"}"' }],
    ['{"a" 1}', { line: 1, column: 6, found: '"1"' }],
    ['{"a": tru}', { line: 1, column: 7, found: '"t"' }],
    ['{"a": 1', { line: 1, column: 8, found: 'the end of the file' }],
    ['"abc', { line: 1, column: 5, found: 'the end of the file' }],
    ['{} x', { line: 1, column: 4, found: '"x"' }],
    ['01', { line: 1, column: 2, found: '"1"' }],
    ['', { line: 1, column: 1, found: 'the end of the file' }],
  ])('%j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toEqual(expected);
  });

  it('finds nothing wrong with valid JSON, such as the bank holidays file', () => {
    for (const text of ['{"a":[1,-2.5e3,{"b":null,"c":"\\u0041\\"x"}],"d":true}', ' [] ', readFileSync('content/bank-holidays.json', 'utf8')]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonSyntaxError(text)).toBeUndefined();
    }
  });
});
