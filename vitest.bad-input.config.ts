import { defineConfig } from 'vitest/config';

// The bad-input tests (tests/build/): each fixture through the build's data check, and some
// through the real `npm run build` in a copy of the project. Separate from the unit tests because
// the builds take seconds; see tests/build/bad-input.test.ts.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    // Builds in parallel, but not more than a small machine's cores can take.
    maxConcurrency: 3,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
