/**
 * X.509 v3 certificates written straight to DER (RFC 5280): the CA and leaves the wizard
 * issues, from plain values, signed with WebCrypto. @peculiar/x509's schema-driven generator
 * did the same through decorators and asn1js objects, and loading it cost more than issuing a
 * whole 3-member plan; what is issued here is a small fixed shape, so it is written directly.
 */
import ipaddr from 'ipaddr.js';
import type { Address } from '../plan/address';
import { der, encodeTlv, TAG } from './der';
import type { KeyKind } from './keys';
import {
  ecdsa_with_SHA256,
  ecdsa_with_SHA384,
  ecdsa_with_SHA512,
  id_at_commonName,
  id_at_organizationName,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_Ed25519,
  id_kp_clientAuth,
  id_kp_serverAuth,
  sha256WithRSAEncryption,
} from './oids';
import type { Algorithm, BufferSource, Crypto, CryptoKey, EcdsaParams } from './webcrypto';

/** A keyUsage bit (RFC 5280 4.2.1.3), counted from the most significant bit. */
export const KEY_USAGE_BIT = {
  digitalSignature: 0,
  keyEncipherment: 2,
  keyCertSign: 5,
  cRLSign: 6,
} as const;

/** The extended key usages the wizard issues. */
export const EKU_OID = {
  serverAuth: id_kp_serverAuth,
  clientAuth: id_kp_clientAuth,
} as const;

const OID = {
  commonName: id_at_commonName,
  organization: id_at_organizationName,
  basicConstraints: id_ce_basicConstraints,
  keyUsage: id_ce_keyUsage,
  extKeyUsage: id_ce_extKeyUsage,
  subjectKeyId: id_ce_subjectKeyIdentifier,
  authorityKeyId: id_ce_authorityKeyIdentifier,
  subjectAltName: id_ce_subjectAltName,
  ecdsaSha256: ecdsa_with_SHA256,
  ecdsaSha384: ecdsa_with_SHA384,
  ecdsaSha512: ecdsa_with_SHA512,
  rsaSha256: sha256WithRSAEncryption,
  ed25519: id_Ed25519,
} as const;

const TAGS = { boolean: 0x01, utf8: 0x0c, printable: 0x13, context3: 0xa3 } as const;
const utf8 = new TextEncoder();

/** PrintableString's alphabet (X.680); anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

const directoryString = (s: string): Uint8Array =>
  encodeTlv(PRINTABLE.test(s) ? TAGS.printable : TAGS.utf8, utf8.encode(s));

/** A subject or issuer Name of O then CN (either may be absent, not both). */
export function nameDer(commonName: string, organization?: string): Uint8Array {
  const rdn = (oid: string, value: string) =>
    der.set([der.seq([der.oid(oid), directoryString(value)])]);
  const rdns: Uint8Array[] = [];
  if (organization) rdns.push(rdn(OID.organization, organization));
  if (commonName) rdns.push(rdn(OID.commonName, commonName));
  if (rdns.length === 0) throw new Error('nameDer: a subject needs a CN or an O');
  return der.seq(rdns);
}

/** UTCTime through 2049, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5); whole seconds, UTC. */
export function timeDer(t: Date): Uint8Array {
  const iso = t.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = t.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? encodeTlv(TAG.utcTime, utf8.encode(`${digits.slice(2)}Z`))
    : encodeTlv(TAG.generalizedTime, utf8.encode(`${digits}Z`));
}

/** An INTEGER from unsigned big-endian bytes (leading zeros dropped, a 00 added for the sign). */
export function unsignedInt(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const body = bytes.subarray(i);
  return encodeTlv(
    TAG.integer,
    body[0]! & 0x80 ? new Uint8Array([0, ...body]) : new Uint8Array(body),
  );
}

/**
 * A random positive 16-byte serial: 128 bits of entropy less one (CA/B Forum asks for at least
 * 64), first byte 0x01..0x7f so DER needs no 00 pad and the length is always 16 bytes.
 */
export function randomSerial(crypto: Crypto): Uint8Array {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = bytes[0]! & 0x7f || 0x01;
  return bytes;
}

/** One Extension: OID, critical only when true (DER leaves out the default), value DER. */
export function extension(oid: string, critical: boolean, value: Uint8Array): Uint8Array {
  return der.seq([
    der.oid(oid),
    ...(critical ? [encodeTlv(TAGS.boolean, new Uint8Array([0xff]))] : []),
    der.octets(value),
  ]);
}

/** A named-bit BIT STRING in DER: trailing zero bits dropped (X.690 11.2.2). */
function namedBits(bits: readonly number[]): Uint8Array {
  const top = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(top / 8) + 1);
  for (const b of bits) bytes[b >> 3] = bytes[b >> 3]! | (0x80 >> (b & 7));
  const unused = 7 - (top & 7);
  return encodeTlv(TAG.bitString, new Uint8Array([unused, ...bytes]));
}

/** IP SAN bytes: 4 for IPv4, 16 for IPv6. */
function ipBytes(text: string): Uint8Array {
  return new Uint8Array(ipaddr.parse(text).toByteArray());
}

/** The extensions the wizard writes, as Extension DER. */
export const ext = {
  basicConstraints: (ca: boolean, pathLen?: number): Uint8Array =>
    extension(
      OID.basicConstraints,
      true,
      der.seq(
        ca
          ? [
              encodeTlv(TAGS.boolean, new Uint8Array([0xff])),
              ...(pathLen !== undefined ? [der.int(pathLen)] : []),
            ]
          : [],
      ),
    ),
  keyUsage: (bits: readonly number[]): Uint8Array => extension(OID.keyUsage, true, namedBits(bits)),
  extKeyUsage: (oids: readonly string[]): Uint8Array =>
    extension(OID.extKeyUsage, false, der.seq(oids.map((o) => der.oid(o)))),
  subjectKeyId: (id: Uint8Array): Uint8Array => extension(OID.subjectKeyId, false, der.octets(id)),
  authorityKeyId: (id: Uint8Array): Uint8Array =>
    extension(OID.authorityKeyId, false, der.seq([encodeTlv(0x80, id)])),
  subjectAltName: (sans: readonly Address[]): Uint8Array =>
    extension(
      OID.subjectAltName,
      false,
      der.seq(
        sans.map((a) =>
          a.type === 'dns'
            ? encodeTlv(0x82, utf8.encode(a.value))
            : encodeTlv(0x87, ipBytes(a.value)),
        ),
      ),
    ),
};

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits of an SPKI. */
export async function keyIdentifier(spki: Uint8Array, crypto: Crypto): Promise<Uint8Array> {
  // SPKI = SEQUENCE { AlgorithmIdentifier, BIT STRING }: skip to the BIT STRING's key bytes.
  const outer = readHeader(spki, 0);
  const alg = readHeader(spki, outer.content);
  const bits = readHeader(spki, alg.end);
  const key = spki.subarray(bits.content + 1, bits.end);
  return new Uint8Array(await crypto.subtle.digest('SHA-1', key as BufferSource));
}

/** Header of the DER element at `at` of a structure we wrote or WebCrypto exported. */
function readHeader(b: Uint8Array, at: number): { content: number; end: number } {
  const first = b[at + 1]!;
  if (first < 0x80) return { content: at + 2, end: at + 2 + first };
  const n = first & 0x7f;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + b[at + 2 + i]!;
  return { content: at + 2 + n, end: at + 2 + n + len };
}

/** The signatureAlgorithm of certificates signed by a key of this kind. */
function signatureAlgorithm(kind: KeyKind): Uint8Array {
  if (kind.type === 'rsa') return der.seq([der.oid(OID.rsaSha256), der.null()]);
  if (kind.type === 'ed25519') return der.seq([der.oid(OID.ed25519)]);
  const oid =
    kind.curve === 'P-256'
      ? OID.ecdsaSha256
      : kind.curve === 'P-384'
        ? OID.ecdsaSha384
        : OID.ecdsaSha512;
  return der.seq([der.oid(oid)]);
}

/** WebCrypto's ECDSA signature (r ‖ s, fixed width) as X.509 wants it: SEQUENCE { r, s }. */
function ecdsaDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return der.seq([unsignedInt(raw.subarray(0, half)), unsignedInt(raw.subarray(half))]);
}

/** What a certificate says; names and the SPKI are DER, extensions as from `ext`. */
export interface CertTemplate {
  /** Serial number bytes, positive (first byte under 0x80). */
  readonly serial: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly spki: Uint8Array;
  readonly extensions: readonly Uint8Array[];
}

/**
 * Signs a certificate with `signingKey` (a key of `kind`: the hash follows signingParams in
 * keys.ts) and returns its DER.
 */
export async function signCertificate(
  t: CertTemplate,
  signingKey: CryptoKey,
  kind: KeyKind,
  params: Algorithm | EcdsaParams,
  crypto: Crypto,
): Promise<Uint8Array> {
  const alg = signatureAlgorithm(kind);
  const tbs = der.seq([
    der.explicit(0, der.int(2)),
    unsignedInt(t.serial),
    alg,
    t.issuer,
    der.seq([timeDer(t.notBefore), timeDer(t.notAfter)]),
    t.subject,
    t.spki,
    encodeTlv(TAGS.context3, der.seq([...t.extensions])),
  ]);
  const sig = new Uint8Array(await crypto.subtle.sign(params, signingKey, tbs as BufferSource));
  return der.seq([tbs, alg, der.bits(kind.type === 'ec' ? ecdsaDer(sig) : sig)]);
}
