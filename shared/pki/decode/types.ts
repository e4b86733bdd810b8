/**
 * The decoder's result types (and the rule for errors that mean "no PKI"), apart from index.ts
 * so that the PKCS#12 reader (which index.ts re-exports) can name them without importing its own
 * entry point.
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

/**
 * True when a whole-file error says the file is no PKI at all (a README, a YAML, an empty or a
 * huge file): such files are listed as skipped. Everything else that failed looked like a
 * certificate, key or bundle and is broken (truncated, corrupted, password missing): an error.
 */
export const isSkippedInput = (error: AppError): boolean =>
  error.code === 'input-not-pki' ||
  error.code === 'input-empty' ||
  error.code === 'input-too-large';
