import { defineConfig } from 'vitest/config';

// Three suites, run one after the other by `npm test` (scripts/run-tests.ts):
// unit (no build needed), build (checks over dist/), e2e (Chromium against dist/ served on 127.0.0.1).
// A fourth, bench (the benchmark's own modules), runs only with `npm run test:bench`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'bench', include: ['bench/tests/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
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
