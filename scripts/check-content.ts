// Checks every data file as the build does before it starts, without building:
// `npm run check:content`. Exit code 1 if the build would stop; rota warnings are printed too.
import { checkContent, formatContentErrors } from './lib/check-content.ts';

const { errors, warnings } = checkContent();
if (warnings.length) console.warn(`${warnings.length} rota warning${warnings.length === 1 ? '' : 's'}:\n${warnings.map((w) => `  - ${w}`).join('\n')}\n`);
if (errors.length) {
  console.error(formatContentErrors(errors));
  process.exitCode = 1;
} else {
  console.log('The data files have no errors.');
}
