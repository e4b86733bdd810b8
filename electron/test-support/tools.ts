/**
 * Test helpers for real external tools (openssl, etcd, etcdctl, chromium, go). Locally a missing
 * tool skips the tests that need it; in CI (CI=true) it is a failure, never a skip.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const found = new Map<string, boolean>();

/** True when `name` is on PATH. */
export function hasTool(name: string): boolean {
  if (!found.has(name)) {
    found.set(
      name,
      spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0,
    );
  }
  return found.get(name)!;
}

/**
 * Use as `describe.skipIf(!needTool('etcd'))(…)`. Throws in CI when the tool is missing, so
 * CI cannot go green by skipping.
 */
export function needTool(name: string): boolean {
  const present = hasTool(name);
  if (!present && process.env.CI) {
    throw new Error(`${name} is required in CI (install it in .ci/setup), but it is not on PATH`);
  }
  return present;
}

/** Runs a command; returns status, stdout and stderr as text (never throws on exit code). */
export function run(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: opts.cwd,
    input: opts.input,
    env: opts.env,
    timeout: opts.timeoutMs ?? 60_000,
  });
}

/** Runs a command and returns stdout; throws with stderr when it fails. */
export function runOk(cmd: string, args: readonly string[], opts: { cwd?: string } = {}): string {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A fresh temporary folder and its remover. */
export function tempDir(prefix = 'etw-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
