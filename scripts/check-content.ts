// Checks every data file as the build does before it starts, without building:
// `npm run check:content`. Exit code 1 if the build would stop; rota warnings are printed too.
import { checkContent, formatContentErrors, formatContentWarnings } from './lib/check-content.ts';

const { errors, warnings } = checkContent();
if (warnings.length) console.warn(`${formatContentWarnings(warnings)}\n`);
if (errors.length) {
  console.error(formatContentErrors(errors));
  process.exitCode = 1;
} else {
  console.log('The data files have no errors.');
}
