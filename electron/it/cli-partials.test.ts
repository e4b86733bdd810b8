/**
 * kill -9 during the write step of `issue`: the hidden work folder (keys inside, 0700) stays
 * behind; the next export into the same folder removes it once its owner is gone, leaves those
 * of running exports and anything not ours alone, and names the ones it cannot remove.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../test-support/cli-main';
import { PARTIAL_MARKER } from '../export/partials';
import { tempDir } from '../test-support/tools';
import { ONE_MEMBER_PLAN } from '../test-support/plans';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');
const PAUSE = join(__dirname, '..', 'test-support', 'pause-before-rename.mjs');
const dir = tempDir('etw-partials-');
afterAll(() => dir.remove());

const PLAN = ONE_MEMBER_PLAN;
const plan = join(dir.path, 'plan.yaml');
writeFileSync(plan, PLAN);

/** Starts `issue` and waits until it is frozen before its final rename; returns the work folder. */
function pausedIssue(out: string): Promise<{ child: ChildProcess; partial: string }> {
  const child = spawn(
    process.execPath,
    ['--import', PAUSE, CLI, 'issue', '--plan', plan, '--out', out, '--export-ca-key', 'none'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /PAUSED (.+)\n/.exec(text);
      if (m) resolve({ child, partial: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`issue exited (${code}) before the write step`)));
  });
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const partialsIn = (parent: string) => readdirSync(parent).filter((n) => n.includes('.partial-'));

describe('work folders left by kill -9 during the write step', () => {
  it('are removed by the next export into the same folder, which then succeeds', async () => {
    const parent = join(dir.path, 'p1');
    mkdirSync(parent);
    const out = join(parent, 'bundle');
    const { child, partial } = await pausedIssue(out);
    await kill9(child);
    // What a crash leaves: a hidden 0700 folder with private keys and our marker, no bundle.
    expect(partialsIn(parent)).toEqual([partial.slice(parent.length + 1)]);
    expect(statSync(partial).mode & 0o777).toBe(0o700);
    expect(existsSync(join(partial, 'nodes/n1/server.key'))).toBe(true);
    expect(existsSync(join(partial, PARTIAL_MARKER))).toBe(true);
    expect(existsSync(out)).toBe(false);

    const again = await cli(['issue', '--plan', plan, '--out', out, '--export-ca-key', 'none']);
    expect(again).toMatchObject({ code: 0, err: '', errLines: 0 });
    expect(partialsIn(parent)).toEqual([]);
    expect(readdirSync(parent)).toEqual(['bundle']);
    expect(existsSync(join(out, PARTIAL_MARKER))).toBe(false);
    expect(existsSync(join(out, 'nodes/n1/server.key'))).toBe(true);
  });

  it('leave the work folder of a running export and folders that are not ours alone', async () => {
    const parent = join(dir.path, 'p2');
    mkdirSync(parent);
    const running = await pausedIssue(join(parent, 'slow'));
    // Right name, no marker: somebody else's; never touched.
    const foreign = join(parent, '.other.partial-0123456789ab');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    try {
      const r = await cli([
        'issue',
        '--plan',
        plan,
        '--out',
        join(parent, 'fast'),
        '--export-ca-key',
        'none',
      ]);
      expect(r).toMatchObject({ code: 0, err: '', errLines: 0 });
      expect(existsSync(join(running.partial, 'nodes/n1/server.key'))).toBe(true);
      expect(existsSync(join(foreign, 'keep.txt'))).toBe(true);
    } finally {
      await kill9(running.child);
    }
  });

  it('are named in the error when they cannot be removed, and nothing is written', async () => {
    const parent = join(dir.path, 'p3');
    mkdirSync(parent);
    const out = join(parent, 'bundle');
    const { child, partial } = await pausedIssue(out);
    await kill9(child);
    const key = join(partial, 'nodes/n1/server.key');
    // Root ignores modes, but not the immutable flag; others cannot unlink in a 0500 folder.
    const root = process.getuid?.() === 0;
    if (root) execFileSync('chattr', ['+i', key]);
    else chmodSync(dirname(key), 0o500);
    try {
      const r = await cli(['issue', '--plan', plan, '--out', out, '--export-ca-key', 'none']);
      expect(r.code).toBe(2);
      expect(r.errLines).toBe(1);
      expect(r.err).toBe(
        `etcd-tls-wizard issue: ${parent}: a folder left over from an interrupted export holds private keys and could not be removed: ${partial} (cannot remove ${key}: permission denied). Remove it by hand, then export again; nothing was written.`,
      );
      expect(existsSync(out)).toBe(false);
      expect(partialsIn(parent)).toEqual([partial.slice(parent.length + 1)]);
    } finally {
      if (root) execFileSync('chattr', ['-i', key]);
      else chmodSync(dirname(key), 0o700);
    }
    expect(
      (await cli(['issue', '--plan', plan, '--out', out, '--export-ca-key', 'none'])).code,
    ).toBe(0);
    expect(readdirSync(parent)).toEqual(['bundle']);
  });
});
