import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DataFileError } from '../../../../src/lib/data-files/problems.ts';
import { readSla } from '../../../../src/lib/data-files/working-time-files.ts';
import { slaSchema } from '../../../../src/schemas/sla.ts';

// Broken copies of the real content/sla.yaml, made by editing its text, so no target is typed here.
const original = readFileSync('content/sla.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sla-data-'));

function brokenCopy(name: string, edit: (text: string) => string): string {
  const text = edit(original);
  expect(text, `the edit for ${name} changed nothing`).not.toBe(original);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function problemsOf(path: string): string[] {
  try {
    readSla(process.cwd(), path);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toContain(path.split('/').pop());
    // Where and why, without the file name (each test's copy has its own).
    return (error as DataFileError).problems.map((p) => `${p.where}: ${p.reason}`);
  }
  throw new Error(`${path} was accepted`);
}

describe('a malformed SLA file is refused, naming the field', () => {
  it('the real file is valid', () => {
    expect(readSla().priorities).toHaveLength(4);
  });

  it('a target in weeks', () => {
    const path = brokenCopy('unit.yaml', (t) => t.replace(/unit: hours/, 'unit: weeks'));
    expect(problemsOf(path)).toEqual([expect.stringMatching(/^priorities\.0\.firstReply\.standard\.unit: /)]);
  });

  it('a clock that is neither working nor wall', () => {
    const path = brokenCopy('clock.yaml', (t) => t.replace('clock: working', 'clock: office'));
    expect(problemsOf(path)).toEqual([expect.stringMatching(/^priorities\.1\.clock: /)]);
  });

  it('working hours written without quotes or leading zero', () => {
    const path = brokenCopy('start.yaml', (t) => t.replace(/start: "\d\d:\d\d"/, 'start: "9:00"'));
    expect(problemsOf(path)).toContain('workingHours.start: must be a 24-hour time in quotes, like "10:00"');
  });

  it('an unknown time zone', () => {
    const path = brokenCopy('zone.yaml', (t) => t.replace(/timeZone: .*/, 'timeZone: Europe/Londres'));
    expect(problemsOf(path)).toEqual(['workingHours.timeZone: must be an IANA time zone such as Europe/London']);
  });

  it('a misspelt field', () => {
    const path = brokenCopy('typo.yaml', (t) => t.replace('firstReply:', 'firstReplay:'));
    expect(problemsOf(path).join('\n')).toMatch(/priorities\.0/);
  });

  it('YAML that does not parse', () => {
    const path = brokenCopy('yaml.yaml', (t) => t.replace('plans:', 'plans: [unclosed'));
    expect(problemsOf(path)).toHaveLength(1);
  });

  it('the content collection’s schema reports the same path', () => {
    const data = parseYaml(original) as unknown as { priorities: Array<{ firstReply: { enhanced: { value: number } } }> };
    data.priorities[2]!.firstReply.enhanced.value = -4;
    const result = slaSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('priorities.2.firstReply.enhanced.value');
  });
});
