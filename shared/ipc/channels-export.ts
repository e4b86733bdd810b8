/**
 * Export channels. The destination is a folder id that main handed out from its own dialog; the
 * renderer never sends a path (docs/ARCHITECTURE.md#one-contract-three-transports).
 */
import * as z from 'zod';
import type { InstallStep } from '../generate/install-steps';
import type { FileMode } from '../generate/types';
import { planSchema } from '../plan/schema';
import { handleId, noArg, request, type RequestSpec } from './define';
import type { AppText, TextId } from '../text/text';

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
  /** The CA key is kept out of the bundle unless asked (docs/generated-files.md#private-keys). */
  caKey: z.enum(['none', 'encrypted', 'plain']).default('none'),
  /** The CA key passphrase (caKey `encrypted`); also the PKCS#12 password unless one is given. */
  passphrase: z.string().max(1024).optional(),
  /** Password of the client .p12 files, when it should differ from `passphrase`. */
  pkcs12Password: z.string().max(1024).optional(),
  /** Language of the README and of the comments in generated files; the plan's when absent. */
  language: z.enum(['en', 'zh-CN']).optional(),
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
  /** Problems the user must know about (also in the README). English. */
  readonly warnings?: readonly AppText[];
  /** What to copy to which machine and run there, in order (the README has the same commands). */
  readonly steps: readonly InstallStep[];
}

/** One generated text file as the review step previews it. */
export interface PreviewFile {
  /** Relative POSIX path inside the bundle. */
  readonly path: string;
  readonly content: string;
  readonly mode: FileMode;
}

/** Result of export:preview-files. */
export interface PreviewFilesResult {
  /** `issued`: the real certificates of the session; `example`: placeholders from the plan. */
  readonly source: 'issued' | 'example';
  readonly files: readonly PreviewFile[];
  readonly warnings: readonly AppText[];
}

/** Outcome of export:open-folder: opened by the host, or its path for the user to open. */
export type OpenFolderResult =
  | { readonly status: 'opened'; readonly path: string }
  | { readonly status: 'path'; readonly path: string };

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
  /**
   * The generated text files (configs, scripts, README) without any PEM: from the session's
   * issued certificates when `sessionId` is given, else from `plan` with placeholder fingerprints.
   */
  'export:preview-files': request(
    z
      .strictObject({
        plan: z.optional(planSchema),
        sessionId: handleId.optional(),
        caKey: exportOptions.shape.caKey,
        pkcs12: z.boolean().default(false),
        language: exportOptions.shape.language,
      })
      .refine((a) => a.plan !== undefined || a.sessionId !== undefined, {
        message: 'request.plan-or-session' satisfies TextId,
      }),
  ).returns<PreviewFilesResult>(),
  /**
   * Opens a folder main handed out, or its README (Electron: the file manager or the default
   * app; browser host: the path, for the user to open).
   */
  'export:open-folder': request(
    z.strictObject({ folderId: handleId, file: z.enum(['README.md']).optional() }),
  ).returns<OpenFolderResult>(),
} satisfies Record<`export:${string}`, RequestSpec<z.ZodType, unknown>>;
