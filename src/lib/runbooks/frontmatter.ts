import { parse, type ScalarTag } from 'yaml';
import { isCivilDate } from '../time/civil-date.ts';

/**
 * Astro reads front matter with js-yaml, which turns an unquoted date (2026-03-14, also inside a
 * list) into a Date; read it the same way here so the check and the build see the same values.
 * A date that does not exist stays text, so the schema refuses it instead of it rolling over.
 */
const timestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  test: /^\d{4}-\d{2}-\d{2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?$/,
  resolve: (text) => {
    if (!isCivilDate(text.slice(0, 10))) return text;
    const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text.replace(/[ \t]+/, 'T'));
    return Number.isNaN(date.getTime()) ? text : date;
  },
};

export interface SplitSource {
  data: unknown;
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Separates YAML front matter from the Markdown body, for scripts that read runbooks outside Astro. */
export function splitFrontmatter(source: string, file = 'file'): SplitSource {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no front matter (the file must start with a "---" block)`);
  let data: unknown;
  try {
    data = parse(match[1]!, { customTags: [timestamp] });
  } catch (error) {
    // The parser's message gives the line and column within the front matter, with an excerpt.
    // The parser counts lines from the start of the front matter; the file has the "---" line first.
    const message = (error instanceof Error ? error.message : String(error))
      .replace(/\bat line (\d+)/g, (_, line: string) => `at line ${Number(line) + 1}`)
      .replace(/\n[ \t]*(?=\n)/g, '')
      .trimEnd();
    throw new Error(`${file}: the front matter is not valid YAML: ${message}`, { cause: error });
  }
  return { data: data ?? {}, body: text.slice(match[0].length) };
}
