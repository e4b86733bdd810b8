/**
 * The part of WebCrypto shared/ uses, as types. shared/ has neither the DOM nor Node's types
 * (so fetch, timers and storage do not type-check here) and never reads a `crypto` global: the
 * host passes its own in. Both hosts' objects fit these types as they are: Node's
 * `globalThis.crypto` or `webcrypto` from node:crypto, and the browser's `window.crypto`. The
 * names are the DOM's, so code reads the same as against the full typings.
 */

/** What a key may be used for (the same eight strings in Node and the browser). */
export type CryptoKeyUsage =
  'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey';

/** Bytes WebCrypto reads: an ArrayBuffer or a view over one (not a SharedArrayBuffer). */
export type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;

/** An algorithm named by its WebCrypto name ('ECDSA', 'SHA-256'…). */
export interface Algorithm {
  name: string;
}

/** An algorithm object, or just its name. */
export type AlgorithmIdentifier = Algorithm | string;

/** Ed25519 needs no parameters beyond its name. */
export interface Ed25519Params {
  name: 'Ed25519';
}

/** ECDSA key generation: the curve ('P-256', 'P-384', 'P-521'). */
export interface EcKeyGenParams extends Algorithm {
  namedCurve: string;
}

/** RSA key generation, the key bound to one hash. */
export interface RsaHashedKeyGenParams extends Algorithm {
  modulusLength: number;
  publicExponent: Uint8Array;
  hash: AlgorithmIdentifier;
}

/** RSA key import, the key bound to one hash. */
export interface RsaHashedImportParams extends Algorithm {
  hash: AlgorithmIdentifier;
}

/** EC key import: the curve. */
export interface EcKeyImportParams extends Algorithm {
  namedCurve: string;
}

/** ECDSA signing: the hash. */
export interface EcdsaParams extends Algorithm {
  hash: AlgorithmIdentifier;
}

/** RSA-PSS verification: the salt length in bytes. */
export interface RsaPssParams extends Algorithm {
  saltLength: number;
}

/** HMAC key import: the hash (PKCS#12 MACs). */
export interface HmacImportParams extends Algorithm {
  hash: AlgorithmIdentifier;
}

/** PBKDF2 derivation (PBES2-encrypted keys and PKCS#12 files). */
export interface Pbkdf2Params extends Algorithm {
  salt: BufferSource;
  iterations: number;
  hash: AlgorithmIdentifier;
}

/** AES-CBC: the IV. */
export interface AesCbcParams extends Algorithm {
  iv: BufferSource;
}

/** The JWK members shared/ reads (public key parts, to compare keys without their bytes). */
export interface JsonWebKey {
  kty?: string;
  crv?: string;
  n?: string;
  e?: string;
  x?: string;
  y?: string;
}

/** A key held by WebCrypto; its bytes leave only through `exportKey`. */
export interface CryptoKey {
  readonly algorithm: { readonly name: string };
  readonly extractable: boolean;
  readonly type: 'private' | 'public' | 'secret';
  readonly usages: CryptoKeyUsage[];
}

/** A generated key pair. */
export interface CryptoKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** The SubtleCrypto methods shared/ calls. */
export interface SubtleCrypto {
  digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer>;
  /** Key pairs only: shared/ never generates a secret key. */
  generateKey(
    algorithm: RsaHashedKeyGenParams | EcKeyGenParams | Ed25519Params,
    extractable: boolean,
    keyUsages: CryptoKeyUsage[],
  ): Promise<CryptoKeyPair>;
  importKey(
    format: 'pkcs8' | 'spki' | 'raw',
    keyData: BufferSource,
    algorithm: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams,
    extractable: boolean,
    keyUsages: CryptoKeyUsage[],
  ): Promise<CryptoKey>;
  exportKey(format: 'jwk', key: CryptoKey): Promise<JsonWebKey>;
  exportKey(format: 'pkcs8' | 'spki' | 'raw', key: CryptoKey): Promise<ArrayBuffer>;
  sign(
    algorithm: AlgorithmIdentifier | EcdsaParams,
    key: CryptoKey,
    data: BufferSource,
  ): Promise<ArrayBuffer>;
  /** Certificate signatures (who really issued a certificate). */
  verify(
    algorithm: AlgorithmIdentifier | EcdsaParams | RsaPssParams,
    key: CryptoKey,
    signature: BufferSource,
    data: BufferSource,
  ): Promise<boolean>;
  deriveBits(algorithm: Pbkdf2Params, baseKey: CryptoKey, length: number): Promise<ArrayBuffer>;
  decrypt(algorithm: AesCbcParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
}

/** A WebCrypto implementation, passed in by the host. */
export interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}
