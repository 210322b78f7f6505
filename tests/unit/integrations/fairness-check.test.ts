import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fairnessCheck } from '../../../src/integrations/fairness-check.ts';
import { BuildStopError } from '../../../src/integrations/content-check.ts';
import { onCallRulesCheck } from '../../../src/integrations/on-call-rules-check.ts';
import { SAMPLE_TEAM } from '../../support/on-call.ts';

type SetupOptions = Parameters<NonNullable<ReturnType<typeof fairnessCheck>['hooks']['astro:config:setup']>>[0];
type RulesSetupOptions = Parameters<NonNullable<ReturnType<typeof onCallRulesCheck>['hooks']['astro:config:setup']>>[0];

const NOW = Date.parse('2026-12-01T12:00:00Z');
const work = mkdtempSync(join(tmpdir(), 'fairness-check-'));
let copies = 0;

/** A project root with this project's calendar data and the sample team's rota, with settings.yaml replaced. */
function project(settings: string): string {
  const root = join(work, String(++copies));
  for (const path of ['content/sla.yaml', 'content/bank-holidays.json']) cpSync(path, join(root, path));
  cpSync(SAMPLE_TEAM, join(root, 'content/rota'), { recursive: true });
  writeFileSync(join(root, 'content/rota/settings.yaml'), settings);
  return root;
}

function build(root: string, command = 'build') {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const options = { command, config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as SetupOptions;
  return { logger, run: () => fairnessCheck().hooks['astro:config:setup']!(options) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fairnessCheck in a build', () => {
  it('warns, naming file and entry, and goes on', () => {
    const { logger, run } = build(project('strictness: warn\n'));
    run();
    const message = String(logger.warn.mock.calls[0]?.[0]);
    expect(message).toContain('rota fairness warnings:');
    expect(message).toContain('content/rota/rotations.yaml, person "kwame-mensah" (on "on-call" and "on-call-second-line"): Kwame Mensah is on call for 55%');
    expect(message).toContain('content/rota/overrides.yaml, entry 3 (on-call, 2026-12-23T10:00 to 2026-12-30T10:00): "aoife-brennan" (Aoife Brennan) is on call two weeks in a row');
    expect(message).toContain('Set strictness: error');
  });

  it('with strictness: error, stops the build with the same findings as errors', () => {
    const { run } = build(project('strictness: error\n'));
    expect(run).toThrow(BuildStopError);
    expect(run).toThrow(/rota fairness errors:\n {2}- content\/rota\/rotations.yaml, person "kwame-mensah"/);
  });

  it('a higher limit in settings.yaml silences the share warning but not two weeks in a row', () => {
    const { logger, run } = build(project('onCallShareLimit: 0.6\n'));
    run();
    const message = String(logger.warn.mock.calls[0]?.[0]);
    expect(message).not.toContain('of the out-of-hours time');
    expect(message).toContain('two weeks in a row');
  });

  it('does nothing in astro dev, or when the data files have mistakes (contentCheck reports those)', () => {
    const dev = build(project('strictness: error\n'), 'dev');
    expect(dev.run).not.toThrow();
    const broken = build(project('onCallShareLimit: 30\n'));
    expect(broken.run).not.toThrow();
    expect(broken.logger.warn).not.toHaveBeenCalled();
  });
});

describe('onCallRulesCheck in a build', () => {
  const withRules = (rules: string) => {
    const root = project('strictness: warn\n');
    writeFileSync(join(root, 'content/rota/on-call.yaml'), rules);
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const options = { command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as RulesSetupOptions;
    return { logger, run: () => onCallRulesCheck().hooks['astro:config:setup']!(options) };
  };

  it('passes the shipped rules', () => {
    const { logger, run } = withRules(readFileSync('content/rota/on-call.yaml', 'utf8'));
    run();
    expect(logger.info).toHaveBeenCalledWith('content/rota/on-call.yaml checked: no errors.');
  });

  it('stops the build on unordered rules or a wrong field, naming file, rule and field', () => {
    expect(withRules(readFileSync('tests/fixtures/on-call/bad-rates/unordered.yaml', 'utf8')).run).toThrow(
      /1 problem in the on-call rules; fix it and build again:\n {2}- content\/rota\/on-call.yaml, rule 2 \("bank-holidays"\), dayKind: it is narrower than rule 1 \("nights"\)/,
    );
    expect(withRules(readFileSync('tests/fixtures/on-call/bad-rates/wrong-type.yaml', 'utf8')).run).toThrow(/content\/rota\/on-call.yaml: rule 1 \("weekends"\), multiplier: must be a number/);
    expect(withRules('rates: [\n').run).toThrow(BuildStopError);
  });
});
