import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, projectCheck, projectData } from '../../../../src/lib/data-files/project.ts';
import { DataFileError, formatDataProblem } from '../../../../src/lib/data-files/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'project-check-'));
cpSync('content', join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the project check', () => {
  it('finds no problem in the real content, and returns everything it read', () => {
    const { errors, data } = checkContent();
    expect(errors.map(formatDataProblem)).toEqual([]);
    expect(data?.rota.rotations.length).toBeGreaterThan(0);
    expect(data?.runbooks.length).toBeGreaterThan(10);
    expect(data?.holidays.division).toBe('england-and-wales');
  });

  it('runs once per build: a second call with no file changed returns the same result', () => {
    const first = projectCheck(root);
    expect(projectCheck(root)).toBe(first);
    expect(projectData(root)).toBe(first.data);
  });

  it('checks again when a file changes (astro dev), and projectData then throws one formatted error', () => {
    const first = projectCheck(root);
    const path = join(root, 'content/sla.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('timeZone: Europe/London', 'timeZone: "+01:00"'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const second = projectCheck(root);
    expect(second).not.toBe(first);
    expect(second.errors.map(formatDataProblem)).toEqual([
      expect.stringMatching(/^content\/sla\.yaml, workingHours\.timeZone: "\+01:00" is a fixed offset/),
    ]);
    expect(() => projectData(root)).toThrow(DataFileError);
    expect(() => projectData(root)).toThrow(
      /^1 problem in the data files; fix it and build again:\n {2}- content\/sla\.yaml, workingHours\.timeZone/,
    );
  });
});
