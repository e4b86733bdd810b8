/**
 * Node's crypto as the pure core expects it. shared/ is written against WebCrypto (so that the
 * same code runs in Chromium); this module is the one place that hands Node's implementation
 * (native OpenSSL, work on the libuv pool) to it; the types match without casts.
 */
import { createHash, webcrypto } from 'node:crypto';
import type { IssueDeps } from '../../shared/pki/issue';
import type { SyncDigest } from '../../shared/pki/pkcs12-kdf';

/** Node's WebCrypto, typed as the interface shared/ is written against (the same object). */
export const webCrypto: IssueDeps['crypto'] = webcrypto;

/** Node's synchronous hash, for long hash chains (PKCS#12 KDF) where awaiting WebCrypto is slow. */
export const nodeDigest: SyncDigest = (hash, data) =>
  new Uint8Array(createHash(hash.replace('-', '').toLowerCase()).update(data).digest());
