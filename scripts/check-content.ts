// Checks every data and content file as the build does before it starts, without building:
// `npm run check:content`. The same code as the build (src/lib/data-files/project.ts), so the same
// verdict and the same message. Exit code 1 if the build would stop; warnings are printed too.
import { checkContent } from '../src/lib/data-files/project.ts';
import { formatDataReport } from '../src/lib/data-files/problems.ts';

const { errors, warnings } = checkContent();
if (errors.length || warnings.length) (errors.length ? console.error : console.warn)(formatDataReport(errors, warnings));
if (errors.length) process.exitCode = 1;
else console.log(`The data files have no errors${warnings.length ? '' : ' and no warnings'}.`);
