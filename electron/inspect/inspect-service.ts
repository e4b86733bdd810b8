/**
 * The inspector's Node side: reads files and folders (recursively, with a size cap and a
 * per-file time limit), decodes them, and hands the items to the pure analysis (chains, key
 * matching, lint, Go hostname checks). The CLI `inspect` command and the IPC handler use it.
 */
import { fsErrorText } from '../node/fs-errors';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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
  type DecodeResult,
  type Pkcs12Decoder,
} from '../../shared/pki/decode';
import { isSkippedInput } from '../../shared/ipc/channels-inspect';
import type { AppError } from '../../shared/result';
import { webCrypto } from '../node/node-crypto';

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
            message: `${name} took longer than ${timeoutMs / 1000} s to decode and was skipped; it is not a normal certificate or key file.`,
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

/** Lists the files under the given paths; unreadable paths become errors, symlinked folders are not followed. */
async function collect(
  paths: readonly string[],
  maxFiles: number,
): Promise<{ files: { path: string; explicit: boolean; size: number }[]; errors: AppError[] }> {
  const files: { path: string; explicit: boolean; size: number }[] = [];
  const errors: AppError[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({
        code: 'input-unreadable',
        message: `cannot read folder ${dir}: ${(e as Error).message}`,
        path: dir,
      });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= maxFiles) return;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile())
        files.push({ path: p, explicit: false, size: (await lstat(p)).size });
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push({ path: raw, explicit: true, size: s.size });
    } catch (e) {
      errors.push({
        code: 'input-unreadable',
        message: `cannot read ${raw}: ${fsErrorText(e)}`,
        path: raw,
      });
    }
  }
  if (files.length >= maxFiles)
    errors.push({
      code: 'input-too-large',
      message: `more than ${maxFiles} files found; only the first ${maxFiles} were read. Point inspect at the PKI folder itself.`,
      path: paths.join(', '),
    });
  return { files, errors };
}

/** Inspects files and folders: decode, analyse, lint, check hosts. */
export async function inspectPaths(
  paths: readonly string[],
  opts: InspectOptions = {},
): Promise<InspectReport> {
  const now = opts.now ?? new Date();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DECODE_BYTES;
  const { files, errors: inputErrors } = await collect(paths, opts.maxFiles ?? DEFAULT_MAX_FILES);
  const inspected: InspectedPath[] = [];
  const items: SourcedItem[] = [];
  for (const f of files) {
    let result: DecodeResult;
    if (f.size > maxBytes) {
      // Refused before reading: a huge file is not a certificate and need not be loaded.
      result = {
        ok: false,
        error: {
          code: 'input-too-large',
          message: `${f.path} is ${f.size} bytes; files over ${maxBytes} bytes are not read.`,
          path: f.path,
        },
      };
    } else {
      try {
        result = await decodeWithTimeout(new Uint8Array(await readFile(f.path)), f.path, {
          maxBytes,
          ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
      } catch (e) {
        result = {
          ok: false,
          error: {
            code: 'input-unreadable',
            message: `cannot read ${f.path}: ${(e as Error).message}`,
            path: f.path,
          },
        };
      }
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
    report.inputErrors.some((e) => e.code === 'input-unreadable') ||
    report.files.some((f) => f.status !== 'skipped' && f.errors.length > 0) ||
    !report.files.some((f) => f.status === 'decoded');
  if (badInput) return 2;
  return report.lintErrors > 0 ? 1 : 0;
}
