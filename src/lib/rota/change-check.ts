import { parse as parseYaml, stringify } from 'yaml';
import type { WorkingCalendar } from '../calendar/working-hours.ts';
import { overridesFileSchema } from '../../schemas/rota.ts';
import { checkRota } from './check.ts';
import type { RotaData, RotaSettings } from './model.ts';
import { formatProblem, type RotaFileNames } from './problems.ts';
import type { NewOverride } from './change-builder.ts';

/**
 * A proposed change checked exactly as the build would check overrides.yaml with it added: the
 * YAML text is read back with the same parser and schema, then every rota check runs on the whole
 * rota. Only what the change adds (or clears) is reported.
 */
export interface ChangeCheck {
  /** The entries as they go at the end of overrides.yaml. */
  yaml: string;
  errors: string[];
  warnings: string[];
  /** Warnings in today's rota that the change clears, such as a leave clash. */
  cleared: string[];
}

export function overridesYaml(overrides: readonly NewOverride[]): string {
  return overrides.map((o) => stringify([o], { lineWidth: 0 })).join('\n');
}

export function checkChange(
  data: RotaData,
  added: readonly NewOverride[],
  context: { calendar: WorkingCalendar; settings: RotaSettings; now: number; files: RotaFileNames },
): ChangeCheck {
  const yaml = overridesYaml(added);
  const parsed = overridesFileSchema.safeParse(parseYaml(yaml));
  if (!parsed.success) {
    return {
      yaml,
      errors: parsed.error.issues.map((i) => `${context.files.overrides}, new entry, ${i.path.map(String).join('.')}: ${i.message}`),
      warnings: [],
      cleared: [],
    };
  }
  const next: RotaData = {
    ...data,
    overrides: [...data.overrides, ...parsed.data.map((o, i) => ({ ...o, entry: data.overrides.length + i + 1 }))],
  };
  const before = new Set(checkRota(data, context).problems.map(formatProblem));
  const after = checkRota(next, context).problems;
  const afterText = new Set(after.map(formatProblem));
  const fresh = after.filter((p) => !before.has(formatProblem(p)));
  return {
    yaml,
    errors: fresh.filter((p) => p.severity === 'error').map(formatProblem),
    warnings: fresh.filter((p) => p.severity === 'warning').map(formatProblem),
    cleared: [...before].filter((p) => !afterText.has(p)),
  };
}
