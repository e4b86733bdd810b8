import { defineConfig } from 'vitest/config';

// Unit and integration tests live next to the code. A JSON report is always written so that
// .ci/run can refuse a run in which any test was skipped (a missing tool is a failure in CI).
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'e2e/bench/**/*.test.mjs',
    ],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    globalSetup: ['electron/test-support/global-setup.ts'],
    pool: 'forks',
    allowOnly: false,
  },
});
