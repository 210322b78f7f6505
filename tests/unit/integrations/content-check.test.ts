import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildStopError, contentCheck } from '../../../src/integrations/content-check.ts';

type SetupOptions = Parameters<NonNullable<ReturnType<typeof contentCheck>['hooks']['astro:config:setup']>>[0];

// The rota fixtures' look-ahead findings are worked out from this instant.
const NOW = Date.parse('2026-11-30T12:00:00Z');
const ROTA_FIXTURES = 'tests/fixtures/rota';
const work = mkdtempSync(join(tmpdir(), 'content-check-'));
let copies = 0;

/** A project root with this project's data files and the rota of `fixture` (base files, then its own). */
function projectWithRota(fixture: string): string {
  const root = join(work, String(++copies));
  for (const path of ['content/sla.yaml', 'content/bank-holidays.json', 'content/contacts.yaml', 'content/runbooks', 'content/docs'])
    cpSync(path, join(root, path), { recursive: true });
  cpSync(join(ROTA_FIXTURES, 'base'), join(root, 'content/rota'), { recursive: true });
  cpSync(join(ROTA_FIXTURES, fixture), join(root, 'content/rota'), { recursive: true });
  return root;
}

/** Runs the integration's setup as `astro build` would, recording what it logs. */
function build(root: string) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const options = { command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as SetupOptions;
  const run = () => contentCheck().hooks['astro:config:setup']!(options);
  return { logger, run };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('contentCheck in a build', () => {
  it('says so when the data has no errors and the rota no warnings', () => {
    const { logger, run } = build(projectWithRota('base'));
    run();
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledExactlyOnceWith('Data files checked: no errors and no warnings.');
  });

  it('prints the rota’s look-ahead warnings once, naming the file, and lets the build go on', () => {
    const { logger, run } = build(projectWithRota('gap'));
    run();
    expect(logger.warn).toHaveBeenCalledOnce();
    const printed = String(logger.warn.mock.calls[0]![0]);
    expect(printed).toContain('3 warnings in the data files:');
    expect(printed).toContain(
      'content/rota/overrides.yaml, entry 1 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00): it is over before the rotation "on-call" starts (2027-01-06); check the dates',
    );
    expect(printed).toContain('  - content/rota/rotations.yaml, rotation "on-call": nobody is on it from Mon 30 Nov 2026, 18:00');
    expect(printed).toContain('(Set strictness: error in content/rota/settings.yaml to fail the build on these.)');
    expect(logger.info).toHaveBeenCalledExactlyOnceWith('Data files checked: no errors.');
  });

  it('stops the build, with no stack trace, when strictness makes a warning an error', () => {
    const { logger, run } = build(projectWithRota('strict'));
    let stopped: unknown;
    try {
      run();
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toBeInstanceOf(BuildStopError);
    expect((stopped as Error).stack).toBe('');
    expect((stopped as Error).message).toMatch(
      /^1 problem in the data files; fix it and build again:\n {2}- content\/rota\/rotations\.yaml, rotation "on-call": it is planned only until/,
    );
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('does nothing in `astro dev`, where rota-check reports as files change', () => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const options = { command: 'dev', config: { root: pathToFileURL(`${projectWithRota('strict')}/`) }, logger } as unknown as SetupOptions;
    contentCheck().hooks['astro:config:setup']!(options);
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
