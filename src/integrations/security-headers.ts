import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, inlineScriptHashes, nginxSnippet, securityHeaders } from '../lib/site/security-headers.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** After the build, writes dist/_headers and dist/_nginx-security-headers.conf with a CSP that hashes every inline script. */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'support-handbook:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of await htmlFiles(outDir)) {
          for (const hash of inlineScriptHashes(await readFile(file, 'utf8'))) hashes.add(hash);
        }
        const headers = securityHeaders(hashes);
        await writeFile(join(outDir, '_headers'), headersFile(headers));
        await writeFile(join(outDir, '_nginx-security-headers.conf'), nginxSnippet(headers));
        logger.info(`Wrote _headers and _nginx-security-headers.conf (${hashes.size} inline script hashes).`);
      },
    },
  };
}
