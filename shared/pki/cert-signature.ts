/**
 * Certificate signatures checked the way Go's crypto/x509 checks them (CheckSignatureFrom), with
 * Go's error texts: which CA really issued a certificate is decided by whose key verifies its
 * signature, not by names. The bytes come from the certificate's own DER (kept in its PEM), read
 * with the bounded DER reader; the maths is the injected WebCrypto's.
 */
import {
  TAG,
  childrenOf,
  contentOf,
  encodingOf,
  oidOf,
  toHex,
  validateDer,
  walkCertificate,
  type CertificateWalk,
  type Tlv,
} from './decode/der';
import * as oid from './oids';
import { pemBlocks } from './pem';
import type { BufferSource, Crypto, CryptoKey } from './webcrypto';

/** The signed parts of one certificate, as Go keeps them (Raw*, Signature, SignatureAlgorithm). */
export interface CertSignedParts {
  /** RawTBSCertificate: the bytes the signature covers. */
  readonly tbs: Uint8Array;
  /** Go's name of the signature algorithm (`SHA256-RSA`, `ECDSA-SHA256`…), or `unknown`. */
  readonly algorithm: GoSignatureAlgorithm;
  /** The signature value (BIT STRING content without its unused-bits byte). */
  readonly signature: Uint8Array;
  /** RawSubject and RawIssuer as hex: Go finds issuers by byte-equal names. */
  readonly rawSubject: string;
  readonly rawIssuer: string;
  /** The SubjectPublicKeyInfo (to verify what this certificate signed). */
  readonly spki: Uint8Array;
  /** Go's PublicKeyAlgorithm of that key, with the curve for ECDSA. */
  readonly publicKey: GoPublicKey;
}

/** Go's public key algorithms (UnknownPublicKeyAlgorithm for everything else, e.g. Ed448). */
export type GoPublicKey =
  | { readonly type: 'RSA' }
  | { readonly type: 'ECDSA'; readonly curve: 'P-256' | 'P-384' | 'P-521' | 'P-224' }
  | { readonly type: 'Ed25519' }
  | { readonly type: 'DSA' }
  | { readonly type: 'unknown' };

/** Go's SignatureAlgorithm names (x509.SignatureAlgorithm.String()). */
export type GoSignatureAlgorithm =
  | 'MD2-RSA'
  | 'MD5-RSA'
  | 'SHA1-RSA'
  | 'SHA256-RSA'
  | 'SHA384-RSA'
  | 'SHA512-RSA'
  | 'SHA256-RSAPSS'
  | 'SHA384-RSAPSS'
  | 'SHA512-RSAPSS'
  | 'DSA-SHA1'
  | 'DSA-SHA256'
  | 'ECDSA-SHA1'
  | 'ECDSA-SHA256'
  | 'ECDSA-SHA384'
  | 'ECDSA-SHA512'
  | 'Ed25519'
  | 'unknown';

type Hash = 'MD2' | 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'none';

/** Go's signatureAlgorithmDetails: OID → algorithm, key type and hash. */
const SIGNATURES: Readonly<
  Record<string, { algo: GoSignatureAlgorithm; key: GoPublicKey['type']; hash: Hash }>
> = {
  [oid.md2WithRSAEncryption]: { algo: 'MD2-RSA', key: 'RSA', hash: 'MD2' },
  [oid.md5WithRSAEncryption]: { algo: 'MD5-RSA', key: 'RSA', hash: 'MD5' },
  [oid.sha1WithRSAEncryption]: { algo: 'SHA1-RSA', key: 'RSA', hash: 'SHA-1' },
  [oid.sha1WithRSASignature_oiw]: { algo: 'SHA1-RSA', key: 'RSA', hash: 'SHA-1' },
  [oid.sha256WithRSAEncryption]: { algo: 'SHA256-RSA', key: 'RSA', hash: 'SHA-256' },
  [oid.sha384WithRSAEncryption]: { algo: 'SHA384-RSA', key: 'RSA', hash: 'SHA-384' },
  [oid.sha512WithRSAEncryption]: { algo: 'SHA512-RSA', key: 'RSA', hash: 'SHA-512' },
  [oid.id_dsa_with_sha1]: { algo: 'DSA-SHA1', key: 'DSA', hash: 'SHA-1' },
  [oid.id_dsa_with_sha256]: { algo: 'DSA-SHA256', key: 'DSA', hash: 'SHA-256' },
  [oid.ecdsa_with_SHA1]: { algo: 'ECDSA-SHA1', key: 'ECDSA', hash: 'SHA-1' },
  [oid.ecdsa_with_SHA256]: { algo: 'ECDSA-SHA256', key: 'ECDSA', hash: 'SHA-256' },
  [oid.ecdsa_with_SHA384]: { algo: 'ECDSA-SHA384', key: 'ECDSA', hash: 'SHA-384' },
  [oid.ecdsa_with_SHA512]: { algo: 'ECDSA-SHA512', key: 'ECDSA', hash: 'SHA-512' },
  [oid.id_Ed25519]: { algo: 'Ed25519', key: 'Ed25519', hash: 'none' },
};
const PSS: Readonly<Record<string, { algo: GoSignatureAlgorithm; hash: Hash; salt: number }>> = {
  [oid.id_sha256]: { algo: 'SHA256-RSAPSS', hash: 'SHA-256', salt: 32 },
  [oid.id_sha384]: { algo: 'SHA384-RSAPSS', hash: 'SHA-384', salt: 48 },
  [oid.id_sha512]: { algo: 'SHA512-RSAPSS', hash: 'SHA-512', salt: 64 },
};
const KEY_TYPES: Readonly<Record<string, GoPublicKey['type']>> = {
  [oid.rsaEncryption]: 'RSA',
  [oid.id_ecPublicKey]: 'ECDSA',
  [oid.id_Ed25519]: 'Ed25519',
  [oid.id_dsa]: 'DSA',
};
const CURVES: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521' | 'P-224'>> = {
  [oid.secp256r1]: 'P-256',
  [oid.secp384r1]: 'P-384',
  [oid.secp521r1]: 'P-521',
  [oid.secp224r1]: 'P-224',
};
const CURVE_BYTES = { 'P-224': 28, 'P-256': 32, 'P-384': 48, 'P-521': 66 } as const;

/** Key type and hash of each Go algorithm (looked up once per signature check). */
const DETAILS = new Map<GoSignatureAlgorithm, { key: GoPublicKey['type']; hash: Hash }>();
for (const d of Object.values(SIGNATURES)) if (!DETAILS.has(d.algo)) DETAILS.set(d.algo, d);
/** The hash and salt of each Go PSS algorithm, for WebCrypto. */
const PSS_BY_ALGO = new Map(Object.values(PSS).map((p) => [p.algo, p] as const));
const pssOf = (algo: GoSignatureAlgorithm) => PSS_BY_ALGO.get(algo);

/**
 * Go's getSignatureAlgorithmFromAI: RSASSA-PSS counts only with MGF1 over the same hash, a salt
 * as long as the hash and the default trailer; Ed25519 only without parameters.
 */
function signatureAlgorithm(
  b: Uint8Array,
  algorithm: string | undefined,
  params: Tlv | undefined,
): GoSignatureAlgorithm {
  if (algorithm === undefined) return 'unknown';
  if (algorithm === oid.id_Ed25519 && params !== undefined) return 'unknown';
  if (algorithm !== oid.id_RSASSA_PSS) return SIGNATURES[algorithm]?.algo ?? 'unknown';
  const fields = params?.tag === TAG.sequence ? childrenOf(b, params) : undefined;
  const explicit = (tag: number) => {
    const f = fields?.find((x) => x.tag === tag);
    return f && childrenOf(b, f)?.[0];
  };
  const hashAi = explicit(0xa0);
  const mgfAi = explicit(0xa1);
  const salt = explicit(0xa2);
  const trailer = explicit(0xa3);
  const hashParts = hashAi?.tag === TAG.sequence ? childrenOf(b, hashAi) : undefined;
  const mgfParts = mgfAi?.tag === TAG.sequence ? childrenOf(b, mgfAi) : undefined;
  const mgfHash = mgfParts?.[1]?.tag === TAG.sequence ? childrenOf(b, mgfParts[1]) : undefined;
  const nullOrAbsent = (t: Tlv | undefined) =>
    t === undefined || (t.tag === 0x05 && t.end === t.contentStart);
  const int = (t: Tlv | undefined) =>
    t?.tag === TAG.integer ? contentOf(b, t).reduce((n, x) => n * 256 + x, 0) : undefined;
  const hashOid = oidOf(b, hashParts?.[0]);
  const pss = hashOid === undefined ? undefined : PSS[hashOid];
  if (
    pss === undefined ||
    !nullOrAbsent(hashParts?.[1]) ||
    oidOf(b, mgfParts?.[0]) !== oid.id_mgf1 ||
    oidOf(b, mgfHash?.[0]) !== hashOid ||
    !nullOrAbsent(mgfHash?.[1]) ||
    (trailer !== undefined && int(trailer) !== 1) ||
    int(salt) !== pss.salt
  )
    return 'unknown';
  return pss.algo;
}

/** Go's view of a SubjectPublicKeyInfo's algorithm. */
function publicKeyOf(b: Uint8Array, spki: Tlv): GoPublicKey {
  const alg = childrenOf(b, spki)?.[0];
  const parts = alg?.tag === TAG.sequence ? childrenOf(b, alg) : undefined;
  const type = KEY_TYPES[oidOf(b, parts?.[0]) ?? ''];
  if (type === undefined) return { type: 'unknown' };
  if (type !== 'ECDSA') return { type };
  const curve = CURVES[oidOf(b, parts?.[1]) ?? ''];
  // Go cannot parse a certificate on another curve at all; as an issuer it would never be found.
  return curve ? { type, curve } : { type: 'unknown' };
}

/**
 * The signed parts of the certificate element `root` of `der` (offsets index `der`), or
 * undefined when its shape is not a certificate's.
 */
export function certSignedPartsAt(
  der: Uint8Array,
  root: Tlv,
  walk: CertificateWalk = walkCertificate(der, root),
): CertSignedParts | undefined {
  const outer = walk.outer;
  const tbsTlv = outer?.[0];
  const algTlv = outer?.[1];
  const sigTlv = outer?.[2];
  const tbs = tbsTlv?.tag === TAG.sequence ? walk.tbs : undefined;
  if (tbs === undefined || algTlv?.tag !== TAG.sequence || sigTlv?.tag !== TAG.bitString)
    return undefined;
  const shift = tbs[0]?.tag === TAG.context0 ? 1 : 0;
  const issuer = tbs[shift + 2];
  const subject = tbs[shift + 4];
  const spki = tbs[shift + 5];
  if (issuer === undefined || subject === undefined || spki?.tag !== TAG.sequence) return undefined;
  const alg = childrenOf(der, algTlv);
  const sig = contentOf(der, sigTlv);
  return {
    tbs: encodingOf(der, tbsTlv!),
    algorithm: signatureAlgorithm(der, oidOf(der, alg?.[0]), alg?.[1]),
    signature: sig.subarray(1),
    rawSubject: toHex(encodingOf(der, subject)),
    rawIssuer: toHex(encodingOf(der, issuer)),
    spki: encodingOf(der, spki),
    publicKey: publicKeyOf(der, spki),
  };
}

/** The signed parts of a certificate's DER, or undefined when it is not a certificate. */
export function certSignedParts(der: Uint8Array): CertSignedParts | undefined {
  const v = validateDer(der);
  return v.ok ? certSignedPartsAt(der, v.root) : undefined;
}

/** The signed parts of the first certificate in a PEM text. */
export function certSignedPartsFromPem(pem: string): CertSignedParts | undefined {
  const block = pemBlocks(pem).find((x) => x.label === 'CERTIFICATE');
  return block ? certSignedParts(block.der) : undefined;
}

/**
 * Signed parts read by the decoder from the DER it already holds, by certificate object: chain
 * building then need not cut the certificate's PEM into DER again (a third of its time for a
 * bundle of 1,000). A certificate that crossed IPC is another object and is read from its PEM.
 */
const decodedParts = new WeakMap<object, CertSignedParts>();

/** Records the signed parts the decoder read for `cert` (see {@link signedPartsOf}). */
export function rememberSignedParts(cert: object, parts: CertSignedParts): void {
  decodedParts.set(cert, parts);
}

/** The signed parts of a decoded certificate: as the decoder recorded them, else from its PEM. */
export function signedPartsOf(cert: { readonly pem: string }): CertSignedParts | undefined {
  return decodedParts.get(cert) ?? certSignedPartsFromPem(cert.pem);
}

/** ECDSA-Sig-Value (DER SEQUENCE of r and s) to WebCrypto's r||s; undefined when malformed. */
export function ecdsaDerToRaw(sig: Uint8Array, size: number): Uint8Array | undefined {
  const v = validateDer(sig);
  if (!v.ok || v.trailing !== 0 || v.root.tag !== TAG.sequence) return undefined;
  const rs = childrenOf(sig, v.root);
  if (rs?.length !== 2 || rs.some((t) => t.tag !== TAG.integer)) return undefined;
  const out = new Uint8Array(size * 2);
  for (let i = 0; i < 2; i++) {
    let n = contentOf(sig, rs[i]!);
    if (n.length === 0 || (n[0]! & 0x80) !== 0) return undefined; // negative or empty
    while (n.length > 1 && n[0] === 0) n = n.subarray(1);
    if (n.length > size) return undefined;
    out.set(n, i * size + size - n.length);
  }
  return out;
}

/** Go's text for a signature that WebCrypto refused, per key type. */
const FAILURE: Readonly<Record<'RSA' | 'ECDSA' | 'Ed25519', string>> = {
  RSA: 'crypto/rsa: verification error',
  ECDSA: 'x509: ECDSA verification failure',
  Ed25519: 'x509: Ed25519 verification failure',
};
/** Go's ErrUnsupportedAlgorithm text. */
export const GO_UNSUPPORTED_ALGORITHM = 'x509: cannot verify signature: algorithm unimplemented';
/** `%T` of Go's public key types, for the key/algorithm mismatch text. */
const GO_KEY_TYPE = {
  RSA: '*rsa.PublicKey',
  ECDSA: '*ecdsa.PublicKey',
  Ed25519: 'ed25519.PublicKey',
};

/** Go's InsecureAlgorithmError text (SHA-1 with RSA or ECDSA carries the GODEBUG hint, Go 1.18–1.23). */
export const goInsecureAlgorithm = (algo: GoSignatureAlgorithm): string =>
  `x509: cannot verify signature: insecure algorithm ${algo}${algo === 'SHA1-RSA' || algo === 'ECDSA-SHA1' ? ' (temporarily override with GODEBUG=x509sha1=1)' : ''}`;

/**
 * The key-cache name of an issuer's SPKI for an algorithm (its hex, the algorithm and the hash),
 * made once per issuer and algorithm rather than once per child it signed: a new string of 200
 * characters per check was hashed anew for every lookup.
 */
const keyNames = new WeakMap<CertSignedParts, Map<string, string>>();
const keyName = (parent: CertSignedParts, algorithm: string): string => {
  let names = keyNames.get(parent);
  if (names === undefined) {
    names = new Map();
    keyNames.set(parent, names);
  }
  let name = names.get(algorithm);
  if (name === undefined) {
    name = `${toHex(parent.spki)}|${algorithm}`;
    names.set(algorithm, name);
  }
  return name;
};

/** Options of {@link checkSignature}. */
export interface CheckSignatureOptions {
  /** Go's allowSHA1: false when building chains (Go 1.18+), true to learn who signed. */
  readonly allowSha1: boolean;
  /** Imported issuer keys, shared between calls: one import per issuer, not per child. */
  readonly keys?: Map<string, Promise<CryptoKey | undefined>>;
}

/**
 * Go's checkSignature(algo, tbs, signature, parentKey, allowSHA1): null when the signature
 * verifies, else Go's error text.
 */
export async function checkSignature(
  crypto: Crypto,
  child: CertSignedParts,
  parent: CertSignedParts,
  options: CheckSignatureOptions,
): Promise<string | null> {
  const keys = options.keys ?? new Map<string, Promise<CryptoKey | undefined>>();
  const algo = child.algorithm;
  const details = DETAILS.get(algo);
  const pss = pssOf(algo);
  const hash: Hash = pss?.hash ?? details?.hash ?? 'none';
  const wantKey: GoPublicKey['type'] | undefined = pss ? 'RSA' : details?.key;
  if (wantKey === undefined || hash === 'MD2' || (hash === 'none' && wantKey !== 'Ed25519'))
    return GO_UNSUPPORTED_ALGORITHM;
  if (hash === 'MD5' || (hash === 'SHA-1' && !options.allowSha1)) return goInsecureAlgorithm(algo);
  const have = parent.publicKey;
  if (have.type !== 'RSA' && have.type !== 'ECDSA' && have.type !== 'Ed25519')
    return GO_UNSUPPORTED_ALGORITHM;
  if (have.type !== wantKey)
    return `x509: signature algorithm specifies an ${wantKey} public key, but have public key of type ${GO_KEY_TYPE[have.type]}`;
  // P-224 is in Go but not in WebCrypto: no verdict can be given here, so it is not claimed.
  if (have.type === 'ECDSA' && have.curve === 'P-224') return GO_UNSUPPORTED_ALGORITHM;
  const params =
    have.type === 'RSA'
      ? { name: pss ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash }
      : have.type === 'ECDSA'
        ? { name: 'ECDSA', namedCurve: have.curve }
        : { name: 'Ed25519' };
  const cacheKey = keyName(parent, `${params.name}|${hash}`);
  let key = keys.get(cacheKey);
  if (key === undefined) {
    key = crypto.subtle
      .importKey('spki', parent.spki as BufferSource, params, false, ['verify'])
      .catch(() => undefined);
    keys.set(cacheKey, key);
  }
  const imported = await key;
  if (imported === undefined) return FAILURE[have.type];
  let signature: Uint8Array | undefined = child.signature;
  if (have.type === 'ECDSA') signature = ecdsaDerToRaw(child.signature, CURVE_BYTES[have.curve]);
  if (signature === undefined) return FAILURE[have.type];
  const verify =
    have.type === 'RSA'
      ? pss
        ? { name: 'RSA-PSS', saltLength: pss.salt }
        : { name: 'RSASSA-PKCS1-v1_5' }
      : have.type === 'ECDSA'
        ? { name: 'ECDSA', hash }
        : { name: 'Ed25519' };
  try {
    const good = await crypto.subtle.verify(
      verify,
      imported,
      signature as BufferSource,
      child.tbs as BufferSource,
    );
    return good ? null : FAILURE[have.type];
  } catch {
    return FAILURE[have.type];
  }
}
