import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/cli/import-opsgenie.ts';
import { runParity } from '../../../src/cli/check-opsgenie-parity.ts';
import { checkContent } from '../../../src/lib/data-files/project.ts';
import { calendar } from '../../support/calendar.ts';

const FIXTURES = 'tests/fixtures/opsgenie';
const TIMELINES = ['support_rotations.json', 'support_rotations_today.json', 'first_line_ooh_rotations.json'];
const work = mkdtempSync(join(tmpdir(), 'opsgenie-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const NOW = Date.parse('2026-12-07T09:00:00Z');

describe('npm run import:opsgenie, then npm run check:opsgenie-parity', () => {
  for (const name of TIMELINES) {
    it(`imports ${name} into a rota the build accepts, and then agrees with it to the minute`, () => {
      const out = join(work, name.replace('.json', ''));
      const imported = runImport([`${FIXTURES}/${name}`, `${FIXTURES}/opsgenie_users.json`, '--out', out], { calendar, now: NOW });
      expect(imported.err).toEqual([]);
      expect(imported.code).toBe(0);
      expect(readFileSync(join(out, 'rotations.yaml'), 'utf8')).toMatch(/# Imported from Opsgenie by npm run import:opsgenie\./);
      // first_line_ooh_rotations has Opsgenie people on first line on bank holidays, which the site
      // stands down by design; those differences are accepted with the flag (and checked below).
      const flags = name === 'first_line_ooh_rotations.json' ? ['--allow-bank-holidays'] : [];
      const parity = runParity([`${FIXTURES}/${name}`, '--rota', out, ...flags], { calendar, now: NOW });
      expect(parity.code, parity.out.join('\n')).toBe(0);
      expect(parity.out.join('\n')).not.toMatch(/^\d+ difference\(s\) \(rotation/m);
    });
  }

  it('writes files the build’s own content check accepts, in place of the sample rota', () => {
    const root = join(work, 'site');
    cpSync('content', join(root, 'content'), { recursive: true });
    // As a team replacing the sample team would: the sample absences name sample people.
    writeFileSync(join(root, 'content/rota/absences.yaml'), '# No absences yet.\n');
    const imported = runImport(
      [`${FIXTURES}/first_line_ooh_rotations.json`, `${FIXTURES}/opsgenie_users.json`, '--out', join(root, 'content/rota')],
      { calendar, now: NOW },
    );
    expect(imported.err).toEqual([]);
    expect(imported.code).toBe(0);
    expect(readFileSync(join(root, 'content/rota/people.yaml'), 'utf8')).toMatch(/^# Everyone who can be on the rota/);
    expect(checkContent({ root, now: NOW }).errors).toEqual([]);
  });

  it('refuses, before writing anything, when absences.yaml names people the import removes, and says what to do', () => {
    const dir = join(work, 'with-absences');
    cpSync('content/rota', dir, { recursive: true });
    const before = readFileSync(join(dir, 'people.yaml'), 'utf8');
    const imported = runImport([`${FIXTURES}/first_line_ooh_rotations.json`, `${FIXTURES}/opsgenie_users.json`, '--out', dir], {
      calendar,
      now: NOW,
    });
    expect(imported.code).toBe(1);
    const text = imported.err.join('\n');
    expect(text).toMatch(/absences\.yaml names \d+ people the import would remove from people\.yaml/);
    expect(text).toMatch(/- ingrid-sorensen \(entries 1, 3\)/);
    expect(text).toContain('--out <new folder>');
    expect(text).toMatch(/clear .*absences\.yaml/);
    expect(imported.err.at(-1)).toBe('Nothing was written.');
    expect(readFileSync(join(dir, 'people.yaml'), 'utf8')).toBe(before);
  });

  it('lists each difference with rotation, from, to and both people, and exits 1', () => {
    const out = join(work, 'changed');
    expect(runImport([`${FIXTURES}/first_line_ooh_rotations.json`, '--out', out], { calendar, now: NOW }).code).toBe(0);
    const rotations = readFileSync(join(out, 'rotations.yaml'), 'utf8').replace(
      '    - bob\n    - alice\n    - carol\n    - carlos',
      '    - alice\n    - bob\n    - carol\n    - carlos',
    );
    writeFileSync(join(out, 'rotations.yaml'), rotations);
    const parity = runParity([`${FIXTURES}/first_line_ooh_rotations.json`, '--rota', out], { calendar, now: NOW });
    expect(parity.code).toBe(1);
    const text = parity.out.join('\n');
    expect(text).toMatch(/difference\(s\) \(rotation \| from \| to \| Opsgenie \| site\):/);
    expect(text).toContain('  Ops | 2020-06-01 10:00 | 2020-06-01 18:00 | Opsgenie: bob@example.com | site: alice@example.com');
    expect(text).toContain('  Ops | 2020-06-03 10:00 | 2020-06-03 18:00 | Opsgenie: alice@example.com | site: bob@example.com');
  });

  it('fails on bank-holiday differences, listed with their holiday, unless --allow-bank-holidays', () => {
    const out = join(work, 'first_line_ooh_rotations');
    const strict = runParity([`${FIXTURES}/first_line_ooh_rotations.json`, '--rota', out], { calendar, now: NOW });
    expect(strict.code).toBe(1);
    expect(strict.out.join('\n')).toContain(
      'Ops | 2020-08-31 10:00 | 2020-08-31 18:00 | Opsgenie: bob@example.com | site: nobody | Summer bank holiday, 2020-08-31',
    );
    const allowed = runParity([`${FIXTURES}/first_line_ooh_rotations.json`, '--rota', out, '--allow-bank-holidays'], {
      calendar,
      now: NOW,
    });
    expect(allowed.code).toBe(0);
  });

  it('exits 2, not 1, when the rota cannot be read', () => {
    const result = runParity([`${FIXTURES}/first_line_ooh_rotations.json`, '--rota', join(work, 'no-such-rota')], { calendar, now: NOW });
    expect(result.code).toBe(2);
  });

  it('with --dry-run prints the YAML and the report and writes nothing', () => {
    const out = join(work, 'dry');
    const result = runImport([`${FIXTURES}/first_line_ooh_rotations.json`, '--dry-run', '--out', out], { calendar, now: NOW });
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    const text = result.out.join('\n');
    expect(text).toContain('# rotations.yaml');
    expect(text).toContain('- id: ooh');
    expect(text).toContain('Dry run: nothing written.');
    expect(text).toMatch(/Not carried over as it was/);
  });

  it('imports a schedule with no rotations, and a users list alone, to an empty rota', () => {
    const result = runImport(
      [`${FIXTURES}/schedule_e71d500f.json`, `${FIXTURES}/opsgenie_users.json`, '--dry-run', '--out', join(work, 'empty')],
      { calendar, now: NOW },
    );
    expect(result.code).toBe(0);
    expect(result.out.join('\n')).toMatch(/schedule "first_line" with 0 rotation\(s\)/);
  });

  it('refuses bad flags with the usage', () => {
    expect(runImport([], { calendar }).code).toBe(2);
    const bad = runImport([`${FIXTURES}/support_rotations.json`, '--role', 'bob@example.com=boss'], { calendar });
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/--role bob@example.com=boss: expected email=developer or =ops-engineer/);
  });
});
