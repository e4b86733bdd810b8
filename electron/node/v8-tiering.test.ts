/**
 * The command line's V8 tuning: the interrupt budget only on V8 11 (Node 20), a flag the running
 * V8 really knows (V8 12 prints "unrecognized flag" on stderr for the same flag), set when a
 * command runs and not for `--help`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/index';
import { tempDir } from '../test-support/tools';
import { tieringFlags, tuneTieringForCommandLine, V8_11_INTERRUPT_BUDGET } from './v8-tiering';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.cjs');
const dir = tempDir('etw-v8-tiering-');
afterAll(() => dir.remove());

/** stderr of a Node that sets `flag` at run time, as bin.ts does. */
const stderrOfSetting = (flag: string): string =>
  spawnSync(
    process.execPath,
    ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`],
    { encoding: 'utf8', env: { PATH: process.env.PATH } },
  ).stderr;

describe('tieringFlags', () => {
  it('raises the interrupt budget on V8 11 only', () => {
    expect(tieringFlags('11.3.244.8-node.38')).toEqual([
      `--interrupt-budget=${V8_11_INTERRUPT_BUDGET}`,
    ]);
    expect(V8_11_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
    for (const v of ['12.4.254.21-node.57', '13.6.233.10-node.24', '10.2.154.26-node.26'])
      expect(tieringFlags(v)).toEqual([]);
  });

  it('sets each flag through the given setter, and none on a later V8', () => {
    const set: string[] = [];
    tuneTieringForCommandLine('11.3.244.8-node.38', (f) => set.push(f));
    expect(set).toEqual(tieringFlags('11.3.244.8-node.38'));
    const later: string[] = [];
    tuneTieringForCommandLine('12.4.254.21-node.57', (f) => later.push(f));
    expect(later).toEqual([]);
  });

  it('gives only flags that the running V8 accepts', () => {
    // The check itself: V8 names a flag it does not know.
    expect(stderrOfSetting('--interrupt-budget-of-nothing=1')).toMatch(/unrecognized flag/);
    const flags = tieringFlags(process.versions.v8);
    if (process.versions.v8.startsWith('11.')) expect(flags).not.toEqual([]);
    for (const f of flags) expect(stderrOfSetting(f)).toBe('');
  });
});

describe('the command line', () => {
  /** How often main() called beforeCommand for `args`. */
  const hooked = async (args: string[]): Promise<number> => {
    let calls = 0;
    await main(args, { out: () => {}, err: () => {}, env: {}, beforeCommand: () => calls++ });
    return calls;
  };

  it('asks for the tuning once a command is known, not for help, version or a typo', async () => {
    expect(await hooked(['inspect'])).toBe(1);
    expect(await hooked(['--lang', 'zh-CN', 'inspect'])).toBe(1);
    for (const args of [['--help'], [], ['--version'], ['inspecct']])
      expect(await hooked(args)).toBe(0);
  });

  it('loads node:v8 for a command on V8 11, and never for --help', () => {
    // Node's own list of the built-in modules a process loaded, written as it exits.
    const hook = join(dir.path, 'modules.cjs');
    const list = join(dir.path, 'modules.txt');
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
    );
    const loaded = (args: string[]): string[] => {
      const r = spawnSync(process.execPath, ['-r', hook, CLI, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      });
      expect(r.stderr).not.toMatch(/unrecognized flag/);
      return readFileSync(list, 'utf8').split('\n');
    };
    expect(loaded(['--help'])).not.toContain('NativeModule v8');
    const inspect = loaded(['inspect', CLI]);
    expect(inspect.includes('NativeModule v8')).toBe(tieringFlags(process.versions.v8).length > 0);
  });
});
