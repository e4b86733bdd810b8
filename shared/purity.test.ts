// shared/ stays pure because ESLint says so: a probe file written into shared/ that uses
// timers, the network, storage, browser globals and Node must get the shared/ block's errors,
// each with the message that says where such code belongs.
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** One probe line and the one error it must get. */
interface Case {
  readonly code: string;
  readonly ruleId: string;
  readonly message: string;
}

const global = (name: string, why: string): string => `Unexpected use of '${name}'. ${why}`;
const TIMERS =
  'shared/ is pure: timers live in the Node side (electron/<capability>) or the renderer; pass results in.';

const CASES: readonly Case[] = [
  {
    code: "import * as fs from 'node:fs'; export const read = fs.readFileSync;",
    ruleId: 'no-restricted-imports',
    message: "'node:fs' import is restricted from being used. shared/ is pure: pass data in.",
  },
  {
    code: "export const get = (): Promise<unknown> => fetch('https://example.invalid');",
    ruleId: 'no-restricted-globals',
    message: global(
      'fetch',
      'shared/ is pure: network I/O lives in the Node side (electron/<capability>) or the renderer (through window.api); pass the data in.',
    ),
  },
  {
    code: 'export const later = (f: () => void): unknown => setTimeout(f, 10);',
    ruleId: 'no-restricted-globals',
    message: global('setTimeout', TIMERS),
  },
  {
    code: 'export const tick = (f: () => void): unknown => setInterval(f, 10);',
    ruleId: 'no-restricted-globals',
    message: global('setInterval', TIMERS),
  },
  {
    code: "export const saved = (): unknown => localStorage.getItem('plan');",
    ruleId: 'no-restricted-globals',
    message: global(
      'localStorage',
      'shared/ is pure: storage lives in the renderer (its store) or the Node side (electron/<capability>); pass values in.',
    ),
  },
  {
    code: 'export const lang = (): unknown => navigator.language;',
    ruleId: 'no-restricted-globals',
    message: global(
      'navigator',
      'shared/ is pure: it reads no browser object; the renderer passes what it needs in.',
    ),
  },
  {
    code: 'export const today = (): Date => new Date();',
    ruleId: 'no-restricted-syntax',
    message: 'Pass "now" in.',
  },
  {
    code: "export const san = '2.5.29.17';",
    ruleId: 'no-restricted-syntax',
    message: 'Name this OID in shared/pki/oids.ts and import the name.',
  },
];

describe('shared/ purity rules', () => {
  it('reject timers, I/O, storage, browser globals and Node imports in a shared/ file', async () => {
    const probe = join(root, 'shared', `purity-probe-${randomUUID()}.ts`);
    let results: ESLint.LintResult[];
    try {
      writeFileSync(probe, CASES.map((c) => c.code).join('\n') + '\n');
      results = await new ESLint({ cwd: root }).lintFiles([relative(root, probe)]);
    } finally {
      rmSync(probe, { force: true });
    }
    expect(existsSync(probe)).toBe(false);
    expect(results).toHaveLength(1);
    const got = results[0]!.messages.map((m) => ({
      line: m.line,
      ruleId: m.ruleId,
      message: m.message,
    }));
    expect(got).toEqual(
      CASES.map((c, i) => ({ line: i + 1, ruleId: c.ruleId, message: c.message })),
    );
  });
});
