import type { EcKeyGenParams, Ed25519Params, RsaHashedKeyGenParams } from './webcrypto';
/** Key algorithms the wizard offers; ECDSA P-256 is the default (as cfssl and step). */
export const KEY_ALGORITHMS = [
  'ecdsa-p256',
  'ecdsa-p384',
  'rsa-2048',
  'rsa-3072',
  'rsa-4096',
  'ed25519',
] as const;
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];

/** WebCrypto parameters to generate a key of this algorithm and sign with it. */
export function webCryptoParams(
  alg: KeyAlgorithm,
): RsaHashedKeyGenParams | EcKeyGenParams | Ed25519Params {
  switch (alg) {
    case 'ecdsa-p256':
      return { name: 'ECDSA', namedCurve: 'P-256' } as EcKeyGenParams;
    case 'ecdsa-p384':
      return { name: 'ECDSA', namedCurve: 'P-384' } as EcKeyGenParams;
    case 'rsa-2048':
    case 'rsa-3072':
    case 'rsa-4096':
      return {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: Number(alg.slice(4)),
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      } as RsaHashedKeyGenParams;
    case 'ed25519':
      return { name: 'Ed25519' };
  }
}
