/** Front matter of every page in content/docs/, against Starlight's schema, as the docs collection checks it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { docsFrontmatterSchema } from '../../schemas/docs.ts';
import { splitFrontmatter } from '../runbooks/frontmatter.ts';
import { dataError, type DataProblem } from './problems.ts';
import { checkAgainstSchema } from './schema-issues.ts';

export function docsFrontmatterProblems(root: string, dir: string): DataProblem[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const problems: DataProblem[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !/^[^_.].*\.mdx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const file = relative(root, path).split('\\').join('/');
    let data: unknown;
    try {
      data = splitFrontmatter(readFileSync(path, 'utf8'), file).data;
    } catch (error) {
      problems.push(dataError(file, undefined, (error as Error).message.replace(`${file}: `, '')));
      continue;
    }
    problems.push(...checkAgainstSchema(data, docsFrontmatterSchema, file).problems);
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}
