// Shifts as override rows for a paging tool that takes overrides:
//   npm run export:overrides -- --format csv [--weeks 13] [--from 2026-12-09T10:00:00Z] [--rota content/rota] [--out file]
import { writeFileSync } from 'node:fs';
import { runExportOverrides } from '../src/cli/export-overrides.ts';

const { code, out, err, file } = runExportOverrides(process.argv.slice(2));
if (file) writeFileSync(file.path, file.text);
else if (out.length) process.stdout.write(out.join(''));
if (err.length) console.error(err.join('\n'));
process.exitCode = code;
