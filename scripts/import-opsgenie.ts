// Imports Opsgenie's schedules into content/rota/: `npm run import:opsgenie -- <files...>`.
import { runImport } from '../src/cli/import-opsgenie.ts';

const { code, out, err } = runImport(process.argv.slice(2));
if (out.length) console.log(out.join('\n'));
if (err.length) console.error(err.join('\n'));
process.exitCode = code;
