import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filePath, findBrokenLinks, pagePath, readPageLinks, type BrokenLink, type PageLinks } from '../lib/site/built-links.ts';
import { BuildStopError } from './content-check.ts';

/** Pages listed for one broken link before "and N more": a broken sidebar link is on every page. */
const PAGES_SHOWN = 3;

/**
 * After the build, checks every internal link in the built HTML: the page or file it names must
 * have been written, and a #fragment must be an id on that page. Any broken link stops the build
 * with a list naming the source file, the link and what is wrong. Runs last, after the
 * integrations that write feeds and other files, so links to them are checked too.
 */
export function linkCheck(): AstroIntegration {
  let root = '';
  let site: URL;
  return {
    name: 'support-handbook:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = new URL(config.base, config.site ?? 'http://localhost/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = new Set<string>();
        const pages = new Map<string, PageLinks>();
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const path = filePath(relative(outDir, join(entry.parentPath, entry.name)), site.pathname);
          files.add(path);
          if (entry.name.endsWith('.html'))
            pages.set(pagePath(path), readPageLinks(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
        }
        const broken = findBrokenLinks({ site, files, pages });
        if (broken.length) throw new BuildStopError(formatBrokenLinks(broken, (page) => sourceOf(page, site.pathname, root)));
        const count = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
        logger.info(`Checked ${count} links on ${pages.size} pages: none broken.`);
      },
    },
  };
}

/**
 * The file a page is written from, for the message: its Markdown in content/docs, a runbook in
 * content/runbooks, or, for pages made by src/pages, the page's address.
 */
export function sourceOf(page: string, base: string, root: string, exists: (path: string) => boolean = existsSync): string {
  const path = (page.startsWith(base) ? page.slice(base.length) : page).replace(/\/$|\.html$/, '');
  const candidates = [
    ...['.mdx', '.md'].flatMap((ext) =>
      path ? [`content/docs/${path}${ext}`, `content/docs/${path}/index${ext}`] : [`content/docs/index${ext}`],
    ),
    ...(/^runbooks\/[^/]+$/.test(path) ? [`content/runbooks/${path.slice('runbooks/'.length)}.md`] : []),
  ];
  const source = candidates.find((file) => exists(join(root, file)));
  return source ? `${source} (page ${page})` : `page ${page}`;
}

/** One line per broken link and reason, with the pages it is on. */
export function formatBrokenLinks(broken: readonly BrokenLink[], describePage: (page: string) => string): string {
  const byLink = new Map<string, { link: string; reason: string; pages: string[] }>();
  for (const { page, link, reason } of broken) {
    const key = `${link}\n${reason}`;
    const entry = byLink.get(key) ?? { link, reason, pages: [] };
    entry.pages.push(page);
    byLink.set(key, entry);
  }
  const lines = [...byLink.values()].map(({ link, reason, pages }) => {
    const shown = pages.slice(0, PAGES_SHOWN).map(describePage).join(', ');
    const more = pages.length > PAGES_SHOWN ? ` and ${pages.length - PAGES_SHOWN} more pages` : '';
    return `  - ${shown}${more}: link "${link}": ${reason}`;
  });
  const count = byLink.size === 1 ? 'a broken link' : `${byLink.size} broken links`;
  return `The built site has ${count}:\n${lines.join('\n')}\nFix the links (or build the pages they point to) and build again.`;
}
