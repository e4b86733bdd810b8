/**
 * Reading through @peculiar/x509: CSRs, CRLs, and the certificates the fast reader leaves to it
 * (rare name string types, other SAN forms, policy/CRL/AIA extensions, odd times). Slow (about
 * 3 ms a certificate) but it is the reference the fast reader's output must equal.
 */
import 'reflect-metadata';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
  type Name,
} from '@peculiar/x509';
import type { CertFields } from './cert-fast';
import { escapeRdnValue } from './cert-name';
import type { DistinguishedName, KeyUsage, San } from '../model';
import { EKU_NAMES } from '../oids';

// cert.ts loads this module only when needed and takes the library's classes from it.
export { Pkcs10CertificateRequest, SubjectAlternativeNameExtension, X509Crl } from '@peculiar/x509';

/** Resource limits handed to asn1js: the input was validated already, these are a second fence. */
export const PARSE = { berOptions: { maxDepth: 40, maxNodes: 100_000 } };

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

/**
 * Certificate fields through the library; `idsAllowSelfSigned` is false only when both key ids
 * are present and differ (throws, like the library, on what it cannot parse).
 */
export function libraryCertificateFields(
  der: Uint8Array,
): CertFields & { idsAllowSelfSigned: boolean } {
  const cert = new X509Certificate(der as Uint8Array<ArrayBuffer>, PARSE);
  const ku = cert.getExtension(KeyUsagesExtension);
  const eku = cert.getExtension(ExtendedKeyUsageExtension);
  const bc = cert.getExtension(BasicConstraintsExtension);
  const ski = cert.getExtension(SubjectKeyIdentifierExtension);
  const aki = cert.getExtension(AuthorityKeyIdentifierExtension);
  return {
    subject: distinguishedName(cert.subjectName),
    issuer: distinguishedName(cert.issuerName),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
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
    idsAllowSelfSigned: aki?.keyId === undefined || ski === null || aki.keyId === ski.keyId,
  };
}
