/**
 * Signature checks by node:crypto directly, for the inspector's chain building: it checks one
 * signature per certificate, and WebCrypto's argument checks and promise layers around each
 * check cost more than the check on the thread pool. Only public keys imported for nothing but `verify` (not
 * extractable) take this path, so such a key can never meet another WebCrypto call; every other
 * key, algorithm or format is left to Node's WebCrypto.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { CURVES, NODE_HASH } from './webcrypto-names';

type Params = {
  readonly name: string;
  readonly namedCurve?: string;
  readonly hash?: string | { readonly name: string };
};

/** A verify-only public key as WebCrypto shows it, holding the node:crypto key. */
export class VerifyKey {
  readonly type = 'public';
  readonly extractable = false;
  readonly usages = ['verify'];
  constructor(
    readonly algorithm: Params,
    readonly keyObject: KeyObject,
  ) {}
}

const nameOf = (p: string | { readonly name: string }): string =>
  typeof p === 'string' ? p : p.name;
const hashOf = (p: Params): string | undefined =>
  p.hash === undefined ? undefined : NODE_HASH[nameOf(p.hash).toUpperCase()];

/** Whether importKey(format, …, algorithm, extractable, usages) is one this module answers. */
export function verifyOnly(
  format: string,
  algorithm: string | Params,
  extractable: boolean,
  usages: readonly string[],
): algorithm is Params {
  if (format !== 'spki' || extractable || usages.length !== 1 || usages[0] !== 'verify')
    return false;
  if (typeof algorithm === 'string') return algorithm === 'Ed25519';
  if (algorithm.name === 'ECDSA') return CURVES[algorithm.namedCurve ?? ''] !== undefined;
  // RSA-PSS stays with WebCrypto: its keys and parameters have rules of their own, and issuers
  // with such keys are rare.
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') return hashOf(algorithm) !== undefined;
  return algorithm.name === 'Ed25519';
}

/**
 * The key of an SPKI, refused as WebCrypto refuses it: unreadable, or not of the algorithm
 * (or curve) named. Throws like importKey rejects.
 */
export function importVerifyKey(spki: Uint8Array, algorithm: string | Params): VerifyKey {
  const p = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  const type = key.asymmetricKeyType;
  const fits =
    p.name === 'ECDSA'
      ? type === 'ec' && key.asymmetricKeyDetails?.namedCurve === CURVES[p.namedCurve ?? '']
      : p.name === 'Ed25519'
        ? type === 'ed25519'
        : type === 'rsa';
  if (!fits) throw new DOMException(`the key is not ${p.name}`, 'DataError');
  return new VerifyKey(p, key);
}

/**
 * WebCrypto's verify() for a VerifyKey: false for a bad or malformed signature. node:crypto's
 * callback form runs the check on the thread pool like WebCrypto, without WebCrypto's argument
 * checks and promise layers around each call.
 */
export function verifyOnPool(
  algorithm: string | Params,
  key: VerifyKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  const p = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  if (p.name !== key.algorithm.name)
    return Promise.reject(
      new DOMException('the key is for another algorithm', 'InvalidAccessError'),
    );
  const hash = p.name === 'Ed25519' ? null : hashOf(p.name === 'ECDSA' ? p : key.algorithm);
  if (hash === undefined) return Promise.reject(new DOMException('no hash', 'NotSupportedError'));
  const k =
    p.name === 'ECDSA' ? { key: key.keyObject, dsaEncoding: 'ieee-p1363' as const } : key.keyObject;
  return new Promise((resolve) => {
    try {
      verify(hash, data, k, signature, (error, good) => resolve(!error && good));
    } catch {
      // OpenSSL refuses a signature of the wrong length or form; WebCrypto answers false.
      resolve(false);
    }
  });
}
