/**
 * Certificates, CSRs and CRLs to the decoded model. @peculiar/x509 reads names, extensions and
 * dates for every key type (node-forge cannot read EC certificates); the bounded DER reader
 * supplies what the library normalises away: the serial's raw bytes and the exact SPKI.
 */
import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  KeyUsagesExtension,
  Pkcs10CertificateRequest,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
  X509Crl,
  type Name,
} from '@peculiar/x509';
import { TAG, childrenOf, contentOf, encodingOf, oidOf, toHex, type Tlv } from './decode-der';
import { sha256Hex } from './decode-key';
import { spkiKeyInfo } from './decode-keyinfo';
import { toPem } from './decode-text';
import type {
  DecodedCertificate,
  DecodedCrl,
  DecodedCsr,
  DistinguishedName,
  ExtKeyUsage,
  KeyUsage,
  San,
} from './model';

/** Resource limits handed to asn1js: the input was validated already, these are a second fence. */
const PARSE = { berOptions: { maxDepth: 40, maxNodes: 100_000 } };

const SIGNATURE_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

const EKU_NAMES: Readonly<Record<string, ExtKeyUsage>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'ocspSigning',
  '2.5.29.37.0': 'any',
};

const KEY_USAGE_BITS: readonly [number, KeyUsage][] = [
  [1, 'digitalSignature'],
  [2, 'nonRepudiation'],
  [4, 'keyEncipherment'],
  [8, 'dataEncipherment'],
  [16, 'keyAgreement'],
  [32, 'keyCertSign'],
  [64, 'cRLSign'],
  [128, 'encipherOnly'],
  [256, 'decipherOnly'],
];

/** Name of a signature algorithm OID (the OID itself when unknown). */
export const signatureName = (oid: string | undefined): string =>
  oid === undefined ? 'unknown' : (SIGNATURE_NAMES[oid] ?? oid);

const escapeRdnValue = (v: string): string =>
  v
    .replace(/[\\"+,;<>]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');

/** RFC 4514 text (most significant RDN last, as the RFC orders it) plus CN and O. */
export function distinguishedName(name: Name): DistinguishedName {
  const rdns = name.toJSON();
  const parts = rdns.map((rdn) =>
    Object.entries(rdn)
      .flatMap(([type, values]) =>
        (values as readonly unknown[]).map(
          (v) => `${type}=${escapeRdnValue(typeof v === 'string' ? v : JSON.stringify(v))}`,
        ),
      )
      .join('+'),
  );
  const cn = name.getField('CN')[0];
  const o = name.getField('O');
  return {
    text: parts.reverse().join(','),
    ...(cn !== undefined ? { commonName: cn } : {}),
    ...(o.length > 0 ? { organization: o } : {}),
  };
}

/** SANs from the extension, typed; unknown name forms keep their type in the value. */
export function sansOf(ext: SubjectAlternativeNameExtension | null): San[] {
  if (ext === null) return [];
  return ext.names.toJSON().map((n): San => {
    switch (n.type) {
      case 'dns':
        return { type: 'dns', value: n.value };
      case 'ip':
        return { type: 'ip', value: n.value };
      case 'email':
        return { type: 'email', value: n.value };
      case 'url':
        return { type: 'uri', value: n.value };
      default:
        return { type: 'other', value: `${n.type}:${n.value}` };
    }
  });
}

/** Upper-case colon-separated hex, the way fingerprints are shown by openssl. */
const colonHex = (hex: string): string => (hex.toUpperCase().match(/../g) ?? []).join(':');

/** The tbsCertificate fields the library does not give us raw: serial bytes and SPKI. */
function tbsParts(
  b: Uint8Array,
  root: Tlv,
): { version: number; serial?: Tlv; spki?: Tlv; sigOid?: string; sameName: boolean } {
  const outer = childrenOf(b, root);
  const tbs = outer?.[0] && childrenOf(b, outer[0]);
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
      toHex(encodingOf(b, issuer)) === toHex(encodingOf(b, subject)),
  };
}

/** A DER certificate (validated by the caller) to the decoded model. */
export async function decodeCertificateDer(
  crypto: Crypto,
  b: Uint8Array,
  root: Tlv,
): Promise<DecodedCertificate> {
  const der = b.slice(root.start, root.end);
  const cert = new X509Certificate(der, PARSE);
  const { serial, spki, sigOid, sameName, version } = tbsParts(b, root);
  if (serial?.tag !== TAG.integer || spki?.tag !== TAG.sequence)
    throw new Error('the certificate has no serial number or public key where they belong');
  const serialBytes = contentOf(b, serial);
  const spkiBytes = encodingOf(b, spki);
  const ku = cert.getExtension(KeyUsagesExtension);
  const eku = cert.getExtension(ExtendedKeyUsageExtension);
  const bc = cert.getExtension(BasicConstraintsExtension);
  const ski = cert.getExtension(SubjectKeyIdentifierExtension);
  const aki = cert.getExtension(AuthorityKeyIdentifierExtension);
  const subject = distinguishedName(cert.subjectName);
  const issuer = distinguishedName(cert.issuerName);
  return {
    kind: 'certificate',
    subject,
    issuer,
    serialHex: toHex(serialBytes),
    serialLength: serialBytes.length,
    serialNegative: serialBytes.length > 0 && (serialBytes[0]! & 0x80) !== 0,
    serialZero: serialBytes.every((x) => x === 0),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    key: spkiKeyInfo(b, spki),
    signatureAlgorithm: signatureName(sigOid),
    sans: sansOf(cert.getExtension(SubjectAlternativeNameExtension)),
    ...(ku
      ? {
          keyUsage: {
            critical: ku.critical,
            usages: KEY_USAGE_BITS.filter(([bit]) => (ku.usages & bit) !== 0).map(([, n]) => n),
          },
        }
      : {}),
    ...(eku
      ? {
          extKeyUsage: {
            critical: eku.critical,
            usages: eku.usages.map((u) => EKU_NAMES[String(u)] ?? String(u)),
          },
        }
      : {}),
    ...(bc
      ? {
          basicConstraints: {
            critical: bc.critical,
            ca: bc.ca,
            ...(bc.pathLength !== undefined ? { pathLen: bc.pathLength } : {}),
          },
        }
      : {}),
    ...(ski ? { subjectKeyId: ski.keyId.toLowerCase() } : {}),
    ...(aki?.keyId ? { authorityKeyId: aki.keyId.toLowerCase() } : {}),
    // Self-issued and, when key ids are present, signed by its own key.
    selfSigned: sameName && (aki?.keyId === undefined || ski === null || aki.keyId === ski.keyId),
    fingerprintSha256: colonHex(await sha256Hex(crypto, der)),
    version,
    pem: toPem('CERTIFICATE', der),
    publicKeySha256: await sha256Hex(crypto, spkiBytes),
  };
}

/** A DER PKCS#10 request to the decoded model. */
export function decodeCsrDer(b: Uint8Array, root: Tlv): DecodedCsr {
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
        (e): e is SubjectAlternativeNameExtension => e instanceof SubjectAlternativeNameExtension,
      ) ?? null,
    ),
    signatureAlgorithm: signatureName(oidOf(b, outer?.[1] && childrenOf(b, outer[1])?.[0])),
  };
}

/** A DER CRL to the decoded model. */
export function decodeCrlDer(b: Uint8Array, root: Tlv): DecodedCrl {
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
