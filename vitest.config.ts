import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Unit and integration tests live next to the code. A JSON report is always written so that
// .ci/run can refuse a run in which any test was skipped (a missing tool is a failure in CI).
export default defineConfig({
  // The same constant as the esbuild build (electron/node/app-version.ts).
  define: { __ETW_VERSION__: JSON.stringify(version) },
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
