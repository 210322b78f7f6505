import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether an internal link like "/runbooks/disk-nearly-full/#how-to-fix" points at a page that the
 * build wrote to `outDir`, and, when it has a hash, at an element with that id. Used to check
 * links to pages Astro renders from src/pages, which the links validator cannot see into.
 * Requires the trailing slash the site's URLs always have.
 */
export function isBuiltLinkTarget(outDir: string, link: string): boolean {
  const [beforeHash = '', hash] = link.split('#', 2);
  const path = beforeHash.split('?', 1)[0]!;
  if (!path.startsWith('/') || !path.endsWith('/') || path.includes('..')) return false;
  const file = join(outDir, decodeURIComponent(path), 'index.html');
  if (!existsSync(file)) return false;
  if (!hash) return true;
  const id = decodeURIComponent(hash).replace(/["&<>]/g, (c) => `&${{ '"': 'quot', '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);
  return readFileSync(file, 'utf8').includes(`id="${id}"`);
}
