import { defineConfig } from 'vitest/config';

// Four suites, run one after the other by `npm test` (scripts/run-tests.ts):
// unit (no build needed), build (checks over dist/), e2e (Chromium against dist/ served on 127.0.0.1),
// server (Debian's nginx with the generated configuration serving dist/, or ATLAS_CHECK_URL).
// A fifth, bench (the benchmark's own modules), runs only with `npm run test:bench`.
export default defineConfig({
  test: {
    projects: [
      // Generous limits: the machine running the suites may be shared (2 cores for many processes).
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      { test: { name: 'bench', include: ['bench/tests/**/*.test.ts'], environment: 'node' } },
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
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
