/**
 * Private key summaries: format, type, size, curve and the SHA-256 of the matching public key,
 * never key bytes. The public key is read from the key file where it is stored, and derived with
 * WebCrypto only when it is not (Ed25519 PKCS#8, SEC1 keys without the optional point).
 */
import { concatBytes, contentOf, encodeOid, oidOf, toHex, type Tlv } from './der';
import {
  curveOf,
  ecInfo,
  ecPrivate,
  ecSpki,
  edSpki,
  pkcs8Parts,
  rsaPrivate,
  sec1ToPkcs8,
} from './keyinfo';
import { decodeBase64 } from './text';
import type { DecodedKey, KeyInfo } from '../model';
import {
  id_ecPublicKey,
  id_Ed25519,
  id_Ed448,
  id_RSASSA_PSS,
  rsaEncryption,
  secp256r1,
  secp384r1,
  secp521r1,
} from '../oids';
import type { Crypto } from '../webcrypto';

/** SHA-256 of bytes as lower-case hex (the form `publicKeySha256` uses everywhere). */
export async function sha256Hex(crypto: Crypto, bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

const fromB64url = (s: string): Uint8Array | undefined =>
  decodeBase64(s.replace(/-/g, '+').replace(/_/g, '/'));

/** Derives the SPKI of a PKCS#8 key with WebCrypto; undefined when the platform cannot. */
async function deriveSpki(
  crypto: Crypto,
  pkcs8: Uint8Array,
  info: KeyInfo,
  curveOidText?: string,
): Promise<Uint8Array | undefined> {
  try {
    const params =
      info.type === 'ed25519'
        ? { name: 'Ed25519' }
        : { name: 'ECDSA', namedCurve: info.curve ?? '' };
    const key = await crypto.subtle.importKey(
      'pkcs8',
      pkcs8 as Uint8Array<ArrayBuffer>,
      params,
      true,
      ['sign'],
    );
    const jwk = await crypto.subtle.exportKey('jwk', key);
    const x = jwk.x === undefined ? undefined : fromB64url(jwk.x);
    if (x === undefined) return undefined;
    if (info.type === 'ed25519') return edSpki(id_Ed25519, x);
    const y = jwk.y === undefined ? undefined : fromB64url(jwk.y);
    if (y === undefined || curveOidText === undefined) return undefined;
    return ecSpki(curveOidText, concatBytes(new Uint8Array([4]), x, y));
  } catch {
    // A key the platform refuses is still reported (type, size), just without a match hash.
    return undefined;
  }
}

type Built = Omit<DecodedKey, 'kind' | 'publicKeySha256'> & { spki?: Uint8Array };

async function finish(crypto: Crypto, built: Built): Promise<DecodedKey> {
  const { spki, ...rest } = built;
  const base: DecodedKey = { kind: 'private-key', ...rest };
  return spki === undefined ? base : { ...base, publicKeySha256: await sha256Hex(crypto, spki) };
}

/** A PKCS#8 PrivateKeyInfo (`PRIVATE KEY`). */
async function pkcs8(crypto: Crypto, b: Uint8Array, root: Tlv): Promise<DecodedKey | undefined> {
  const parts = pkcs8Parts(b, root);
  if (parts === undefined) return undefined;
  const { kids, oid, inner } = parts;
  // OneAsymmetricKey (RFC 5958) may carry the public key as [1].
  const pubField = kids.find((k) => k.tag === 0x81 || k.tag === 0xa1);
  const storedPub =
    pubField === undefined
      ? undefined
      : pubField.tag === 0x81
        ? contentOf(b, pubField).subarray(1)
        : undefined;
  const common = { format: 'pkcs8' as const, encrypted: false };
  if (oid === rsaEncryption || oid === id_RSASSA_PSS) {
    const r = inner && rsaPrivate(b, inner);
    return r && finish(crypto, { ...common, key: r.info, spki: r.spki });
  }
  if (oid === id_ecPublicKey) {
    const r = inner && ecPrivate(b, inner, oidOf(b, parts.params));
    if (r === undefined) return undefined;
    const spki =
      r.spki ?? (await deriveSpki(crypto, b.subarray(root.start, root.end), r.info, r.curve));
    return finish(crypto, { ...common, key: r.info, spki });
  }
  if (oid === id_Ed25519 || oid === id_Ed448) {
    const info: KeyInfo =
      oid === id_Ed25519 ? { type: 'ed25519', algorithm: 'ed25519' } : { type: 'ed448' };
    const spki =
      storedPub !== undefined
        ? edSpki(oid, storedPub)
        : oid === id_Ed25519
          ? await deriveSpki(crypto, b.subarray(root.start, root.end), info)
          : undefined;
    return finish(crypto, { ...common, key: info, spki });
  }
  return finish(crypto, { ...common, key: { type: 'unknown' } });
}

/** How a key DER was labelled or sniffed. */
export type KeyFormat = 'pkcs8' | 'pkcs8-encrypted' | 'pkcs1' | 'sec1';

/**
 * Summarises a private key DER. `legacyEncrypted` is set for PEM keys with `Proc-Type:
 * 4,ENCRYPTED` (OpenSSL's old per-file encryption): their body is ciphertext.
 */
export async function decodePrivateKeyDer(
  crypto: Crypto,
  b: Uint8Array,
  root: Tlv,
  format: KeyFormat,
): Promise<DecodedKey | undefined> {
  switch (format) {
    case 'pkcs8-encrypted':
      return { kind: 'private-key', format, encrypted: true };
    case 'pkcs8':
      return pkcs8(crypto, b, root);
    case 'pkcs1': {
      const r = rsaPrivate(b, root);
      return r && finish(crypto, { format, encrypted: false, key: r.info, spki: r.spki });
    }
    case 'sec1': {
      const r = ecPrivate(b, root);
      if (r === undefined) return undefined;
      const spki =
        r.spki ??
        (r.curve !== undefined && curveOf(r.curve) !== undefined
          ? await deriveSpki(
              crypto,
              sec1ToPkcs8(b.subarray(root.start, root.end), encodeOid(r.curve)),
              r.info,
              r.curve,
            )
          : undefined);
      return finish(crypto, { format, encrypted: false, key: r.info, spki });
    }
  }
}

/** A key whose PEM body is encrypted the legacy way: only the label tells the type. */
export function legacyEncryptedKey(label: string): DecodedKey {
  const key: KeyInfo | undefined =
    label === 'RSA PRIVATE KEY'
      ? { type: 'rsa' }
      : label === 'EC PRIVATE KEY'
        ? ecInfo(undefined)
        : undefined;
  const format =
    label === 'RSA PRIVATE KEY' ? 'pkcs1' : label === 'EC PRIVATE KEY' ? 'sec1' : 'unknown';
  return key === undefined
    ? { kind: 'private-key', format, encrypted: true }
    : { kind: 'private-key', format, encrypted: true, key };
}

/** An `OPENSSH PRIVATE KEY` body: cipher name says whether it is encrypted, the blob its type. */
export function opensshKey(body: Uint8Array): DecodedKey | undefined {
  const magic = 'openssh-key-v1\0';
  if (
    body.length < magic.length ||
    new TextDecoder().decode(body.subarray(0, magic.length)) !== magic
  )
    return undefined;
  let at = magic.length;
  const str = (): Uint8Array | undefined => {
    if (at + 4 > body.length) return undefined;
    const len =
      ((body[at]! << 24) >>> 0) + (body[at + 1]! << 16) + (body[at + 2]! << 8) + body[at + 3]!;
    if (at + 4 + len > body.length) return undefined;
    const s = body.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return s;
  };
  const cipher = str();
  str(); // kdf name
  str(); // kdf options
  at += 4; // number of keys
  const pub = str();
  if (cipher === undefined || pub === undefined) return undefined;
  const encrypted = new TextDecoder().decode(cipher) !== 'none';
  at = 0;
  const blob = pub;
  const typeLen =
    blob.length >= 4 ? ((blob[0]! << 24) >>> 0) + (blob[1]! << 16) + (blob[2]! << 8) + blob[3]! : 0;
  const type = new TextDecoder().decode(blob.subarray(4, 4 + Math.min(typeLen, 64)));
  const key: KeyInfo =
    type === 'ssh-ed25519'
      ? { type: 'ed25519', algorithm: 'ed25519' }
      : type === 'ssh-rsa'
        ? { type: 'rsa' }
        : type.startsWith('ecdsa-sha2-nistp')
          ? ecInfo({ '256': secp256r1, '384': secp384r1, '521': secp521r1 }[type.slice(16)])
          : { type: 'unknown' };
  return { kind: 'private-key', format: 'openssh', encrypted, key };
}
