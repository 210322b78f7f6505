// Serves the built site the way a static host configured with dist/_headers would: the same
// files, the same 404 page, and every header from _headers (so browser tests run under the CSP).
// Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist] [--no-headers]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    'no-headers': { type: 'boolean', default: false },
  },
});
const headers = !values['no-headers'];
let server;
try {
  server = createStaticServer({ dir: values.dir, headers });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
server.listen(Number(values.port), values.host, () => {
  console.log(
    `Serving ${resolve(values.dir)} at http://${values.host}:${values.port}/ ${headers && existsSync(join(values.dir, '_headers')) ? 'with _headers' : 'without _headers'}`,
  );
});
