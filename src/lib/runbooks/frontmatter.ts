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
  return { data: parse(match[1]!) ?? {}, body: text.slice(match[0].length) };
}
