import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule that keeps src/lib/ plain TypeScript, run through the project's own ESLint config.
const eslint = new ESLint();
const problemsIn = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);

describe('the src/lib import rule', () => {
  it.each([
    ["import { getCollection } from 'astro:content';", 'Astro virtual modules'],
    ["import starlight from '@astrojs/starlight';", 'keep Astro out of it'],
    ["import { h } from 'preact';", 'keep Preact in src/components/'],
    ["import Box from '../../components/rota/Box.astro';", 'must not import from src/components/'],
    ["import { main } from '../../cli/sla.ts';", 'must not import from src/cli/'],
    ["import { findChromium } from '../../../scripts/lib/find-chromium.mjs';", 'must not import from scripts/'],
  ])('refuses %s in src/lib/', async (code, message) => {
    expect(await problemsIn('src/lib/sla/example.ts', `${code}\nexport {};\n`)).toEqual([expect.stringContaining(message)]);
  });

  it('allows zod through astro/zod, node built-ins and other src/lib modules', async () => {
    const code =
      "import { z } from 'astro/zod';\nimport { readFileSync } from 'node:fs';\nimport { addDays } from '../time/civil-date.ts';\nexport { z, readFileSync, addDays };\n";
    expect(await problemsIn('src/lib/sla/example.ts', code)).toEqual([]);
  });

  it('leaves the glue outside src/lib/ free to import Astro and the CLIs', async () => {
    const code = "import { getCollection } from 'astro:content';\nimport { main } from '../cli/sla.ts';\nexport { getCollection, main };\n";
    expect(await problemsIn('src/page-data/example.ts', code)).toEqual([]);
  });
});
