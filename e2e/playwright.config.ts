import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

// End-to-end tests: the real renderer build and the real handlers, through the browser host, in
// Debian's Chromium (see fixtures.ts). `npm test` builds first; this config builds nothing.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: './specs',
  outputDir: `${root}/test-results/e2e`,
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: `${root}/test-results/playwright.json` }]],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
