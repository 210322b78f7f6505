// `npm run import:absences`: leave from the HR export or an iCalendar feed (src/cli/import-absences.ts).
import { main } from '../src/cli/import-absences.ts';

process.exitCode = await main(process.argv.slice(2));
