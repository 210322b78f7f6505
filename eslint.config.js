// ESLint (flat config) with typescript-eslint. `npm run lint`, part of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', '**/*.astro'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Declaration files for untyped modules and Astro's virtual modules need `import()` types.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Domain logic is plain TypeScript that runs anywhere: no Astro, Preact, components, CLIs or scripts.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // astro/zod is zod itself, re-exported so schemas and the content layer share one copy;
              // astro: virtual modules have their own message below.
              regex: '^(astro(?!:|/zod$)|@astrojs/)',
              message: 'src/lib/ is plain TypeScript: keep Astro out of it (put the glue beside the page or component).',
            },
            { regex: '^astro:', message: 'src/lib/ is plain TypeScript: Astro virtual modules belong in the Astro glue.' },
            { regex: '^(preact|@preact/)', message: 'src/lib/ is plain TypeScript: keep Preact in src/components/.' },
            { regex: '(^|/)components/', message: 'src/lib/ must not import from src/components/.' },
            { regex: '(^|/)scripts/', message: 'src/lib/ must not import from scripts/.' },
            {
              regex: '(^|/)cli/',
              message: 'src/lib/ must not import from src/cli/ (the command-line tools call src/lib/, not the other way).',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
