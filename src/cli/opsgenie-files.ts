// Reading Opsgenie exports from disk for the importer and the parity check: JSON syntax errors
// name the file, line and column (found by the data layer's strict JSON reader, so a broken export
// is worded like a broken data file); everything after that is src/lib/opsgenie/input.ts.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { emptyInput, OpsgenieInputError, readOpsgenieJson, type OpsgenieInput } from '../lib/opsgenie/input.ts';
import { jsonSyntaxError } from '../lib/data-files/parse.ts';
import { jsonPathAt } from '../lib/opsgenie/json-path.ts';

export function readOpsgenieFiles(paths: readonly string[]): OpsgenieInput {
  const input = emptyInput();
  for (const path of paths) readOpsgenieJson(displayName(path), parseJsonFile(path), input);
  return input;
}

export function displayName(path: string): string {
  return relative(process.cwd(), path) || path;
}

export function parseJsonFile(path: string): unknown {
  const file = displayName(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OpsgenieInputError(file, '$', code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  if (text.trim() === '') throw new OpsgenieInputError(file, '$', 'the file is empty; export it from Opsgenie again');
  const source = text.replace(/^\uFEFF/, '');
  const at = jsonSyntaxError(source);
  if (!at) return JSON.parse(source) as unknown;
  const lines = source.split('\n');
  const offset = lines.slice(0, at.line - 1).reduce((n, l) => n + l.length + 1, 0) + at.column - 1;
  // Nothing but white space after the error: the file was cut short, not mistyped.
  const truncated = source.slice(offset).trim() === '';
  throw new OpsgenieInputError(
    file,
    `line ${at.line}, column ${at.column} (${jsonPathAt(source, offset)})`,
    truncated
      ? 'the JSON stops before it is complete (was the download cut short?); export it again'
      : `is not valid JSON: unexpected ${JSON.stringify(source[offset])}, ${at.reason}`,
  );
}
