import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../src/lib/data-files/read.ts';
import { rotaSettingsSchema } from '../../../src/schemas/rota.ts';

const dir = mkdtempSync(join(tmpdir(), 'rota-settings-'));
const read = (text: string) => {
  const path = join(dir, 'content/rota/settings.yaml');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return () => readDataFile(dir, path, rotaSettingsSchema);
};

describe('onCallShareLimit in content/rota/settings.yaml', () => {
  it('defaults to 30%', () => expect(read('strictness: warn\n')().onCallShareLimit).toBe(0.3));
  it('takes a fraction', () => expect(read('onCallShareLimit: 0.25\n')().onCallShareLimit).toBe(0.25));
  it.each([
    ['onCallShareLimit: 30\n', 'onCallShareLimit: must be at most 1 (all of the time); write 30% as 0.3'],
    ['onCallShareLimit: 0\n', 'onCallShareLimit: must be more than 0, like 0.3 for 30%'],
    ['onCallShareLimit: "30%"\n', 'onCallShareLimit: must be a fraction of the time, like 0.3 for 30%'],
  ])('%j is refused, naming file and field', (text, message) => {
    expect(read(text)).toThrow(`content/rota/settings.yaml, ${message}`);
  });
});
