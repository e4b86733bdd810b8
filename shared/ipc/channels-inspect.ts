/** Inspector channels: decode dropped or picked files (certificates, keys, CSRs, bundles). */
import { z } from 'zod';
import type { AppError } from '../result';
import type { DecodedItem } from '../pki/model';
import { filePayload, request, type RequestSpec } from './define';

/** One input file and what was found in it. */
export interface InspectedFile {
  readonly name: string;
  readonly items: readonly DecodedItem[];
  /** Why nothing (or not everything) could be decoded. */
  readonly error?: AppError;
}

/** Outcome of inspect:read-files. */
export type ReadFilesResult =
  | { readonly status: 'read'; readonly files: readonly InspectedFile[] }
  | { readonly status: 'cancelled' }
  /** The browser host has no native dialog: the renderer must upload and call again. */
  | { readonly status: 'upload-needed' };

/** Request channels of the `inspect` domain. */
export const inspectRequests = {
  /** Without `files`, the host shows its open dialog (Electron) or asks for an upload. */
  'inspect:read-files': request(
    z
      .strictObject({
        files: z.array(filePayload).min(1).max(100, 'at most 100 files at once').optional(),
      })
      .optional(),
  ).returns<ReadFilesResult>(),
} satisfies Record<`inspect:${string}`, RequestSpec<z.ZodType, unknown>>;
