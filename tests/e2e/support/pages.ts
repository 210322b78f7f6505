import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap(s), e.g. "/handbook/on-call/". */
export function sitemapPaths(distDir = 'dist'): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${distDir}: run the build first.`);
  const paths = new Set<string>();
  for (const file of files) {
    const xml = readFileSync(join(distDir, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(match[1]!).pathname);
  }
  return [...paths].sort();
}
