/**
 * The decoder's result types, apart from index.ts so that the PKCS#12 reader (which index.ts
 * re-exports) can name them without importing its own entry point.
 */
import type { AppError, Result } from '../../result';
import type { DecodedItem } from '../model';

/** What one file holds: items decoded, and per-block problems next to them. */
export interface DecodedFile {
  readonly name: string;
  readonly items: readonly DecodedItem[];
  readonly errors: readonly AppError[];
}

/** A decoded file, or one error for the whole file (empty, too large, not PKI, PKCS#12…). */
export type DecodeResult = Result<DecodedFile>;

/**
 * Hook for PKCS#12 contents (decoding them needs a passphrase and is the PKCS#12 work's job).
 * Without it, a PKCS#12 file is reported as `passphrase-needed`.
 */
export type Pkcs12Decoder = (bytes: Uint8Array, name: string) => Promise<DecodeResult>;
