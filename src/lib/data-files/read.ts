import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { formatOf, parseDataText } from './parse.ts';
import { checkAgainstSchema } from './schema-issues.ts';
import { dataError, DataFileError, type DataProblem } from './problems.ts';

/** A data file's path as messages name it: from the project root, with forward slashes. */
export function displayName(root: string, path: string): string {
  if (!isAbsolute(path)) return path;
  return (relative(root, path) || path).split('\\').join('/');
}

/** The text of a file, or a problem saying it cannot be read. */
export function readText(root: string, path: string): { text: string } | { problem: DataProblem } {
  try {
    return { text: readFileSync(resolve(root, path), 'utf8') };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'is missing'
        : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return { problem: dataError(displayName(root, path), undefined, reason) };
  }
}

/**
 * Reads, parses and validates one data file. `path` is from `root` (or absolute); messages name
 * the file from the root. Returns the data, or every problem found.
 */
export function loadDataFile<S extends z.ZodType>(
  root: string,
  path: string,
  schema: S,
  where?: Parameters<typeof checkAgainstSchema>[3],
): { data: z.infer<S>; problems: [] } | { data?: undefined; problems: DataProblem[] } {
  const file = displayName(root, path);
  const read = readText(root, path);
  if ('problem' in read) return { problems: [read.problem] };
  let raw: unknown;
  try {
    raw = parseDataText(read.text, formatOf(path), file);
  } catch (error) {
    if (error instanceof DataFileError) return { problems: [...error.problems] };
    throw error;
  }
  return checkAgainstSchema(raw, schema, file, where);
}

/** As loadDataFile, throwing a DataFileError with every problem. */
export function readDataFile<S extends z.ZodType>(root: string, path: string, schema: S): z.infer<S> {
  const result = loadDataFile(root, path, schema);
  if (result.data === undefined) throw new DataFileError(result.problems);
  return result.data;
}
