/**
 * The command line's V8 tuning: the interrupt budget only on V8 11 (Node 20), and a flag the
 * running V8 really knows (V8 12 prints "unrecognized flag" on stderr for the same flag).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tieringFlags, tuneTieringForCommandLine, V8_11_INTERRUPT_BUDGET } from './v8-tiering';

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
