import type { z } from 'astro/zod';
import { dataError, type DataProblem } from './problems.ts';

/**
 * Where in the file an issue is: "workingHours.start", or in a file that is a list (the rota files)
 * "entry 2 (zoe-martin), onCall", counting from 1 as people do and as the rota's own checks do.
 */
export function fieldName(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return '(top level)';
  const [first, ...rest] = path;
  if (!Array.isArray(raw) || typeof first !== 'number') return path.map(String).join('.');
  return `${entryName(raw, first)}${rest.length ? `, ${rest.map(String).join('.')}` : ''}`;
}

/** "entry 2 (zoe-martin)" for the item at `index` of a list file. */
export function entryName(list: readonly unknown[], index: number): string {
  const item: unknown = list[index];
  const id = item && typeof item === 'object' && 'id' in item && typeof item.id === 'string' ? ` (${item.id})` : '';
  return `entry ${index + 1}${id}`;
}

/** The schema's message, saying "is missing" rather than "expected string, received undefined" for a field left out. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && 'input' in issue && issue.input === undefined;
  if (!missing) return issue.message;
  const expected = issue.message.replace(/^Invalid (input|option): /, '').replace(/, received undefined$/, '');
  return expected === issue.message ? `is missing: ${issue.message}` : `is missing (${expected})`;
}

/** Validates `raw` against `schema`; returns the data, or every issue as a problem naming the file and field. */
export function checkAgainstSchema<S extends z.ZodType>(
  raw: unknown,
  schema: S,
  file: string,
  where: (path: readonly PropertyKey[], raw: unknown) => string = fieldName,
): { data: z.infer<S>; problems: [] } | { data?: undefined; problems: DataProblem[] } {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => dataError(file, where(issue.path, raw), issueMessage(issue))) };
}
