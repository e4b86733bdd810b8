/**
 * Key facts from SubjectPublicKeyInfo and private key structures, read with the bounded DER
 * reader: type, size and curve for lint, and the SPKI bytes whose SHA-256 pairs a key file with
 * its certificate without ever showing key material.
 */
import type { KeyAlgorithm } from '../algorithms';
import { TAG, childrenOf, contentOf, encodingOf, oidOf, readTlv, type Tlv } from './der';
import { der } from '../der';
import type { KeyInfo } from '../model';
import {
  id_ecPublicKey,
  id_Ed25519,
  id_Ed448,
  id_RSASSA_PSS,
  rsaEncryption,
  secp256k1,
  secp256r1,
  secp384r1,
  secp521r1,
} from '../oids';

const CURVES: Readonly<Record<string, { name: string; bits: number; alg?: KeyAlgorithm }>> = {
  [secp256r1]: { name: 'P-256', bits: 256, alg: 'ecdsa-p256' },
  [secp384r1]: { name: 'P-384', bits: 384, alg: 'ecdsa-p384' },
  [secp521r1]: { name: 'P-521', bits: 521 },
  [secp256k1]: { name: 'secp256k1', bits: 256 },
};

/** The curve OID for a WebCrypto curve name (used when deriving a public key). */
export const curveOid = (name: string): string | undefined =>
  Object.entries(CURVES).find(([, c]) => c.name === name)?.[0];

/** Curve facts for an OID, if it is one we know. */
export const curveOf = (oid: string | undefined) => (oid === undefined ? undefined : CURVES[oid]);

/** Bit length of an unsigned big-endian integer's content bytes (leading zeros ignored). */
export function bitLength(content: Uint8Array): number {
  let i = 0;
  while (i < content.length && content[i] === 0) i++;
  if (i === content.length) return 0;
  return (content.length - i - 1) * 8 + (32 - Math.clz32(content[i]!));
}

/** KeyInfo for an RSA modulus size. */
export function rsaInfo(bits: number): KeyInfo {
  const alg = `rsa-${bits}` as KeyAlgorithm;
  return ['rsa-2048', 'rsa-3072', 'rsa-4096'].includes(alg)
    ? { type: 'rsa', bits, algorithm: alg }
    : { type: 'rsa', bits };
}

/** KeyInfo for an EC curve OID. */
export function ecInfo(curveOidText: string | undefined): KeyInfo {
  const c = curveOf(curveOidText);
  if (c === undefined) return { type: 'ec', curve: curveOidText ?? 'unknown' };
  return c.alg
    ? { type: 'ec', bits: c.bits, curve: c.name, algorithm: c.alg }
    : { type: 'ec', bits: c.bits, curve: c.name };
}

/** Type, size and curve of a SubjectPublicKeyInfo (given as its whole encoding). */
export function spkiKeyInfo(b: Uint8Array, spki: Tlv): KeyInfo {
  const kids = childrenOf(b, spki);
  const alg = kids?.[0]?.tag === TAG.sequence ? childrenOf(b, kids[0]) : undefined;
  const oid = oidOf(b, alg?.[0]);
  const bits = kids?.[1];
  if (oid === rsaEncryption || oid === id_RSASSA_PSS) {
    if (bits?.tag !== TAG.bitString || bits.end - bits.contentStart < 2) return { type: 'rsa' };
    // BIT STRING content: one "unused bits" byte, then RSAPublicKey ::= SEQUENCE { n, e }.
    const inner = readTlv(b, bits.contentStart + 1, bits.end);
    const ne = inner.ok && inner.tlv.tag === TAG.sequence ? childrenOf(b, inner.tlv) : undefined;
    const n = ne?.[0];
    return n?.tag === TAG.integer ? rsaInfo(bitLength(contentOf(b, n))) : { type: 'rsa' };
  }
  if (oid === id_ecPublicKey) return ecInfo(oidOf(b, alg?.[1]));
  if (oid === id_Ed25519) return { type: 'ed25519', algorithm: 'ed25519' };
  if (oid === id_Ed448) return { type: 'ed448' };
  return { type: 'unknown' };
}

/** SPKI bytes for an RSA public key (n and e as their INTEGER encodings). */
export function rsaSpki(nEncoding: Uint8Array, eEncoding: Uint8Array): Uint8Array {
  return der.seq([
    der.seq([der.oid(rsaEncryption), der.null()]),
    der.bits(der.seq([nEncoding, eEncoding])),
  ]);
}

/** SPKI bytes for an EC public point on a named curve. */
export function ecSpki(curve: string, point: Uint8Array): Uint8Array {
  return der.seq([der.seq([der.oid(id_ecPublicKey), der.oid(curve)]), der.bits(point)]);
}

/** SPKI bytes for an Ed25519/Ed448 public key. */
export function edSpki(oid: string, pub: Uint8Array): Uint8Array {
  return der.seq([der.seq([der.oid(oid)]), der.bits(pub)]);
}

/** PrivateKeyInfo (version 0) around a key: the one form WebCrypto imports. */
const pkcs8Wrap = (algorithm: Uint8Array, privateKey: Uint8Array): Uint8Array =>
  der.seq([der.int(0), algorithm, der.octets(privateKey)]);

/** PKCS#8 for a PKCS#1 RSAPrivateKey encoding. */
export function pkcs1ToPkcs8(rsaKey: Uint8Array): Uint8Array {
  return pkcs8Wrap(der.seq([der.oid(rsaEncryption), der.null()]), rsaKey);
}

/** PKCS#8 for a SEC1 ECPrivateKey encoding on a named curve (given as its OID element). */
export function sec1ToPkcs8(sec1: Uint8Array, curveOid: Uint8Array): Uint8Array {
  return pkcs8Wrap(der.seq([der.oid(id_ecPublicKey), curveOid]), sec1);
}

/** The fields of a PKCS#8 PrivateKeyInfo, its algorithm OID and parameters, and the inner key. */
export function pkcs8Parts(
  b: Uint8Array,
  root: Tlv,
): { kids: Tlv[]; oid: string; params?: Tlv; inner?: Tlv } | undefined {
  const kids = childrenOf(b, root);
  const alg = kids?.[1]?.tag === TAG.sequence ? childrenOf(b, kids[1]) : undefined;
  const keyOctets = kids?.[2];
  const oid = oidOf(b, alg?.[0]);
  if (kids === undefined || oid === undefined || keyOctets?.tag !== TAG.octetString)
    return undefined;
  const inner = readTlv(b, keyOctets.contentStart, keyOctets.end);
  return { kids, oid, params: alg?.[1], inner: inner.ok ? inner.tlv : undefined };
}

/** RSA key facts from an RSAPrivateKey (PKCS#1) element: size and public SPKI. */
export function rsaPrivate(
  b: Uint8Array,
  t: Tlv,
): { info: KeyInfo; spki?: Uint8Array } | undefined {
  const kids = childrenOf(b, t);
  if (kids === undefined || kids.length < 9 || !kids.every((k) => k.tag === TAG.integer))
    return undefined;
  const n = kids[1]!;
  const e = kids[2]!;
  return {
    info: rsaInfo(bitLength(contentOf(b, n))),
    spki: rsaSpki(encodingOf(b, n), encodingOf(b, e)),
  };
}

/**
 * EC key facts from an ECPrivateKey (SEC1) element. The curve comes from its [0] field or, inside
 * PKCS#8, from the algorithm parameters; the public point from its [1] field when present.
 */
export function ecPrivate(
  b: Uint8Array,
  t: Tlv,
  outerCurve?: string,
): { info: KeyInfo; curve?: string; spki?: Uint8Array } | undefined {
  const kids = childrenOf(b, t);
  if (kids === undefined || kids[0]?.tag !== TAG.integer || kids[1]?.tag !== TAG.octetString)
    return undefined;
  let curve = outerCurve;
  let point: Uint8Array | undefined;
  for (const k of kids.slice(2)) {
    const inner = childrenOf(b, k)?.[0];
    if (k.tag === TAG.context0) curve = oidOf(b, inner) ?? curve;
    if (
      k.tag === TAG.context1 &&
      inner?.tag === TAG.bitString &&
      inner.end - inner.contentStart > 1
    )
      point = b.subarray(inner.contentStart + 1, inner.end);
  }
  const info = ecInfo(curve);
  return {
    info,
    curve,
    spki: curve !== undefined && point !== undefined ? ecSpki(curve, point) : undefined,
  };
}
