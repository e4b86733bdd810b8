/**
 * Vitest global setup: builds the Node bundles (dist/cli.cjs …) once, before any test file runs.
 * Tests run the built CLI as users do; building it inside test files raced with other files
 * executing it in parallel (a half-written bundle printed nothing).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('node', ['electron/tools/build.mjs'], { stdio: 'inherit' });
}
