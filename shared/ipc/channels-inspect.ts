/** Inspector channels: decode dropped or picked files (certificates, keys, CSRs, bundles). */
import * as z from 'zod';
import type { AppError } from '../result';
import type { InspectionAnalysis } from '../lint/inspect-report';
import type { DecodedItem } from '../pki/model';
import { request, type RequestSpec } from './define';
import type { TextId } from '../text/text';

/** Largest file the inspector decodes (certificates, keys and bundles are a few KB). */
export const INSPECT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most files in one inspection (a folder with a few thousand certificates is still fine). */
export const INSPECT_MAX_FILES = 5000;

/**
 * A file the renderer hands over. A file over the cap is sent without its bytes and with its
 * `size`, so it gets its own "too large" result instead of failing the whole request.
 */
export const inspectFilePayload = z.strictObject({
  /** The name, or the path inside a dropped folder (`pki/etcd0.pem`). */
  name: z.string().min(1).max(1024),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= INSPECT_MAX_FILE_BYTES, {
    message: 'request.inspect-file-too-large' satisfies TextId,
  }),
  size: z.number().int().nonnegative().optional(),
});
/** A file handed to the inspector. */
export type InspectFilePayload = z.infer<typeof inspectFilePayload>;

/** Whether a whole-file error means "no PKI at all" (the decoder's rule, named here too). */
export { isSkippedInput } from '../pki/decode';

/** One input file and what was found in it. */
export interface InspectedFile {
  readonly name: string;
  /** Not PKI at all ({@link isSkippedInput}): listed, not counted as a problem. */
  readonly skipped?: boolean;
  readonly items: readonly DecodedItem[];
  /** Why nothing (or not everything) could be decoded: the first problem. */
  readonly error?: AppError;
  /** Every problem, when there are several (one per broken PEM block). */
  readonly errors?: readonly AppError[];
}

/** Outcome of inspect:read-files. */
export type ReadFilesResult =
  | {
      readonly status: 'read';
      readonly files: readonly InspectedFile[];
      /** Chains, key matching, role verdicts, lint and host checks: what `inspect --json` reports. */
      readonly analysis: InspectionAnalysis;
      /** The clock the analysis used (ISO 8601). */
      readonly now: string;
    }
  | { readonly status: 'cancelled' }
  /** The browser host has no native dialog: the renderer must upload and call again. */
  | { readonly status: 'upload-needed' };

/** Request channels of the `inspect` domain. */
export const inspectRequests = {
  /** Without `files`, the host shows its open dialog (Electron) or asks for an upload. */
  'inspect:read-files': request(
    z
      .strictObject({
        files: z
          .array(inspectFilePayload)
          .min(1)
          .max(INSPECT_MAX_FILES, `at most ${INSPECT_MAX_FILES} files at once`)
          .optional(),
        /** PKCS#12 passwords by file name. */
        passwords: z.record(z.string().max(1024), z.string().max(1024)).optional(),
        /** Hosts to check server certificates against (Go's VerifyHostname). */
        hosts: z.array(z.string().min(1).max(253)).max(500).optional(),
        /** An OpenSSL-based client (APISIX) dials the server certificates: wildcard findings. */
        opensslClients: z.boolean().optional(),
        /** Language of the finding and verdict texts. */
        locale: z.enum(['en', 'zh-CN']).optional(),
      })
      .optional(),
  ).returns<ReadFilesResult>(),
} satisfies Record<`inspect:${string}`, RequestSpec<z.ZodType, unknown>>;
