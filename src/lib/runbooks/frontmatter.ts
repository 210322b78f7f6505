import { parse } from 'yaml';

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
    data = parse(match[1]!);
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
