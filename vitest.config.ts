import { defineConfig } from 'vitest/config';

// Three suites, run one after the other by `npm test` (scripts/run-tests.ts):
// unit (no build needed), build (checks over dist/), e2e (Chromium against dist/ served on 127.0.0.1).
export default defineConfig({
  test: {
    projects: [
      // Some unit tests spawn `npm run check:content` or check hundreds of generated sheets: on a shared,
      // loaded machine they need more than the default 5 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
