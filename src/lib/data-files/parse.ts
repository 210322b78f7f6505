/**
 * Text of a data file to plain values, with syntax errors as a DataProblem giving the line and
 * column: YAML with the `yaml` package (YAML 1.2, so dates and times stay strings), JSON with
 * Microsoft's `jsonc-parser` in strict mode (no comments, no trailing commas), which reports
 * the offset of the first error where JSON.parse may not.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { dataError, DataFileError } from './problems.ts';

export type DataFormat = 'yaml' | 'json';

export function formatOf(path: string): DataFormat {
  return path.endsWith('.json') ? 'json' : 'yaml';
}

/** Line and column (from 1) of an offset in `text`. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a character that JSON does not allow',
  InvalidNumberFormat: 'a number JSON cannot read',
  PropertyNameExpected: 'a field name in double quotes was expected',
  ValueExpected: 'a value was expected (is there a comma too many?)',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid \\ escape',
  InvalidCharacter: 'a character that must be escaped',
};

/** The first syntax error in JSON text, or undefined when it is valid. */
export function jsonSyntaxError(text: string): { line: number; column: number; reason: string } | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  return { ...positionOf(text, first.offset), reason: JSON_ERRORS[code] ?? code };
}

/** Parses a data file's text; throws DataFileError naming `file` and the line and column. */
export function parseDataText(text: string, format: DataFormat, file: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  if (format === 'json') {
    const at = jsonSyntaxError(source);
    if (at) throw new DataFileError([dataError(file, `at line ${at.line}, column ${at.column}`, `is not valid JSON: ${at.reason}`)]);
    return JSON.parse(source) as unknown;
  }
  try {
    return parseYaml(source, { uniqueKeys: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const pos = error.linePos?.[0];
    // The parser's message ends with an excerpt of the file; keep it, without its blank lines.
    const message = error.message
      .replace(/ at line \d+, column \d+/, '')
      .replace(/\n[ \t]*(?=\n)/g, '')
      .trimEnd();
    throw new DataFileError([dataError(file, pos ? `at line ${pos.line}, column ${pos.col}` : undefined, `is not valid YAML: ${message}`)]);
  }
}
