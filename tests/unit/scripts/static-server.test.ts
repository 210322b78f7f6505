import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(dir, 'page'));
writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
writeFileSync(join(dir, 'page/index.html'), `<p>${'words '.repeat(200)}</p>`);
writeFileSync(join(dir, '404.html'), '<h1>Not found</h1>');
writeFileSync(join(dir, 'index.wasm'), 'binary');
writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n');
const { server, origin } = await startStaticServer({ dir });
afterAll(() => server.close());

// fetch() would undo the compression; read the bytes as sent.
async function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    request(`${origin}${path}`, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server used by the browser tests and the benchmark', () => {
  it('serves pages with the headers from _headers, gzipped when the browser accepts it', async () => {
    const res = await raw('/page/', { 'Accept-Encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toContain('words words');
  });

  it('sends plain bytes to a client that does not ask for gzip, and never gzips binary files', async () => {
    expect((await raw('/page/')).headers['content-encoding']).toBeUndefined();
    const wasm = await raw('/index.wasm', { 'Accept-Encoding': 'gzip' });
    expect(wasm.headers['content-encoding']).toBeUndefined();
    expect(wasm.body.toString()).toBe('binary');
  });

  it('redirects a folder without its trailing slash, and answers unknown paths with the 404 page', async () => {
    const redirect = await raw('/page?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/page/?x=1');
    const missing = await raw('/nowhere/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Not found');
    expect((await raw('/%E0%A4%A/')).status).toBe(404); // a malformed escape is not a crash
  });

  it('answers only GET and HEAD: any other method gets 405 with Allow, and the security headers', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
      const res = await raw('/', {}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe('GET, HEAD');
      expect(res.headers['x-frame-options'], method).toBe('DENY');
    }
    expect((await raw('/', {}, 'HEAD')).status).toBe(200);
  });
});
