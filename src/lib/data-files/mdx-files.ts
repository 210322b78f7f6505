/**
 * MDX syntax, checked with the compiler Astro's MDX integration uses (satteri), so an unclosed
 * tag or brace is one formatted problem from the data check, not a stack trace from the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { dataError, type DataProblem } from './problems.ts';

/** Every .mdx file under `dir` (skipping "_" and "." names, as the collections do). */
function mdxFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.mdx') && !/^[_.]/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

export function mdxSyntaxProblems(root: string, dirs: readonly string[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const file of dirs.flatMap((d) => mdxFiles(join(root, d)))) {
    const name = relative(root, file).split('\\').join('/');
    try {
      mdxToJs(readFileSync(file, 'utf8'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // "3:6: Unexpected end of file in expression, ... (mdx-jsx:unexpected-character)"
      const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
      problems.push(
        match
          ? dataError(
              name,
              `at line ${match[1]}, column ${match[2]}`,
              `is not valid MDX: ${match[3]!.replace(/ \(\d+:\d+\)$/, '')}`,
              'a literal { or < must be escaped as \\{ or &lt;',
            )
          : dataError(name, undefined, `is not valid MDX: ${message}`),
      );
    }
  }
  return problems;
}
