/**
 * Key generation, export and import over WebCrypto. Keys are made natively and in parallel
 * (house style: never node-forge's pure-JavaScript RSA) and written as PKCS#8, which etcd,
 * Go, openssl and APISIX all load.
 */
import { webCryptoParams, type KeyAlgorithm } from './algorithms';
import { msg, type AppText } from '../text/text';
import { toPem } from './pem';
import type {
  Algorithm,
  BufferSource,
  Crypto,
  CryptoKey,
  CryptoKeyPair,
  EcKeyImportParams,
  EcdsaParams,
  RsaHashedImportParams,
} from './webcrypto';

/** What a key is, as far as signing and importing care. */
export type KeyKind =
  | { readonly type: 'rsa'; readonly bits: number }
  | { readonly type: 'ec'; readonly curve: 'P-256' | 'P-384' | 'P-521' }
  | { readonly type: 'ed25519' };

/** The warning to show for a key algorithm, if any. */
export function keyAlgorithmWarning(alg: KeyAlgorithm): AppText | undefined {
  return alg === 'ed25519' ? msg('warn.ed25519', {}) : undefined;
}

/** The kind of key the wizard generates for an algorithm. */
export function kindOfAlgorithm(alg: KeyAlgorithm): KeyKind {
  switch (alg) {
    case 'ecdsa-p256':
      return { type: 'ec', curve: 'P-256' };
    case 'ecdsa-p384':
      return { type: 'ec', curve: 'P-384' };
    case 'rsa-2048':
    case 'rsa-3072':
    case 'rsa-4096':
      return { type: 'rsa', bits: Number(alg.slice(4)) };
    case 'ed25519':
      return { type: 'ed25519' };
  }
}

/**
 * The signature algorithm of certificates signed by a key of this kind: SHA-256 for RSA and
 * P-256, SHA-384 for P-384, SHA-512 for P-521 (hash strength matched to the curve), Ed25519 itself.
 */
export function signingParams(kind: KeyKind): Algorithm | EcdsaParams | RsaHashedImportParams {
  if (kind.type === 'rsa') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (kind.type === 'ed25519') return { name: 'Ed25519' };
  const hash = kind.curve === 'P-256' ? 'SHA-256' : kind.curve === 'P-384' ? 'SHA-384' : 'SHA-512';
  return { name: 'ECDSA', hash } as EcdsaParams;
}

/** WebCrypto import parameters for a key of this kind (RSA keys are bound to SHA-256). */
export function importParams(kind: KeyKind): RsaHashedImportParams | EcKeyImportParams | Algorithm {
  if (kind.type === 'rsa') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (kind.type === 'ec') return { name: 'ECDSA', namedCurve: kind.curve };
  return { name: 'Ed25519' };
}

/** Generates one extractable signing key pair natively. */
export function generateKeyPair(alg: KeyAlgorithm, crypto: Crypto): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(webCryptoParams(alg), true, ['sign', 'verify']);
}

/**
 * Generates all key pairs at once (Promise.all: Node runs them on the libuv pool, so RSA-4096
 * for a whole cluster takes the time of a few keys, not of all of them). `onEach` fires as each
 * key is ready, for progress bars.
 */
export function generateKeyPairs(
  algs: readonly KeyAlgorithm[],
  crypto: Crypto,
  onEach?: (index: number) => void,
): Promise<CryptoKeyPair[]> {
  return Promise.all(
    algs.map(async (alg, i) => {
      const pair = await generateKeyPair(alg, crypto);
      onEach?.(i);
      return pair;
    }),
  );
}

/** Exports a private key as unencrypted PKCS#8 PEM (`BEGIN PRIVATE KEY`). */
export async function exportPrivateKeyPem(key: CryptoKey, crypto: Crypto): Promise<string> {
  return toPem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', key));
}

/** Imports PKCS#8 DER as an extractable signing key. */
export function importPkcs8(pkcs8: Uint8Array, kind: KeyKind, crypto: Crypto): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, importParams(kind), true, [
    'sign',
  ]);
}

/** The public members of a key's JWK, in a fixed order, to compare keys without their bytes. */
export async function publicJwkText(key: CryptoKey, crypto: Crypto): Promise<string> {
  const jwk = await crypto.subtle.exportKey('jwk', key);
  return JSON.stringify([
    jwk.kty,
    jwk.crv ?? '',
    jwk.n ?? '',
    jwk.e ?? '',
    jwk.x ?? '',
    jwk.y ?? '',
  ]);
}

/**
 * True when `privateKey` belongs to the SubjectPublicKeyInfo `spki` (of a certificate). A key
 * of another type, or an SPKI WebCrypto cannot read, is simply not a match.
 */
export async function privateKeyMatchesSpki(
  privateKey: CryptoKey,
  kind: KeyKind,
  spki: ArrayBuffer | Uint8Array,
  crypto: Crypto,
): Promise<boolean> {
  try {
    const pub = await crypto.subtle.importKey(
      'spki',
      spki as BufferSource,
      importParams(kind),
      true,
      ['verify'],
    );
    return (await publicJwkText(pub, crypto)) === (await publicJwkText(privateKey, crypto));
  } catch {
    return false;
  }
}
