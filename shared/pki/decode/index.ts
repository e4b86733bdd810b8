/**
 * Decodes whatever a user drops or names: PEM files with many blocks (any text around them,
 * CRLF, BOM, UTF-16), DER files of every kind, bare base64, PKCS#7 bundles and CRLs. Every
 * problem comes back as a typed error, per block where the file has blocks; no input makes it
 * throw or run unbounded (bounded DER walk before any library parses, size cap per file).
 *
 * This file is the decoder's one entry point: code outside shared/pki imports from
 * 'shared/pki/decode' only, never from a file of this folder (the lint config says so).
 */
import { fail, ok } from '../../result';
import { decodeBlock, decodeDer, type Part } from './blocks';
import { looksLikePkcs12 } from './sniff';
import { bareBase64, bytesToText, pemBlocks } from './text';
import type { DecodeResult, Pkcs12Decoder } from './types';
import type { Crypto } from '../webcrypto';
import { msg } from '../../text/text';

export type { DecodedFile, DecodeResult, Pkcs12Decoder } from './types';
export { isSkippedInput } from './types';
export { pkcs12Decoder, type Pkcs12DecodeOptions } from './pkcs12';

/** Inputs of {@link decodeBytes}: WebCrypto for hashes and key derivation, limits and hooks. */
export interface DecodeDeps {
  readonly crypto: Crypto;
  /** Largest file accepted, in bytes (default {@link DEFAULT_MAX_DECODE_BYTES}). */
  readonly maxBytes?: number;
  readonly decodePkcs12?: Pkcs12Decoder;
}

/** 5 MB: far above any certificate bundle or CRL an etcd deployment uses. */
export const DEFAULT_MAX_DECODE_BYTES = 5 * 1024 * 1024;

/** Decodes one file's bytes; never throws, always settles. */
export async function decodeBytes(
  bytes: Uint8Array,
  name: string,
  deps: DecodeDeps,
): Promise<DecodeResult> {
  const max = deps.maxBytes ?? DEFAULT_MAX_DECODE_BYTES;
  try {
    if (bytes.length > max)
      return fail(
        'input-too-large',
        msg('decode.too-large', { file: name, size: bytes.length, max }),
        name,
      );
    if (bytes.length === 0) return fail('input-empty', msg('decode.empty', { file: name }), name);
    if (looksLikePkcs12(bytes)) {
      if (deps.decodePkcs12) return await deps.decodePkcs12(bytes, name);
      return fail('passphrase-needed', msg('decode.pkcs12-needs-password', { file: name }), name);
    }
    const view = bytesToText(bytes);
    const done = (part: Part): DecodeResult =>
      part.items.length === 0 && part.errors.length === 0
        ? fail('input-not-pki', msg('decode.only-ec-parameters', { file: name }), name)
        : ok({ name, items: part.items, errors: part.errors });
    if (view.kind === 'binary') {
      // Every certificate, key, CSR, CRL and bundle is a DER SEQUENCE: anything else is not PKI.
      if (bytes[0] !== 0x30)
        return fail('input-not-pki', msg('decode.binary-not-der', { file: name }), name);
      const part = await decodeDer(deps.crypto, bytes, name, name);
      if (part.items.length === 0 && part.errors.length === 1)
        return { ok: false, error: part.errors[0]! };
      return done(part);
    }
    if (view.text.trim() === '')
      return fail('input-empty', msg('decode.whitespace', { file: name }), name);
    const blocks = pemBlocks(view.text);
    if (blocks.length === 0) {
      const der = bareBase64(view.text);
      if (der === undefined)
        return fail('input-not-pki', msg('decode.no-pem', { file: name }), name);
      const part = await decodeDer(
        deps.crypto,
        der,
        msg('decode.where-base64', { file: name }),
        name,
      );
      if (part.items.length === 0 && part.errors.length === 1)
        return { ok: false, error: part.errors[0]! };
      return done(part);
    }
    const all: Part = { items: [], errors: [] };
    for (const [i, block] of blocks.entries()) {
      const part = await decodeBlock(deps.crypto, block, i, name);
      all.items.push(...part.items);
      all.errors.push(...part.errors);
    }
    return done(all);
  } catch (e) {
    // Not expected: every parser call above is guarded. Reported, not thrown, so one odd file
    // cannot stop a folder scan.
    return fail(
      'input-not-pki',
      msg('decode.failed', { file: name, detail: e instanceof Error ? e.message : String(e) }),
      name,
    );
  }
}
