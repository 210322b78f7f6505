// Serves a built site the way a static host configured with its _headers file would: the same
// files, the same 404 page, every header from _headers (so pages run under the real CSP), and
// text compressed with gzip when the browser accepts it, as hosts do.
// Used by scripts/serve.ts (browser tests, previews) and by the benchmark's Lighthouse runs.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeadersFile } from '../../src/lib/site/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing; Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServerOptions {
  /** The built site, e.g. dist/. It must contain index.html. */
  dir: string;
  /** Send the headers from <dir>/_headers (default true). */
  headers?: boolean;
}

export function createStaticServer({ dir, headers = true }: StaticServerOptions): Server {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`Nothing to serve in ${root}: run "npm run build" first.`);
  const headerRules = headers && existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

  const headersFor = (path: string): Array<[string, string]> =>
    headerRules
      .filter(({ pattern }) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path))
      .flatMap((rule) => rule.headers);

  const fileFor = (urlPath: string): string | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined; // A malformed %-escape: no such file, so the 404 page, rather than a crash.
    }
    const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    const candidate = join(root, safe);
    if (!candidate.startsWith(root)) return undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = join(candidate, 'index.html');
    if (existsSync(index)) return index;
    return undefined;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(url.pathname)) res.setHeader(name, value);
    // A static site has nothing to post, put or delete to: refuse every method but reading.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed: this server only sends files (GET and HEAD).\n');
      return;
    }
    let file = fileFor(url.pathname);
    // Directory URLs without their trailing slash redirect, as static hosts do.
    if (file?.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return server;
}

/** Starts a server on a free port of 127.0.0.1 and returns it with its origin (no trailing slash). */
export async function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; origin: string }> {
  const server = createStaticServer(options);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
