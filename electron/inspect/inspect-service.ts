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
  /** `skipped`: found in a folder and not PKI at all (README, YAML…). */
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
    // Sizes of a folder's files are looked up all at once (one by one, each lookup waited for
    // the thread pool); sub-folders are walked in name order after their files are listed.
    const sorted = entries.sort((a, b) => a.name.localeCompare(b.name));
    const sizes = new Map(
      sorted
        .filter((e) => e.isFile())
        .slice(0, Math.max(0, maxFiles - files.length))
        .map(
          (e) =>
            [
              e,
              lstat(join(dir, e.name)).then(
                (s) => s.size,
                (err: unknown) => err as Error,
              ),
            ] as const,
        ),
    );
    for (const entry of sorted) {
      if (files.length >= maxFiles) break;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) {
        const size = await sizes.get(entry);
        if (size instanceof Error)
          errors.push({
            code: 'input-unreadable',
            message: `cannot read ${p}: ${fsErrorText(size)}`,
            path: p,
          });
        else if (size !== undefined) files.push({ path: p, explicit: false, size });
      }
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

/** Files read at once. */
const READ_WIDTH = 8;

/** Reads and decodes one listed file; every failure is a result. */
async function readAndDecode(
  f: { path: string; size: number },
  maxBytes: number,
  timeoutMs: number | undefined,
): Promise<DecodeResult> {
  if (f.size > maxBytes)
    // Refused before reading: a huge file is not a certificate and need not be loaded.
    return {
      ok: false,
      error: {
        code: 'input-too-large',
        message: `${f.path} is ${f.size} bytes; files over ${maxBytes} bytes are not read.`,
        path: f.path,
      },
    };
  try {
    return await decodeWithTimeout(new Uint8Array(await readFile(f.path)), f.path, {
      maxBytes,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'input-unreadable',
        message: `cannot read ${f.path}: ${(e as Error).message}`,
        path: f.path,
      },
    };
  }
}

/** Inspects files and folders: decode, analyse, lint, check hosts. */
export async function inspectPaths(
  paths: readonly string[],
  opts: InspectOptions = {},
): Promise<InspectReport> {
  const now = opts.now ?? new Date();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DECODE_BYTES;
  const { files, errors: inputErrors } = await collect(paths, opts.maxFiles ?? DEFAULT_MAX_FILES);
  // Files are read and decoded a few at a time (reading waits for the disk, decoding for
  // nothing), then reported in their listed order.
  const results = new Array<DecodeResult>(files.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readAndDecode(files[i]!, maxBytes, opts.timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_WIDTH, files.length) }, lane));
  const inspected: InspectedPath[] = [];
  const items: SourcedItem[] = [];
  for (const [i, f] of files.entries()) {
    const result = results[i]!;
    if (!result.ok) {
      const notPki = result.error.code === 'input-not-pki' || result.error.code === 'input-empty';
      inspected.push({
        path: f.path,
        explicit: f.explicit,
        status: !f.explicit && notPki ? 'skipped' : 'error',
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
  const analysis = analyse(
    items,
    {
      now,
      hosts,
      ...(opts.role ? { role: opts.role } : {}),
      ...(opts.kind ? { kind: opts.kind } : {}),
      ...(opts.etcdAuth !== undefined ? { etcdAuth: opts.etcdAuth } : {}),
    },
    opts.locale,
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

/** Exit status of an inspection: 2 bad input, 1 lint errors, 0 fine. */
export function inspectExitCode(report: InspectReport): 0 | 1 | 2 {
  const badInput =
    report.inputErrors.some((e) => e.code === 'input-unreadable') ||
    report.files.some((f) => f.explicit && f.errors.length > 0) ||
    !report.files.some((f) => f.status === 'decoded');
  if (badInput) return 2;
  return report.lintErrors > 0 ? 1 : 0;
}
