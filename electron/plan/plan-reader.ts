/**
 * Reading plan files on the Node side: the byte cap first, then the YAML in a worker thread with
 * a time and memory limit. The yaml library's cost on hostile input is far from linear (256 KiB
 * of `[` or `"` takes seconds), so no host parses a plan on its own thread: the Electron window
 * would freeze, the browser host would stop answering.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PLAN_MAX_BYTES, planTooLarge, utf8Length, type PlanRead } from '../../shared/plan/plan';
import { fail, ok, type Result } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { readRegularFile } from '../node/read-regular-file';
import type { PlanWorkerInput } from './plan-worker';

/** How long one plan may take to read; a real plan takes milliseconds. */
export const PLAN_READ_TIMEOUT_MS = 5_000;
/** Heap of the reading worker; a real plan needs a few MB. */
const WORKER_HEAP_MB = 128;
/** File name of the worker bundle (electron/tools/build.mjs). */
const WORKER_FILE = 'plan-worker.cjs';

/**
 * Where the worker bundle is: beside dist/cli.cjs and dist/web-host.cjs, one level up from
 * dist/electron/main.cjs; tests run this module from source against the built dist/.
 */
export function planWorkerPath(): string {
  if (__filename.endsWith('.ts')) return join(__dirname, '..', '..', 'dist', WORKER_FILE);
  const beside = join(__dirname, WORKER_FILE);
  return existsSync(beside) ? beside : join(__dirname, '..', WORKER_FILE);
}

/** Options of readPlanText (tests shorten the limits). */
export interface PlanReadOptions {
  readonly timeoutMs?: number;
  readonly workerPath?: string;
}

/** Reads plan text (size checked first) in a worker; only YAML, size and time problems fail. */
export async function readPlanText(
  text: string,
  source: string,
  opts: PlanReadOptions = {},
): Promise<Result<PlanRead>> {
  if (text.length > PLAN_MAX_BYTES || utf8Length(text) > PLAN_MAX_BYTES)
    return { ok: false, error: planTooLarge(source) };
  const name = escapeControls(source);
  const timeoutMs = opts.timeoutMs ?? PLAN_READ_TIMEOUT_MS;
  const workerData: PlanWorkerInput = { text, source };
  const worker = new Worker(opts.workerPath ?? planWorkerPath(), {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (r: Result<PlanRead> | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (r instanceof Error) reject(r);
      else resolve(r);
    };
    const timer = setTimeout(
      () =>
        settle(
          fail(
            'input-timeout',
            `${name}: reading it took longer than ${timeoutMs / 1000} s and was stopped; a plan is a few kilobytes of plain YAML. Check that this is the plan file.`,
            source,
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (r: Result<PlanRead>) => settle(r));
    worker.once('error', (e: Error & { code?: string }) =>
      settle(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? fail(
              'input-too-large',
              `${name}: reading it needed more than ${WORKER_HEAP_MB} MB and was stopped; a plan is a few kilobytes of plain YAML. Check that this is the plan file.`,
              source,
            )
          : // Anything else is a bug (a missing bundle, …): thrown to the host's bug handling.
            e,
      ),
    );
    worker.once('exit', (code) =>
      settle(new Error(`the plan reader worker exited with code ${code} without an answer`)),
    );
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Plan bytes (a picked or named file) to text: the size cap before anything else, then UTF-8. */
export function decodePlanBytes(bytes: Uint8Array, source: string): Result<string> {
  if (bytes.length > PLAN_MAX_BYTES) return { ok: false, error: planTooLarge(source) };
  try {
    return ok(utf8.decode(bytes));
  } catch {
    return fail(
      'input-unreadable',
      `${escapeControls(source)}: not UTF-8 text; save the plan as UTF-8 YAML`,
      source,
    );
  }
}

/** Reads a plan file named on the command line: a regular file, at most PLAN_MAX_BYTES, UTF-8. */
export async function readPlanFile(
  path: string,
  opts: PlanReadOptions = {},
): Promise<Result<PlanRead>> {
  const read = await readRegularFile(path, { maxBytes: PLAN_MAX_BYTES, what: 'the plan file' });
  if (!read.ok)
    return read.error.code === 'input-too-large' ? { ok: false, error: planTooLarge(path) } : read;
  const text = decodePlanBytes(read.value, path);
  if (!text.ok) return text;
  return readPlanText(text.value, path, opts);
}
