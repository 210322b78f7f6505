import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { checkAbsenceData, checkLeave } from './absence-checks.ts';
import type { RotaData, RotaSettings } from './model.ts';
import { checkHandoffTimes, checkPlan } from './plan-checks.ts';
import type { RotaFileNames, RotaProblem } from './problems.ts';
import { createRota, type Rota } from './rota.ts';
import { checkRotaData } from './validate.ts';

export interface RotaCheck {
  /** The rota, when the data has no errors that would make it wrong. */
  rota?: Rota | undefined;
  problems: RotaProblem[];
}

/** Every check the build runs: data errors first; the look-ahead checks only once the data is sound. */
export function checkRota(
  data: RotaData,
  options: { calendar: WorkingCalendar; files: RotaFileNames; now: number; settings: RotaSettings },
): RotaCheck {
  const problems = [
    ...checkRotaData(data, options.files, options.calendar.hours.timeZone),
    ...checkAbsenceData(data, options.files, options.calendar.hours),
  ];
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const rota = createRota(data, options.calendar);
  const handoffProblems = checkHandoffTimes(rota, options.now, options.files);
  if (handoffProblems.length) return { problems: [...problems, ...handoffProblems] };
  problems.push(
    ...checkPlan(rota, options.now, options.settings, options.files),
    ...checkLeave(rota, options.now, options.settings, options.files),
  );
  return { rota, problems };
}
