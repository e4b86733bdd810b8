/**
 * The part of WebCrypto that issuing certificates uses, done synchronously with node:crypto, for
 * the command line. Every WebCrypto call goes to the thread pool and back; on a busy machine each
 * of those hops waits for a free core, and a 100-member plan makes a thousand of them. Here keys
 * are node:crypto KeyObjects in a small wrapper and each call is answered at once (RSA key
 * generation excepted: it stays on the thread pool, where keys are made in parallel).
 *
 * Only what shared/pki/issue.ts and ca.ts call is here: keys of the wizard's algorithms, SPKI,
 * PKCS#8 and JWK export, PKCS#8 and SPKI import, signing, digests and random bytes. Anything else
 * is a bug and throws.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  generateKeyPairSync,
  sign,
  webcrypto,
  type KeyObject,
} from 'node:crypto';
import type { IssueDeps } from '../../shared/pki/issue';
import { CURVES, NODE_HASH } from './webcrypto-names';

type BufferSource = webcrypto.BufferSource;
type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
type JsonWebKey = webcrypto.JsonWebKey;

type Params = {
  readonly name: string;
  readonly namedCurve?: string;
  readonly modulusLength?: number;
  readonly hash?: string | { readonly name: string };
};

/** A key as WebCrypto shows it, holding the node:crypto key. */
class SyncKey {
  constructor(
    readonly type: 'public' | 'private',
    readonly algorithm: Params,
    readonly extractable: boolean,
    readonly usages: readonly string[],
    readonly keyObject: KeyObject,
  ) {}
}

const nameOf = (p: string | Params): string => (typeof p === 'string' ? p : p.name);
const hashOf = (p: Params): string => {
  const h = p.hash === undefined ? undefined : NODE_HASH[nameOf(p.hash).toUpperCase()];
  if (h === undefined) throw new Error(`sync crypto: no hash in ${JSON.stringify(p)}`);
  return h;
};
const bytes = (data: BufferSource): Buffer =>
  ArrayBuffer.isView(data)
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
/** A fresh ArrayBuffer with the bytes (WebCrypto never hands out views of shared memory). */
const arrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const unsupported = (what: string): never => {
  throw new Error(`sync crypto: ${what} is not supported here (a bug: use Node's WebCrypto)`);
};
const keyOf = (k: CryptoKey): SyncKey =>
  k instanceof SyncKey ? k : unsupported('a key not made by this module');

/** The pair as WebCrypto returns it. */
function pair(params: Params, k: { publicKey: KeyObject; privateKey: KeyObject }): CryptoKeyPair {
  return {
    publicKey: new SyncKey('public', params, true, ['verify'], k.publicKey),
    privateKey: new SyncKey('private', params, true, ['sign'], k.privateKey),
  } as unknown as CryptoKeyPair;
}

/** Checks that an imported key is of the kind the caller asked for, as WebCrypto would. */
function checkKind(key: KeyObject, params: Params): void {
  const d = key.asymmetricKeyDetails ?? {};
  const ok =
    params.name === 'ECDSA'
      ? key.asymmetricKeyType === 'ec' && d.namedCurve === CURVES[params.namedCurve ?? '']
      : params.name === 'RSASSA-PKCS1-v1_5'
        ? key.asymmetricKeyType === 'rsa'
        : params.name === 'Ed25519' && key.asymmetricKeyType === 'ed25519';
  if (!ok) throw new Error(`sync crypto: the key is not ${JSON.stringify(params)}`);
}

const subtle = {
  async generateKey(p: Params, _extractable: boolean, _usages: string[]): Promise<CryptoKeyPair> {
    if (p.name === 'ECDSA') {
      const curve = CURVES[p.namedCurve ?? ''] ?? unsupported(`curve ${p.namedCurve}`);
      return pair(p, generateKeyPairSync('ec', { namedCurve: curve }));
    }
    if (p.name === 'Ed25519') return pair(p, generateKeyPairSync('ed25519'));
    if (p.name === 'RSASSA-PKCS1-v1_5') {
      const modulusLength = p.modulusLength ?? unsupported('RSA without a modulus length');
      const k = await new Promise<{ publicKey: KeyObject; privateKey: KeyObject }>((res, rej) =>
        generateKeyPair('rsa', { modulusLength }, (e, publicKey, privateKey) =>
          e ? rej(e) : res({ publicKey, privateKey }),
        ),
      );
      return pair(p, k);
    }
    return unsupported(`generateKey ${p.name}`);
  },

  async exportKey(format: string, key: CryptoKey): Promise<ArrayBuffer | JsonWebKey> {
    const k = keyOf(key);
    if (format === 'jwk') return k.keyObject.export({ format: 'jwk' });
    if (format === 'spki' && k.type === 'public')
      return arrayBuffer(k.keyObject.export({ type: 'spki', format: 'der' }));
    if (format === 'pkcs8' && k.type === 'private')
      return arrayBuffer(k.keyObject.export({ type: 'pkcs8', format: 'der' }));
    return unsupported(`exportKey ${format} of a ${k.type} key`);
  },

  async importKey(
    format: string,
    data: BufferSource,
    algorithm: string | Params,
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKey> {
    const p = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
    const der = bytes(data);
    let k: SyncKey;
    if (format === 'pkcs8')
      k = new SyncKey(
        'private',
        p,
        extractable,
        usages,
        createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
      );
    else if (format === 'spki')
      k = new SyncKey(
        'public',
        p,
        extractable,
        usages,
        createPublicKey({ key: der, format: 'der', type: 'spki' }),
      );
    else return unsupported(`importKey ${format}`);
    checkKind(k.keyObject, p);
    return k as unknown as CryptoKey;
  },

  async sign(params: string | Params, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer> {
    const p = typeof params === 'string' ? { name: params } : params;
    const k = keyOf(key).keyObject;
    if (p.name === 'ECDSA')
      return arrayBuffer(sign(hashOf(p), bytes(data), { key: k, dsaEncoding: 'ieee-p1363' }));
    if (p.name === 'RSASSA-PKCS1-v1_5')
      return arrayBuffer(sign(hashOf(p.hash ? p : keyOf(key).algorithm), bytes(data), k));
    if (p.name === 'Ed25519') return arrayBuffer(sign(null, bytes(data), k));
    return unsupported(`sign ${p.name}`);
  },

  async digest(algorithm: string | Params, data: BufferSource): Promise<ArrayBuffer> {
    const hash = NODE_HASH[nameOf(algorithm).toUpperCase()] ?? unsupported(`digest ${algorithm}`);
    return arrayBuffer(createHash(hash).update(bytes(data)).digest());
  },
};

/** WebCrypto for issuing from the command line, answered synchronously by node:crypto. */
export const syncCrypto = {
  subtle,
  getRandomValues: webcrypto.getRandomValues.bind(webcrypto),
} as unknown as IssueDeps['crypto'];
