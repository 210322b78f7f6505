import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, parseDataText } from '../../../../src/lib/data-files/parse.ts';
import { DataFileError, formatDataProblem } from '../../../../src/lib/data-files/problems.ts';

function problemOf(text: string, format: 'json' | 'yaml'): string {
  try {
    parseDataText(text, format, 'content/x');
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems.map(formatDataProblem).join('\n');
  }
  throw new Error('accepted');
}

describe('JSON, with the position of the first mistake (jsonc-parser, strict)', () => {
  it('valid JSON parses as JSON.parse reads it', () => {
    const text = '{"a": [1, 2.5e3, "x\\u00e9", true, null], "b": {}}';
    expect(parseDataText(text, 'json', 'f')).toEqual(JSON.parse(text));
    expect(jsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['a trailing comma', '{\n  "a": [\n    1,\n  ]\n}', 4, 3, 'a value was expected'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma was expected'],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, 'comments are not allowed'],
    ['a single-quoted name', "{ 'a': 1 }", 1, 3, 'a character that JSON does not allow'],
    ['a file cut short', '{ "a": [1, 2', 1, 13, 'a closing ] was expected'],
    ['an empty file', '', 1, 1, 'a value was expected'],
  ])('%s', (_, text, line, column, reason) => {
    expect(jsonSyntaxError(text)).toMatchObject({ line, column, reason: expect.stringContaining(reason) });
    expect(problemOf(text, 'json')).toMatch(new RegExp(`^content/x, at line ${line}, column ${column}: is not valid JSON: `));
  });
});

describe('YAML', () => {
  it('keeps dates and times as text (YAML 1.2)', () => {
    expect(parseDataText('a: 2026-12-25\nb: "10:00"\nc: 10:00\n', 'yaml', 'f')).toEqual({ a: '2026-12-25', b: '10:00', c: '10:00' });
  });

  it('refuses a key given twice, naming the line', () => {
    expect(problemOf('a: 1\nb: 2\na: 3\n', 'yaml')).toMatch(/^content\/x, at line 3, column 1: is not valid YAML: Map keys must be unique/);
  });

  it('names the line and column of a syntax error, with an excerpt', () => {
    expect(problemOf('a: [1, 2\nb: 3\n', 'yaml')).toMatch(/^content\/x, at line \d+, column \d+: is not valid YAML: .*\n/s);
  });
});
