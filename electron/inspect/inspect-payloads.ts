/**
 * The window's inspection, on the Node side (never on the renderer's UI thread): decodes every
 * handed-over file with a size cap and a time limit per file, PKCS#12 files with the password
 * the user gave, then runs the same pure analysis as `inspect --json` (shared/lint), so the CLI
 * and the window cannot disagree.
 */
import {
  INSPECT_MAX_FILE_BYTES,
  isSkippedInput,
  type InspectFilePayload,
  type InspectedFile,
  type ReadFilesResult,
} from '../../shared/ipc/channels-inspect';
import { analyse, type SourcedItem } from '../../shared/lint/inspect-report';
import type { LintLocale } from '../../shared/lint/rules';
import { pkcs12Decoder, type DecodeResult } from '../../shared/pki/decode';
import type { AppError } from '../../shared/result';
import { nodeDigest, webCrypto } from '../node/node-crypto';
import { decodeWithTimeout } from './inspect-service';

/** Time one file may take; real files take milliseconds, PKCS#12 with 600,000 rounds about one second. */
export const INSPECT_FILE_TIMEOUT_MS = 15_000;

/** Options of {@link inspectPayloads}. */
export interface InspectPayloadOptions {
  readonly now: Date;
  readonly passwords?: Readonly<Record<string, string>>;
  readonly hosts?: readonly string[];
  /** An OpenSSL-based client (APISIX) dials the server certificates: see `wildcard-openssl`. */
  readonly opensslClients?: boolean;
  readonly locale?: LintLocale;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Decodes one file, settling within the time limit whatever the bytes are. */
async function decodeOne(
  file: InspectFilePayload,
  opts: InspectPayloadOptions,
): Promise<DecodeResult> {
  const max = opts.maxBytes ?? INSPECT_MAX_FILE_BYTES;
  const size = Math.max(file.size ?? 0, file.bytes.byteLength);
  if (size > max)
    return {
      ok: false,
      error: {
        code: 'input-too-large',
        message: `${file.name} is ${mib(size)}; files over ${mib(max)} are not read. Certificates, keys and bundles are a few KB: pick the certificate files themselves.`,
        path: file.name,
      },
    };
  // The same time-limited decode as `inspect` on the command line, plus PKCS#12 passwords.
  return decodeWithTimeout(file.bytes, file.name, {
    maxBytes: max,
    timeoutMs: opts.timeoutMs ?? INSPECT_FILE_TIMEOUT_MS,
    decodePkcs12: pkcs12Decoder({
      crypto: webCrypto,
      password: opts.passwords?.[file.name],
      // Node's hash for the KDF chains: a thousand times faster than awaiting WebCrypto.
      digest: nodeDigest,
    }),
  });
}

/** Decodes and analyses the files; one bad file never hides the others. */
export async function inspectPayloads(
  files: readonly InspectFilePayload[],
  opts: InspectPayloadOptions,
): Promise<Extract<ReadFilesResult, { status: 'read' }>> {
  const out: InspectedFile[] = [];
  const items: SourcedItem[] = [];
  for (const file of files) {
    let r: DecodeResult;
    try {
      r = await decodeOne(file, opts);
    } catch (e) {
      // A decoder bug must not lose the other files: report it on this one.
      r = {
        ok: false,
        error: {
          code: 'input-not-pki',
          message: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`,
          path: file.name,
        },
      };
    }
    if (!r.ok) {
      out.push({
        name: file.name,
        items: [],
        error: r.error,
        ...(isSkippedInput(r.error) ? { skipped: true } : {}),
      });
      continue;
    }
    r.value.items.forEach((item, index) => items.push({ file: file.name, index, item }));
    const errors: readonly AppError[] = r.value.errors;
    out.push({
      name: file.name,
      items: r.value.items,
      ...(errors.length > 0 ? { error: errors[0]!, errors } : {}),
    });
  }
  const analysis = await analyse(
    items,
    {
      now: opts.now,
      hosts: opts.hosts ?? [],
      ...(opts.opensslClients ? { opensslClients: true } : {}),
    },
    { crypto: webCrypto, locale: opts.locale ?? 'en' },
  );
  return { status: 'read', files: out, analysis, now: opts.now.toISOString() };
}
