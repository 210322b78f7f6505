// `npm run import:opsgenie -- <files...> [--dry-run] [--out dir] [--role email=role]...
//   [--rotation-role name=role]... [--default-role role]`: see content/docs/handbook/opsgenie-cut-over.mdx.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importOpsgenie, parseRole, type ImportResult } from '../../src/lib/opsgenie/import.ts';
import { OpsgenieInputError } from '../../src/lib/opsgenie/input.ts';
import { leadingComments, rotaYaml } from '../../src/lib/opsgenie/rota-yaml.ts';
import type { Role } from '../../src/lib/rota/model.ts';
import { formatProblems, RotaDataError } from '../../src/lib/rota/problems.ts';
import type { WorkingCalendar } from '../../src/lib/calendar/working-hours.ts';
import { ContentFileError, readWorkingCalendar } from './content-files.ts';
import { readOpsgenieFiles } from './opsgenie-files.ts';
import { readRota, rotaFilesIn } from './rota-files.ts';

export interface CliOutcome {
  code: number;
  out: string[];
  err: string[];
}

export const USAGE = 'Usage: npm run import:opsgenie -- <timeline/schedule/overrides/users .json files...> [--dry-run] [--out content/rota] [--role email=developer|ops-engineer] [--rotation-role "Name=role"] [--default-role role]';

export function runImport(argv: readonly string[], options: { calendar?: WorkingCalendar; now?: number } = {}): CliOutcome {
  const out: string[] = [];
  const err: string[] = [];
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        out: { type: 'string', default: 'content/rota' },
        role: { type: 'string', multiple: true, default: [] },
        'rotation-role': { type: 'string', multiple: true, default: [] },
        'default-role': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { code: 2, out, err: [(error as Error).message, USAGE] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { code: 0, out: [USAGE], err };
  if (positionals.length === 0) return { code: 2, out, err: ['Give at least one Opsgenie JSON file.', USAGE] };
  const pairs = (list: string[], flag: string, key: (k: string) => string) => {
    const map = new Map<string, Role>();
    for (const item of list) {
      const at = item.lastIndexOf('=');
      const role = parseRole(item.slice(at + 1));
      if (at <= 0 || !role) throw new UsageError(`--${flag} ${item}: expected ${flag === 'role' ? 'email' : 'name'}=developer or =ops-engineer`);
      map.set(key(item.slice(0, at)), role);
    }
    return map;
  };
  try {
    const personRoles = pairs(values.role, 'role', (k) => k.toLowerCase());
    const rotationRoles = pairs(values['rotation-role'], 'rotation-role', (k) => k.trim());
    const defaultRole = values['default-role'] === undefined ? undefined : parseRole(values['default-role']);
    if (values['default-role'] !== undefined && !defaultRole) throw new UsageError(`--default-role ${values['default-role']}: expected developer or ops-engineer`);
    const calendar = options.calendar ?? readWorkingCalendar();
    const input = readOpsgenieFiles(positionals);
    const result = importOpsgenie(input, { calendar, personRoles, rotationRoles, ...(defaultRole ? { defaultRole } : {}) });
    const outDir = values.out;
    const headers = {
      people: headerOf(join(outDir, 'people.yaml')),
      rotations: headerOf(join(outDir, 'rotations.yaml')),
      overrides: headerOf(join(outDir, 'overrides.yaml')),
    };
    const yaml = rotaYaml(result, headers);
    // Check the files as the build will before anything is written.
    const staging = mkdtempSync(join(tmpdir(), 'opsgenie-import-'));
    try {
      writeAll(staging, yaml);
      const settings = existsSync(join(outDir, 'settings.yaml')) ? join(outDir, 'settings.yaml') : 'content/rota/settings.yaml';
      copyFileSync(settings, join(staging, 'settings.yaml'));
      readRota({ files: rotaFilesIn(staging), calendar, now: options.now ?? Date.now() });
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    if (values['dry-run']) {
      out.push('# people.yaml', yaml.people, '# rotations.yaml', yaml.rotations, '# overrides.yaml', yaml.overrides);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeAll(outDir, yaml);
      if (!existsSync(join(outDir, 'settings.yaml'))) copyFileSync('content/rota/settings.yaml', join(outDir, 'settings.yaml'));
    }
    out.push(...formatReport(result, values['dry-run'] ? undefined : outDir));
    return { code: 0, out, err };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, out, err: [error.message, USAGE] };
    if (error instanceof OpsgenieInputError || error instanceof ContentFileError) return { code: 1, out, err: [error.message, 'Nothing was written.'] };
    if (error instanceof RotaDataError) return { code: 1, out, err: ['The imported rota would not pass the build:', formatProblems(error.problems), 'Nothing was written.'] };
    throw error;
  }
}

class UsageError extends Error {}

function headerOf(path: string): string | undefined {
  return existsSync(path) ? leadingComments(readFileSync(path, 'utf8')) : undefined;
}

function writeAll(dir: string, yaml: { people: string; rotations: string; overrides: string }): void {
  writeFileSync(join(dir, 'people.yaml'), yaml.people);
  writeFileSync(join(dir, 'rotations.yaml'), yaml.rotations);
  writeFileSync(join(dir, 'overrides.yaml'), yaml.overrides);
}

export function formatReport(result: ImportResult, outDir: string | undefined): string[] {
  return [
    'Import report:',
    ...result.report.map((l) => `  ${l}`),
    ...(result.warnings.length ? [`Not carried over as it was (${result.warnings.length}):`, ...result.warnings.map((l) => `  - ${l}`)] : ['Everything was carried over.']),
    outDir ? `Wrote ${join(outDir, 'people.yaml')}, rotations.yaml and overrides.yaml.` : 'Dry run: nothing written.',
  ];
}
