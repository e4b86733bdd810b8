/**
 * Certificates, CSRs and CRLs to the decoded model. Certificates are read by the fast DER reader
 * (cert-fast.ts: 1,000 must list within a second); those it declines, and all CSRs and
 * CRLs, go through @peculiar/x509 (cert-library.ts). The bounded DER reader supplies what
 * the library normalises away: the serial's raw bytes and the exact SPKI.
 */
import {
  TAG,
  childrenOf,
  contentOf,
  encodingOf,
  oidOf,
  scratch,
  toHex,
  walkCertificate,
  type CertificateWalk,
  type Tlv,
} from './der';
import { fastCertificateFields } from './cert-fast';
import { certSignedPartsAt, rememberSignedParts } from '../cert-signature';
import { sha256Hex } from './key';
import { spkiKeyInfo } from './keyinfo';
import { toPem } from './text';
import type { DecodedCertificate, DecodedCrl, DecodedCsr } from '../model';
import {
  ecdsa_with_SHA1,
  ecdsa_with_SHA224,
  ecdsa_with_SHA256,
  ecdsa_with_SHA384,
  ecdsa_with_SHA512,
  id_dsa_with_sha1,
  id_Ed25519,
  id_Ed448,
  id_RSASSA_PSS,
  md2WithRSAEncryption,
  md5WithRSAEncryption,
  sha1WithRSAEncryption,
  sha224WithRSAEncryption,
  sha256WithRSAEncryption,
  sha384WithRSAEncryption,
  sha512WithRSAEncryption,
} from '../oids';
import type { Crypto } from '../webcrypto';

/**
 * @peculiar/x509 and the reader built on it, loaded on first need: most sets are plain
 * certificates the fast reader takes, and loading the library costs more than reading 1,000.
 */
const library = () => import('./cert-library');

/** Signature algorithm names the inspector shows; unknown algorithms show as their OID. */
const SIGNATURE_NAMES: Readonly<Record<string, string>> = {
  [md2WithRSAEncryption]: 'md2WithRSAEncryption',
  [md5WithRSAEncryption]: 'md5WithRSAEncryption',
  [sha1WithRSAEncryption]: 'sha1WithRSAEncryption',
  [id_RSASSA_PSS]: 'rsassaPss',
  [sha256WithRSAEncryption]: 'sha256WithRSAEncryption',
  [sha384WithRSAEncryption]: 'sha384WithRSAEncryption',
  [sha512WithRSAEncryption]: 'sha512WithRSAEncryption',
  [sha224WithRSAEncryption]: 'sha224WithRSAEncryption',
  [ecdsa_with_SHA1]: 'ecdsa-with-SHA1',
  [ecdsa_with_SHA224]: 'ecdsa-with-SHA224',
  [ecdsa_with_SHA256]: 'ecdsa-with-SHA256',
  [ecdsa_with_SHA384]: 'ecdsa-with-SHA384',
  [ecdsa_with_SHA512]: 'ecdsa-with-SHA512',
  [id_dsa_with_sha1]: 'dsa-with-SHA1',
  [id_Ed25519]: 'Ed25519',
  [id_Ed448]: 'Ed448',
};

/** Name of a signature algorithm OID (the OID itself when unknown). */
export const signatureName = (oid: string | undefined): string =>
  oid === undefined ? 'unknown' : (SIGNATURE_NAMES[oid] ?? oid);

/** Upper-case colon-separated hex, the way fingerprints are shown by openssl. */
const colonHex = (hex: string): string => {
  const pairs = hex.length >> 1;
  if (pairs === 0) return '';
  const out = scratch(pairs * 3 - 1);
  for (let i = 0; i < pairs; i++) {
    if (i > 0) out[i * 3 - 1] = 0x3a;
    for (let k = 0; k < 2; k++) {
      const c = hex.charCodeAt(2 * i + k);
      out[i * 3 + k] = c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
    }
  }
  return ASCII.decode(out);
};
const ASCII = new TextDecoder();

/** Byte equality of two views. */
const sameBytes = (x: Uint8Array, y: Uint8Array): boolean =>
  x.length === y.length && x.every((v, k) => v === y[k]);

/** The tbsCertificate fields the library does not give us raw: serial bytes and SPKI. */
function tbsParts(
  b: Uint8Array,
  { outer, tbs }: CertificateWalk,
): { version: number; serial?: Tlv; spki?: Tlv; sigOid?: string; sameName: boolean } {
  const sig = outer?.[1] && childrenOf(b, outer[1]);
  if (tbs === undefined) return { version: 1, sameName: false };
  const shift = tbs[0]?.tag === 0xa0 ? 1 : 0;
  const explicitVersion = shift === 1 ? childrenOf(b, tbs[0]!)?.[0] : undefined;
  const issuer = tbs[shift + 2];
  const subject = tbs[shift + 4];
  return {
    version: explicitVersion ? (contentOf(b, explicitVersion).at(-1) ?? 0) + 1 : 1,
    serial: tbs[shift],
    spki: tbs[shift + 5],
    sigOid: oidOf(b, sig?.[0]),
    // Raw byte equality, as Go compares RawIssuer with RawSubject.
    sameName:
      issuer !== undefined &&
      subject !== undefined &&
      sameBytes(encodingOf(b, issuer), encodingOf(b, subject)),
  };
}

/**
 * Names, dates and extensions: the fast reader's, else the library's (`library` forces the
 * library, for the tests that hold the two readers to the same output).
 */
async function certificateFields(
  b: Uint8Array,
  root: Tlv,
  der: Uint8Array,
  useLibrary: boolean,
  walk: CertificateWalk,
): Promise<ReturnType<Awaited<ReturnType<typeof library>>['libraryCertificateFields']>> {
  const fast = useLibrary ? undefined : fastCertificateFields(b, root, walk);
  if (fast === undefined) return (await library()).libraryCertificateFields(der);
  const { authorityKeyId: a, subjectKeyId: s } = fast;
  return { ...fast, idsAllowSelfSigned: a === undefined || s === undefined || a === s };
}

/** A DER certificate (validated by the caller) to the decoded model. */
export async function decodeCertificateDer(
  crypto: Crypto,
  b: Uint8Array,
  root: Tlv,
  options: { readonly library?: boolean } = {},
): Promise<DecodedCertificate> {
  // A PEM block's bytes are the certificate: no copy of them is needed.
  const der = root.start === 0 && root.end === b.length ? b : b.slice(root.start, root.end);
  const walk = walkCertificate(b, root);
  // Fields first: a certificate the library refuses keeps the library's error text.
  const f = await certificateFields(b, root, der, options.library === true, walk);
  const { serial, spki, sigOid, sameName, version } = tbsParts(b, walk);
  if (serial?.tag !== TAG.integer || spki?.tag !== TAG.sequence)
    throw new Error('the certificate has no serial number or public key where they belong');
  const serialBytes = contentOf(b, serial);
  // Both digests at once.
  const [fingerprint, publicKeySha256] = await Promise.all([
    sha256Hex(crypto, der),
    sha256Hex(crypto, encodingOf(b, spki)),
  ]);
  const cert: DecodedCertificate = {
    kind: 'certificate',
    subject: f.subject,
    issuer: f.issuer,
    serialHex: toHex(serialBytes),
    serialLength: serialBytes.length,
    serialNegative: serialBytes.length > 0 && (serialBytes[0]! & 0x80) !== 0,
    serialZero: serialBytes.every((x) => x === 0),
    notBefore: f.notBefore,
    notAfter: f.notAfter,
    key: spkiKeyInfo(b, spki),
    signatureAlgorithm: signatureName(sigOid),
    sans: f.sans,
    ...(f.keyUsage ? { keyUsage: f.keyUsage } : {}),
    ...(f.extKeyUsage ? { extKeyUsage: f.extKeyUsage } : {}),
    ...(f.basicConstraints ? { basicConstraints: f.basicConstraints } : {}),
    ...(f.subjectKeyId !== undefined ? { subjectKeyId: f.subjectKeyId } : {}),
    ...(f.authorityKeyId !== undefined ? { authorityKeyId: f.authorityKeyId } : {}),
    // Self-issued and, when key ids are present, signed by its own key.
    selfSigned: sameName && f.idsAllowSelfSigned,
    fingerprintSha256: colonHex(fingerprint),
    version,
    pem: toPem('CERTIFICATE', der),
    publicKeySha256,
  };
  // Read now from the bytes at hand, for chain building (cert-signature.ts says why).
  const parts = certSignedPartsAt(b, root, walk);
  if (parts) rememberSignedParts(cert, parts);
  return cert;
}

/** A DER PKCS#10 request to the decoded model. */
export async function decodeCsrDer(b: Uint8Array, root: Tlv): Promise<DecodedCsr> {
  const {
    PARSE,
    distinguishedName,
    sansOf,
    Pkcs10CertificateRequest,
    SubjectAlternativeNameExtension,
  } = await library();
  const csr = new Pkcs10CertificateRequest(b.slice(root.start, root.end), PARSE);
  const outer = childrenOf(b, root);
  const info = outer?.[0] && childrenOf(b, outer[0]);
  const spki = info?.[2];
  if (spki?.tag !== TAG.sequence) throw new Error('the request has no public key where it belongs');
  return {
    kind: 'csr',
    subject: distinguishedName(csr.subjectName),
    key: spkiKeyInfo(b, spki),
    sans: sansOf(
      csr.extensions.find(
        (e): e is InstanceType<typeof SubjectAlternativeNameExtension> =>
          e instanceof SubjectAlternativeNameExtension,
      ) ?? null,
    ),
    signatureAlgorithm: signatureName(oidOf(b, outer?.[1] && childrenOf(b, outer[1])?.[0])),
  };
}

/** A DER CRL to the decoded model. */
export async function decodeCrlDer(b: Uint8Array, root: Tlv): Promise<DecodedCrl> {
  const { PARSE, distinguishedName, X509Crl } = await library();
  const crl = new X509Crl(b.slice(root.start, root.end), PARSE);
  return {
    kind: 'crl',
    issuer: distinguishedName(crl.issuerName),
    thisUpdate: crl.thisUpdate.toISOString(),
    ...(crl.nextUpdate ? { nextUpdate: crl.nextUpdate.toISOString() } : {}),
    revokedCount: crl.entries.length,
  };
}
/** The certificates and CRLs inside a PKCS#7 SignedData (`openssl crl2pkcs7` bundles). */
export function pkcs7Contents(b: Uint8Array, root: Tlv): { certs: Tlv[]; crls: Tlv[] } | undefined {
  const ci = childrenOf(b, root);
  const explicit = ci?.[1]?.tag === 0xa0 ? childrenOf(b, ci[1]) : undefined;
  const signedData = explicit?.[0]?.tag === TAG.sequence ? childrenOf(b, explicit[0]) : undefined;
  if (signedData === undefined) return undefined;
  const certs = signedData.filter((t) => t.tag === 0xa0).flatMap((t) => childrenOf(b, t) ?? []);
  const crls = signedData.filter((t) => t.tag === 0xa1).flatMap((t) => childrenOf(b, t) ?? []);
  return {
    certs: certs.filter((t) => t.tag === TAG.sequence),
    crls: crls.filter((t) => t.tag === TAG.sequence),
  };
}
