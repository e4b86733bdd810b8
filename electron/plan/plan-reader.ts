/**
 * Reading plan files on the Node side: the byte cap first, then the YAML, on the calling thread
 * when the plan is small, otherwise in a worker thread with a time and memory limit.
 *
 * The yaml library's cost on hostile input is far from linear (64 KiB of `}` or of anchors takes
 * a quarter of a second, 256 KiB of `[` or `"` seconds), so a big plan never runs on a host's own
 * thread: the Electron main process would stall, the browser host would stop answering. Up to
 * PLAN_INLINE_MAX_BYTES the worst shapes measured (each of the fuzz test's expensive pieces, and
 * a few thousand random mixes of them, repeated to the size) took at most ~40 ms on an idle core
 * and ~80 ms on a loaded one, less than the worker's own start-up (Node's isolate, then loading
 * yaml and zod: ~65 ms, which a small `issue` spent waiting); at 16 KiB they reached 170–270 ms.
 * A real plan is far below the threshold: 100 members take about 7.4 KB. (Those bounds hold
 * since readPlanYaml refuses keys that are collections: nested ones, `? &a ? &a …`, made a few
 * hundred bytes run for seconds, in the worker too, until the string length overflowed.)
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { readPlanYamlOrGiveUp, type PlanRead } from '../../shared/plan/plan';
import { PLAN_MAX_BYTES, planTooLarge, utf8Length } from '../../shared/plan/plan-limits';
import { fail, ok, type Result } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { readRegularFile } from '../node/read-regular-file';
import type { PlanWorkerInput } from './plan-worker';
import { msg } from '../../shared/text/text';

/** Largest plan (UTF-8 bytes) read on the calling thread; see this module's comment. */
export const PLAN_INLINE_MAX_BYTES = 8 * 1024;
/** How long one plan may take to read in the worker; a real plan takes milliseconds. */
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

/** How a worker ended before or instead of answering. */
type WorkerEnd =
  | { readonly answer: Result<PlanRead> }
  | { readonly error: Error & { code?: string } }
  | { readonly exit: number };

/** A plan-reading worker; until read() it does not keep the process alive. */
interface PlanWorker {
  readonly read: (text: string, source: string) => Promise<Result<PlanRead>>;
  readonly stop: () => void;
}

/**
 * Starts a plan-reading worker (see PlanWorker). node:worker_threads is loaded here, not with
 * this module: most plans are read on the calling thread, and loading it cost every `issue` a
 * millisecond or two. Through require, not import(): the CLI runs its bundles as vm scripts,
 * which have no dynamic-import hook (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
 */
function startPlanWorker(opts: PlanReadOptions = {}): PlanWorker {
  const { Worker } = createRequire(__filename)('node:worker_threads') as typeof WorkerThreads;
  const worker = new Worker(opts.workerPath ?? planWorkerPath(), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
  });
  worker.unref();
  // Listened to from the start: a worker that fails to load may say so before read().
  const ended = new Promise<WorkerEnd>((resolve) => {
    worker.once('message', (answer: Result<PlanRead>) => resolve({ answer }));
    worker.once('error', (error: Error & { code?: string }) => resolve({ error }));
    worker.once('exit', (exit: number) => resolve({ exit }));
  });
  const stop = (): void => void worker.terminate();
  const read = async (text: string, source: string): Promise<Result<PlanRead>> => {
    const name = escapeControls(source);
    const timeoutMs = opts.timeoutMs ?? PLAN_READ_TIMEOUT_MS;
    worker.ref();
    const input: PlanWorkerInput = { text, source };
    worker.postMessage(input);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    try {
      const end = await Promise.race([ended, timedOut]);
      if (end === undefined)
        return fail(
          'input-timeout',
          msg('plan.read-timeout', { source: name, seconds: timeoutMs / 1000 }),
          source,
        );
      if ('answer' in end) return end.answer;
      if ('error' in end && end.error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        return fail(
          'input-too-large',
          msg('plan.read-memory', { source: name, mb: WORKER_HEAP_MB }),
          source,
        );
      // Anything else is a bug (a missing bundle, …): thrown to the host's bug handling.
      throw 'error' in end
        ? end.error
        : new Error(`the plan reader worker exited with code ${end.exit} without an answer`);
    } finally {
      clearTimeout(timer);
      stop();
    }
  };
  return { read, stop };
}

/**
 * Reads plan text (size checked first): a small plan on this thread, a bigger one in a worker;
 * only YAML, size and time problems fail.
 */
export async function readPlanText(
  text: string,
  source: string,
  opts: PlanReadOptions = {},
): Promise<Result<PlanRead>> {
  if (text.length > PLAN_MAX_BYTES) return { ok: false, error: planTooLarge(source) };
  const bytes = utf8Length(text);
  if (bytes > PLAN_MAX_BYTES) return { ok: false, error: planTooLarge(source) };
  if (bytes <= PLAN_INLINE_MAX_BYTES) return readPlanHere(text, source);
  return startPlanWorker(opts).read(text, source);
}

/** Reads a small plan on the calling thread, as the worker would (plan-worker.ts). */
function readPlanHere(text: string, source: string): Result<PlanRead> {
  // As in the worker: yaml builds an Error per syntax problem, and their stack traces were
  // most of the time spent on inputs full of them. Restored before anything else runs.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return readPlanYamlOrGiveUp(text, source);
  } finally {
    Error.stackTraceLimit = limit;
  }
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
      msg('plan.not-utf8', { source: escapeControls(source) }),
      source,
    );
  }
}

/** Reads a plan file named on the command line: a regular file, at most PLAN_MAX_BYTES, UTF-8. */
export async function readPlanFile(
  path: string,
  opts: PlanReadOptions = {},
): Promise<Result<PlanRead>> {
  const read = await readRegularFile(path, {
    maxBytes: PLAN_MAX_BYTES,
    what: msg('what.plan-file', {}),
  });
  const text = read.ok ? decodePlanBytes(read.value, path) : read;
  if (!text.ok)
    return text.error.code === 'input-too-large' ? { ok: false, error: planTooLarge(path) } : text;
  return readPlanText(text.value, path, opts);
}
