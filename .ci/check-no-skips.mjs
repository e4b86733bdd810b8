// Fails when a test runner skipped anything: in CI a missing etcd or Chromium is a failure.
import { existsSync, readFileSync } from 'node:fs';

let bad = false;
const vitest = 'test-results/vitest.json';
if (!existsSync(vitest)) {
  console.error(`${vitest} is missing: the unit tests did not run`);
  bad = true;
} else {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  if (r.numTotalTests === 0 || skipped > 0) {
    console.error(`vitest: ${r.numTotalTests} tests, ${skipped} skipped or todo`);
    bad = true;
  }
}
const pw = 'test-results/playwright.json';
if (existsSync(pw)) {
  const s = JSON.parse(readFileSync(pw, 'utf8')).stats;
  if (s.skipped > 0 || s.expected === 0) {
    console.error(`playwright: ${s.expected} passed, ${s.skipped} skipped`);
    bad = true;
  }
} else if (existsSync('e2e/playwright.config.ts')) {
  console.error(`${pw} is missing: the end-to-end tests did not run`);
  bad = true;
}
process.exit(bad ? 1 : 0);
