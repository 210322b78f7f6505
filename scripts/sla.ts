// `npm run sla`: the SLA engine from the command line (src/cli/sla.ts; `npm run sla -- --help`).
import { main } from '../src/cli/sla.ts';

process.exitCode = await main(process.argv.slice(2));
