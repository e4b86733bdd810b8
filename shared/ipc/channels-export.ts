/**
 * Export channels. The destination is a folder id that main handed out from its own dialog; the
 * renderer never sends a path (house-style "One contract, several transports").
 */
import { z } from 'zod';
import { handleId, noArg, request, type RequestSpec } from './define';

/** Outcome of choosing a destination folder. */
export type ChooseFolderResult =
  | { readonly status: 'chosen'; readonly folderId: string; readonly displayPath: string }
  | { readonly status: 'cancelled' };

/** What to put in the bundle besides certificates and leaf keys. */
export const exportOptions = z.strictObject({
  /** Also write a .zip of the bundle next to the folder. */
  zip: z.boolean().default(false),
  /** Also write PKCS#12 files for clients. */
  pkcs12: z.boolean().default(false),
  /** The CA key is kept out of the bundle unless asked (facts: do not ship the CA key). */
  caKey: z.enum(['none', 'encrypted', 'plain']).default('none'),
  passphrase: z.string().max(1024).optional(),
});

/** One written file, as the export step lists it. */
export interface WrittenFile {
  /** Relative POSIX path inside the bundle. */
  readonly path: string;
  readonly mode: 'secret' | 'public' | 'executable';
  readonly size: number;
}

/** Result of export:write-bundle. */
export interface WriteBundleResult {
  /** Absolute path of the written folder, for display. */
  readonly folder: string;
  readonly files: readonly WrittenFile[];
  /** Absolute path of the zip, when one was asked for. */
  readonly zip?: string;
}

/** Request channels of the `export` domain. */
export const exportRequests = {
  'export:choose-folder': request(noArg).returns<ChooseFolderResult>(),
  'export:write-bundle': request(
    z.strictObject({
      sessionId: handleId,
      folderId: handleId,
      options: exportOptions.prefault({}),
    }),
  ).returns<WriteBundleResult>(),
} satisfies Record<`export:${string}`, RequestSpec<z.ZodType, unknown>>;
