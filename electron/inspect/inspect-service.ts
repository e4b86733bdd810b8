/**
 * The inspector's Node side: reads files and folders (recursively, with a size cap and a
 * per-file time limit), decodes them, and hands the items to the pure analysis (chains, key
 * matching, lint, Go hostname checks). The CLI `inspect` command and the IPC handler use it.
 */
import { relative, resolve, sep } from 'node:path';
import {
  analyse,
  type InspectionAnalysis,
  type SourcedItem,
} from '../../shared/lint/inspect-report';
import type { LintLocale } from '../../shared/lint/rules';
import type { LintContext } from '../../shared/lint/types';
import {
  DEFAULT_MAX_DECODE_BYTES,
  decodeBytes,
  isSkippedInput,
  type DecodeResult,
  type Pkcs12Decoder,
} from '../../shared/pki/decode';
import type { AppError } from '../../shared/result';
import { webCrypto } from '../node/node-crypto';
import { readRegularFile, readRegularFileNow } from '../node/read-regular-file';
import { collect, type CollectedFile } from './inspect-collect';
import { type AppText, msg } from '../../shared/text/text';

/** Time one file may take to decode; real files take milliseconds. */
export const DEFAULT_FILE_TIMEOUT_MS = 10_000;
/** Most files read from folders in one run (a PKI folder holds dozens). */
export const DEFAULT_MAX_FILES = 5_000;

/** Options of an inspection. */
export interface InspectOptions {
  readonly now?: Date;
  readonly hosts?: readonly string[];
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  readonly maxFiles?: number;
  readonly role?: LintContext['role'];
  readonly kind?: LintContext['kind'];
  readonly etcdAuth?: boolean;
  readonly locale?: LintLocale;
  /**
   * Read files with synchronous system calls: for the command line, which waits for nothing
   * else (a folder of 1,000 files reads several times faster); never in the window's process.
   */
  readonly syncReads?: boolean;
}

/** What happened to one input file. */
export interface InspectedPath {
  readonly path: string;
  /** Named on the command line (true) or found in a folder (false). */
  readonly explicit: boolean;
  /**
   * `skipped`: found in a folder and not PKI at all (README, YAML, empty, huge); `error`: looks
   * like PKI but could not be read (truncated, corrupted, password needed), or a named file that
   * could not be used.
   */
  readonly status: 'decoded' | 'error' | 'skipped';
  /** Kinds of the items decoded, in file order (`certificate`, `private-key`, `csr`, `crl`). */
  readonly items: readonly string[];
  /** Whole-file error, or per-block errors next to decoded items. */
  readonly errors: readonly AppError[];
}

/** The whole inspection: files, analysis and input problems. `schema` versions the JSON. */
export interface InspectReport extends InspectionAnalysis {
  readonly schema: 'etcd-tls-wizard/inspect@1';
  readonly now: string;
  readonly hosts: readonly string[];
  readonly files: readonly InspectedPath[];
  /** Paths that could not be read at all. */
  readonly inputErrors: readonly AppError[];
}

/** Decodes with a time limit, so one pathological file cannot stall a folder scan. */
export async function decodeWithTimeout(
  bytes: Uint8Array,
  name: string,
  opts: { maxBytes?: number; timeoutMs?: number; decodePkcs12?: Pkcs12Decoder } = {},
): Promise<DecodeResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DecodeResult>((done) => {
    timer = setTimeout(
      () =>
        done({
          ok: false,
          error: {
            code: 'input-timeout',
            text: msg('inspect.decode-timeout', { file: name, seconds: timeoutMs / 1000 }),
            path: name,
          },
        }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      decodeBytes(bytes, name, {
        crypto: webCrypto,
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_DECODE_BYTES,
        ...(opts.decodePkcs12 ? { decodePkcs12: opts.decodePkcs12 } : {}),
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const SHORT_REASON: Partial<Record<AppError['code'], AppText>> = {
  'input-not-pki': msg('reason.not-pki', {}),
  'input-empty': msg('reason.empty', {}),
  'input-too-large': msg('reason.too-large', {}),
  'input-unsupported': msg('reason.not-regular', {}),
  'input-unreadable': msg('reason.unreadable', {}),
  'input-timeout': msg('reason.timeout', {}),
};

/** Why a named folder gave nothing: inspect must never exit 2 without saying so. */
function nothingFound(
  folder: string,
  inspected: readonly InspectedPath[],
  kinds: ReadonlyMap<string, AppText>,
): AppError {
  const root = resolve(folder);
  const inside = inspected.filter((f) => !f.explicit && f.path.startsWith(root + sep));
  const list = inside.slice(0, 5).map((f) =>
    msg('inspect.skipped-item', {
      file: relative(root, f.path),
      reason:
        kinds.get(f.path) ??
        SHORT_REASON[f.errors[0]?.code ?? 'input-empty'] ??
        f.errors[0]?.code ??
        '',
    }),
  );
  const more = inside.length > 5 ? msg('inspect.and-more', { count: inside.length - 5 }) : '';
  const why =
    inside.length === 0
      ? msg('inspect.folder-has-no-files', {})
      : inside.length === 1
        ? msg('inspect.one-file-skipped', { list })
        : msg('inspect.files-skipped', { count: inside.length, list, more });
  return {
    code: 'input-not-pki',
    text: msg('inspect.nothing-found', { folder, why }),
    path: folder,
  };
}

/** Files read at once. */
const READ_WIDTH = 8;

/** Reads and decodes one listed file; every failure is a result. */
async function readAndDecode(
  f: CollectedFile,
  maxBytes: number,
  timeoutMs: number | undefined,
  syncReads: boolean,
): Promise<DecodeResult> {
  const read = await (syncReads ? readRegularFileNow : readRegularFile)(f.path, {
    maxBytes,
    noFollow: !f.explicit,
  });
  return read.ok
    ? decodeWithTimeout(read.value, f.path, { maxBytes, ...(timeoutMs ? { timeoutMs } : {}) })
    : read;
}

/** Inspects files and folders: decode, analyse, lint, check hosts. */
export async function inspectPaths(
  paths: readonly string[],
  opts: InspectOptions = {},
): Promise<InspectReport> {
  const now = opts.now ?? new Date();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DECODE_BYTES;
  const found = await collect(paths, opts.maxFiles ?? DEFAULT_MAX_FILES);
  const inputErrors = found.errors;
  const files = found.files;
  // Files are read and decoded a few at a time (reading waits for the disk, decoding for
  // nothing), then reported in their listed order.
  const results = new Array<DecodeResult | undefined>(files.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const f = files[i]!;
      if (!f.skipped)
        results[i] = await readAndDecode(f, maxBytes, opts.timeoutMs, opts.syncReads === true);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_WIDTH, files.length) }, lane));
  const inspected: InspectedPath[] = [];
  const items: SourcedItem[] = [];
  for (const [i, f] of files.entries()) {
    const result = results[i];
    if (f.skipped || !result) {
      inspected.push({
        path: f.path,
        explicit: false,
        status: 'skipped',
        items: [],
        errors: f.skipped ? [f.skipped] : [],
      });
      continue;
    }
    if (!result.ok) {
      inspected.push({
        path: f.path,
        explicit: f.explicit,
        status: !f.explicit && isSkippedInput(result.error) ? 'skipped' : 'error',
        items: [],
        errors: [result.error],
      });
      continue;
    }
    result.value.items.forEach((item, index) => items.push({ file: f.path, index, item }));
    inspected.push({
      path: f.path,
      explicit: f.explicit,
      status: result.value.items.length > 0 ? 'decoded' : 'error',
      items: result.value.items.map((i) => i.kind),
      errors: result.value.errors,
    });
  }
  if (found.folders.length > 0 && !inspected.some((f) => f.status === 'decoded'))
    for (const folder of found.folders)
      inputErrors.push(
        nothingFound(
          folder,
          inspected,
          new Map(found.files.flatMap((f) => (f.kind ? [[f.path, f.kind] as const] : []))),
        ),
      );
  const hosts = opts.hosts ?? [];
  const analysis = await analyse(
    items,
    {
      now,
      hosts,
      ...(opts.role ? { role: opts.role } : {}),
      ...(opts.kind ? { kind: opts.kind } : {}),
      ...(opts.etcdAuth !== undefined ? { etcdAuth: opts.etcdAuth } : {}),
    },
    { crypto: webCrypto, ...(opts.locale ? { locale: opts.locale } : {}) },
  );
  return {
    schema: 'etcd-tls-wizard/inspect@1',
    now: now.toISOString(),
    hosts,
    files: inspected,
    inputErrors,
    ...analysis,
  };
}

/**
 * Exit status of an inspection: 2 bad input (an unreadable path, a file that looks like PKI but
 * is broken, wherever it was found, or nothing decoded at all), 1 lint errors, 0 fine. Files that
 * are no PKI at all, found in a folder, do not count.
 */
export function inspectExitCode(report: InspectReport): 0 | 1 | 2 {
  const badInput =
    report.inputErrors.some((e) => e.code !== 'input-too-large') ||
    report.files.some((f) => f.status !== 'skipped' && f.errors.length > 0) ||
    !report.files.some((f) => f.status === 'decoded');
  if (badInput) return 2;
  return report.lintErrors > 0 ? 1 : 0;
}
