/**
 * The two ways a plan is read (plan-reader.ts): a small one on the calling thread, a bigger one
 * in the worker (dist/plan-worker.cjs, so the build must have run). Which way a read took shows
 * through a worker that cannot start: only the worker path notices it.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN_YAML, utf8Length } from '../../shared/plan/plan';
import { tempDir } from '../test-support/tools';
import { PLAN_INLINE_MAX_BYTES, readPlanFile, readPlanText } from './plan-reader';
import { writeFileSync } from 'node:fs';
import { renderText } from '../../shared/text/render';

const dir = tempDir('etw-plan-reader-');
afterAll(() => dir.remove());

/** The example plan, padded with one comment line to exactly `bytes` of UTF-8. */
function padded(bytes: number): string {
  const text = `${EXAMPLE_PLAN_YAML}#${'x'.repeat(bytes - utf8Length(EXAMPLE_PLAN_YAML) - 2)}\n`;
  expect(utf8Length(text)).toBe(bytes);
  return text;
}

const noWorker = { workerPath: join(dir.path, 'no-such-worker.cjs') };

describe('reading plans, small and big', () => {
  it('reads a small plan and a big one to the same plan', async () => {
    const small = EXAMPLE_PLAN_YAML;
    const big = padded(PLAN_INLINE_MAX_BYTES + 1);
    expect(utf8Length(small)).toBeLessThanOrEqual(PLAN_INLINE_MAX_BYTES);
    const a = await readPlanText(small, 'small.yaml');
    const b = await readPlanText(big, 'big.yaml');
    expect(a.ok && a.value.plan).toBeTruthy();
    expect(b.ok && b.value.plan).toEqual(a.ok && a.value.plan);
  });

  it('reads a small plan without the worker and a big one only through it', async () => {
    const small = await readPlanText(padded(PLAN_INLINE_MAX_BYTES), 'small.yaml', noWorker);
    expect(small.ok && small.value.plan?.version).toBe(1);
    await expect(
      readPlanText(padded(PLAN_INLINE_MAX_BYTES + 1), 'big.yaml', noWorker),
    ).rejects.toThrow();
  });

  it('gives the same YAML error either way, and files read like texts', async () => {
    const bad = (text: string) => `${text}members: [\n`;
    const file = join(dir.path, 'big-bad.yaml');
    writeFileSync(file, bad(padded(PLAN_INLINE_MAX_BYTES + 1)));
    const small = await readPlanText(bad(EXAMPLE_PLAN_YAML), 'p.yaml');
    const big = await readPlanFile(file);
    for (const r of [small, big]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(renderText(r.error.text, 'en')).toMatch(/\.yaml:\d+:\d+: not valid YAML/);
    }
  });
});
