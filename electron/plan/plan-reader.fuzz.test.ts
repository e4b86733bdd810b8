/**
 * Fuzzing plan files through the path the CLI takes (file on disk, byte cap, then the parse on
 * this thread up to PLAN_INLINE_MAX_BYTES, in the worker above it; both are exercised):
 * whatever the bytes, the answer is a Result with a one-line message, within generous time and
 * memory bounds per case. Cases mix mutations
 * of a real plan with the shapes known to be expensive for YAML parsers.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PLAN_YAML,
  PLAN_MAX_BYTES,
  readPlanYaml,
  type PlanRead,
} from '../../shared/plan/plan';
import type { Result } from '../../shared/result';
import { tempDir } from '../test-support/tools';
import { PLAN_INLINE_MAX_BYTES, readPlanFile } from './plan-reader';
import { renderText } from '../../shared/text/render';

const dir = tempDir('etw-plan-fuzz-');
afterAll(() => dir.remove());

/** Pieces that stress YAML parsers: nesting, quotes, anchors, tags, indentation, controls. */
const NASTY = [
  '[',
  '{',
  ']',
  '}',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '!<tag:x> ',
  '? ',
  '- ',
  ': ',
  '#',
  '|',
  '>-',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '\n',
  '\t',
  '  ',
  '\\',
  '\u0000',
  '\u202e',
  '\ufeff',
  'version: 1\n',
  '<<: *a\n',
  'a: &a [1, 2]\n',
  '10.0.0.300',
  '*.com',
  '💥',
];

const nasty = fc.constantFrom(...NASTY);

/** The example plan with a few edits: pieces inserted, lines duplicated or cut. */
const mutatedPlan = fc
  .array(
    fc.record({
      at: fc.nat({ max: EXAMPLE_PLAN_YAML.length }),
      piece: fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 8 })),
      times: fc.integer({ min: 1, max: 50 }),
      cut: fc.nat({ max: 40 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) =>
    edits.reduce(
      (text, e) =>
        text.slice(0, e.at) +
        e.piece.repeat(e.times) +
        text.slice(Math.min(text.length, e.at + e.cut)),
      EXAMPLE_PLAN_YAML,
    ),
  );

/** One expensive shape repeated up to (and past) the size cap. */
const repeated = fc
  .record({ piece: nasty, bytes: fc.integer({ min: 1, max: PLAN_MAX_BYTES + 64 }) })
  .map(({ piece, bytes }) => piece.repeat(Math.ceil(bytes / piece.length)));

/** Many keys, anchors or aliases: work that grows faster than the text in some parsers. */
const manyEntries = fc
  .record({
    n: fc.integer({ min: 1, max: 6000 }),
    form: fc.constantFrom(
      (i: number) => `k${i}: v\n`,
      (i: number) => `a: ${i}\n`,
      (i: number) => `k${i}: &a${i} [1]\n`,
      (i: number) => `k${i}: *a0\n`,
      (i: number) => `${' '.repeat(i % 200)}k: \n`,
      (i: number) => `    - name: m${i}\n      addresses: [10.0.${(i >> 8) & 255}.${i & 255}]\n`,
    ),
  })
  .map(({ n, form }) => `a0: &a0 [1]\n${Array.from({ length: n }, (_, i) => form(i)).join('')}`);

const planText = fc.oneof(
  mutatedPlan,
  repeated,
  manyEntries,
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
);

const CODES = ['plan-yaml', 'plan-invalid', 'input-too-large', 'input-timeout', 'input-unreadable'];
const UNSAFE = /[\n\r\u202e]/;

/** Checks one answer: a Result whose every message is one line. */
function checkAnswer(r: Result<PlanRead>): void {
  if (!r.ok) {
    expect(CODES).toContain(r.error.code);
    expect(renderText(r.error.text, 'en')).not.toMatch(UNSAFE);
    return;
  }
  expect(r.value.plan !== undefined || r.value.issues.length > 0).toBe(true);
  for (const i of r.value.issues) expect(renderText(i.text, 'en')).not.toMatch(UNSAFE);
  if (r.value.error) expect(renderText(r.value.error.text, 'en')).not.toMatch(UNSAFE);
}

/**
 * Runs `read` and bounds its cost: CPU time of the whole process (worker threads included) rather
 * than wall time, since the machine running the tests may be busy with other work.
 */
async function bounded<T>(read: () => Promise<T> | T, worst: { ms: number; mb: number }) {
  const rss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const answer = await read();
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const mb = (process.memoryUsage().rss - rss) / 1e6;
  worst.ms = Math.max(worst.ms, ms);
  worst.mb = Math.max(worst.mb, mb);
  expect(ms).toBeLessThan(2_000);
  expect(mb).toBeLessThan(200);
  return answer;
}

describe('plan files under fuzzing', () => {
  it('the parser: a Result with one-line messages, under 2 s of CPU and 200 MB per case', async () => {
    const worst = { ms: 0, mb: 0 };
    await fc.assert(
      fc.asyncProperty(planText, async (text) => {
        checkAnswer(await bounded(() => readPlanYaml(text, 'fuzz.yaml'), worst));
      }),
      { seed: 20240613, numRuns: 200 },
    );
    // For the record; the bounds are asserted per case.
    console.log(`parser, worst case: ${worst.ms.toFixed(0)} ms CPU, ${worst.mb.toFixed(0)} MB`);
  }, 600_000);

  it('files as the CLI reads them (cap, this thread or worker): the same answers within the same bounds', async () => {
    const worst = { ms: 0, mb: 0 };
    let n = 0;
    const ways = { here: 0, worker: 0 };
    await fc.assert(
      fc.asyncProperty(planText, async (text) => {
        const file = join(dir.path, `p${n++}.yaml`);
        writeFileSync(file, text);
        const bytes = Buffer.byteLength(text);
        if (bytes <= PLAN_INLINE_MAX_BYTES) ways.here++;
        else if (bytes <= PLAN_MAX_BYTES) ways.worker++;
        checkAnswer(await bounded(() => readPlanFile(file), worst));
      }),
      // Fewer runs: a big plan starts a worker thread (about 0.1 s of CPU).
      { seed: 20240614, numRuns: 40 },
    );
    // Both ways of reading met hostile input (sizes vary with the seed, not with the code).
    expect(ways.here).toBeGreaterThan(0);
    expect(ways.worker).toBeGreaterThan(0);
    console.log(
      `files (${ways.here} on this thread, ${ways.worker} in the worker), worst case: ${worst.ms.toFixed(0)} ms CPU, ${worst.mb.toFixed(0)} MB`,
    );
  }, 600_000);
});
