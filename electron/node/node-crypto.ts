/**
 * Node's crypto as the pure core expects it. shared/ is written against WebCrypto (so that the
 * same code runs in Chromium); this module is the one place that hands Node's implementation
 * (native OpenSSL, work on the libuv pool) to it, and the one place that owns the typing.
 *
 * Digests are the exception: WebCrypto's digest() sends every hash through the thread pool and
 * back, which for the short inputs of the core (a certificate, a public key) costs far more than
 * the hash, and left the inspector idle a fifth of the time. Here digest() hashes synchronously
 * with node:crypto and returns a settled promise; signature checks with verify-only public keys
 * go to node:crypto directly (node-verify.ts); everything else is Node's WebCrypto unchanged.
 */
import * as nodeCrypto from 'node:crypto';
import { createHash, webcrypto } from 'node:crypto';
import type { IssueDeps } from '../../shared/pki/issue';
import type { SyncDigest } from '../../shared/pki/pkcs12-kdf';
import { VerifyKey, importVerifyKey, verifyOnPool, verifyOnly } from './node-verify';
import { NODE_HASH } from './webcrypto-names';

type DigestArgs = Parameters<typeof webcrypto.subtle.digest>;

const oneShot = (nodeCrypto as { hash?: typeof nodeCrypto.hash }).hash;

const bytesOf = (data: DigestArgs[1]): Uint8Array =>
  ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);

/** SHA-1/2 of `data` with node:crypto, as WebCrypto's digest() would return it. */
function digestNow(algorithm: DigestArgs[0], data: DigestArgs[1]): Promise<ArrayBuffer> {
  const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
  const hash = NODE_HASH[name.toUpperCase()];
  if (hash === undefined) return webcrypto.subtle.digest(algorithm, data);
  // One-shot hash() where Node has it (20.12+): no Hash object per certificate.
  const d = oneShot
    ? oneShot(hash, bytesOf(data), 'buffer')
    : createHash(hash).update(bytesOf(data)).digest();
  // A digest has its own buffer (not Node's pool): handed over as is, not copied.
  const whole = d.byteOffset === 0 && d.byteLength === d.buffer.byteLength;
  return Promise.resolve(
    whole ? (d.buffer as ArrayBuffer) : d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength),
  );
}

const subtle = webcrypto.subtle;
const METHODS = [
  'encrypt',
  'decrypt',
  'sign',
  'verify',
  'generateKey',
  'deriveKey',
  'deriveBits',
  'importKey',
  'exportKey',
  'wrapKey',
  'unwrapKey',
] as const;

type Subtle = typeof subtle;

/** importKey(): verify-only public keys from node:crypto at once (node-verify.ts), others as is. */
const importKey = ((
  format: string,
  data: DigestArgs[1],
  algorithm: Parameters<typeof verifyOnly>[1],
  extractable: boolean,
  usages: string[],
) =>
  verifyOnly(format, algorithm, extractable, usages)
    ? new Promise((resolve) => resolve(importVerifyKey(bytesOf(data), algorithm)))
    : (subtle.importKey as (...a: unknown[]) => Promise<unknown>)(
        format,
        data,
        algorithm,
        extractable,
        usages,
      )) as unknown as Subtle['importKey'];

/** verify(): node:crypto's for the keys importKey made here, WebCrypto's for the others. */
const verifyKey = ((
  algorithm: Parameters<typeof verifyOnPool>[0],
  key: unknown,
  signature: DigestArgs[1],
  data: DigestArgs[1],
) =>
  key instanceof VerifyKey
    ? verifyOnPool(algorithm, key, bytesOf(signature), bytesOf(data))
    : subtle.verify(
        algorithm,
        key as webcrypto.CryptoKey,
        signature,
        data,
      )) as unknown as Subtle['verify'];

/**
 * Node's WebCrypto with a synchronous digest() and signature checks, typed as the interface
 * shared/ is written against.
 */
export const webCrypto = {
  subtle: {
    ...Object.fromEntries(METHODS.map((m) => [m, subtle[m].bind(subtle)])),
    digest: digestNow,
    importKey,
    verify: verifyKey,
  },
  getRandomValues: webcrypto.getRandomValues.bind(webcrypto),
  randomUUID: webcrypto.randomUUID.bind(webcrypto),
} as unknown as IssueDeps['crypto'];

/** Node's synchronous hash, for long hash chains (PKCS#12 KDF) where awaiting WebCrypto is slow. */
export const nodeDigest: SyncDigest = (hash, data) =>
  new Uint8Array(createHash(hash.replace('-', '').toLowerCase()).update(data).digest());
