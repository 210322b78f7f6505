// Compares the site's rota with an Opsgenie timeline: `npm run check:opsgenie-parity -- <timeline.json>`.
import { runParity } from '../src/cli/check-opsgenie-parity.ts';

const { code, out, err } = runParity(process.argv.slice(2));
if (out.length) console.log(out.join('\n'));
if (err.length) console.error(err.join('\n'));
process.exitCode = code;
