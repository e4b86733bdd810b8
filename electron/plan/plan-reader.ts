/**
 * Reading plan files on the Node side: the byte cap first, then the YAML in a worker thread with
 * a time and memory limit. The yaml library's cost on hostile input is far from linear (256 KiB
 * of `[` or `"` takes seconds), so no host parses a plan on its own thread: the Electron window
 * would freeze, the browser host would stop answering.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlanRead } from '../../shared/plan/plan';
import { PLAN_MAX_BYTES, planTooLarge, utf8Length } from '../../shared/plan/plan-limits';
import { fail, ok, type Result } from '../../shared/result';
import { escapeControls } from '../../shared/text/one-line';
import { readRegularFile } from '../node/read-regular-file';
import type { PlanWorkerInput } from './plan-worker';
import { msg } from '../../shared/text/text';

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

/** How a worker ended before or instead of answering. */
type WorkerEnd =
  | { readonly answer: Result<PlanRead> }
  | { readonly error: Error & { code?: string } }
  | { readonly exit: number };

/**
 * A plan-reading worker started before its text is at hand: Node's start-up in the worker and
 * the parser's loading (together longer than the rest of a small `issue`) overlap whatever the
 * caller does meanwhile (reading the file, loading its own code). Until read() it does not keep
 * the process alive; stop() ends it when no text comes.
 */
export interface PlanWorker {
  readonly read: (text: string, source: string) => Promise<Result<PlanRead>>;
  readonly stop: () => void;
}

/** Starts a plan-reading worker (see PlanWorker). */
export function startPlanWorker(opts: PlanReadOptions = {}): PlanWorker {
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

/** Reads plan text (size checked first) in a worker; only YAML, size and time problems fail. */
export async function readPlanText(
  text: string,
  source: string,
  opts: PlanReadOptions = {},
): Promise<Result<PlanRead>> {
  if (text.length > PLAN_MAX_BYTES || utf8Length(text) > PLAN_MAX_BYTES)
    return { ok: false, error: planTooLarge(source) };
  return startPlanWorker(opts).read(text, source);
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

/**
 * Reads a plan file named on the command line: a regular file, at most PLAN_MAX_BYTES, UTF-8.
 * `worker`: one started earlier (startPlanWorker), so that its start-up overlapped other work.
 */
export async function readPlanFile(
  path: string,
  opts: PlanReadOptions & { readonly worker?: PlanWorker } = {},
): Promise<Result<PlanRead>> {
  // Started before the file is read: the worker gets going while the disk answers.
  const worker = opts.worker ?? startPlanWorker(opts);
  const read = await readRegularFile(path, {
    maxBytes: PLAN_MAX_BYTES,
    what: msg('what.plan-file', {}),
  });
  const text = read.ok ? decodePlanBytes(read.value, path) : read;
  if (!text.ok) {
    worker.stop();
    return text.error.code === 'input-too-large' ? { ok: false, error: planTooLarge(path) } : text;
  }
  return worker.read(text.value, path);
}
