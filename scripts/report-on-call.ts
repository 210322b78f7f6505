// `npm run report:on-call`: on-call hours and time off in lieu for a pay month (src/cli/report-on-call.ts).
import { main } from '../src/cli/report-on-call.ts';

process.exitCode = main(process.argv.slice(2));
