/**
 * The decoded view of certificates, keys and CSRs that the review step, the inspector and the
 * CLI all show. It never contains private key material.
 */
import type { KeyAlgorithm } from './algorithms';

/** What a certificate is for in an etcd deployment. */
export type Role = 'ca' | 'etcd-server' | 'etcd-peer' | 'client';

/** A Subject Alternative Name, typed. */
export type San =
  | { readonly type: 'dns'; readonly value: string }
  | { readonly type: 'ip'; readonly value: string }
  | { readonly type: 'email'; readonly value: string }
  | { readonly type: 'uri'; readonly value: string }
  | { readonly type: 'other'; readonly value: string };

export type ExtKeyUsage =
  | 'serverAuth'
  | 'clientAuth'
  | 'codeSigning'
  | 'emailProtection'
  | 'timeStamping'
  | 'ocspSigning'
  | 'any'
  | string;

export type KeyUsage =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

/** Public key summary: type and size, never the bytes of a private key. */
export interface KeyInfo {
  readonly type: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'unknown';
  /** RSA modulus bits, or curve size for EC. */
  readonly bits?: number;
  /** `P-256`, `P-384`, `P-521` for EC. */
  readonly curve?: string;
  /** The wizard's name when it maps to one. */
  readonly algorithm?: KeyAlgorithm;
}

export interface DistinguishedName {
  /** RFC 4514 string, e.g. `CN=etcd0,O=example`. */
  readonly text: string;
  readonly commonName?: string;
  readonly organization?: readonly string[];
}

export interface DecodedCertificate {
  readonly kind: 'certificate';
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  /** Hex, as encoded (may show a leading 00 for positive serials with the high bit set). */
  readonly serialHex: string;
  /** Raw serial bytes length and sign, for lint. */
  readonly serialLength: number;
  readonly serialNegative: boolean;
  readonly serialZero: boolean;
  readonly notBefore: string; // ISO 8601
  readonly notAfter: string; // ISO 8601
  readonly key: KeyInfo;
  /** `sha256WithRSAEncryption`, `ecdsa-with-SHA256`, `Ed25519`, `sha1WithRSAEncryption`… */
  readonly signatureAlgorithm: string;
  readonly sans: readonly San[];
  /** undefined when the extension is absent. */
  readonly keyUsage?: { readonly critical: boolean; readonly usages: readonly KeyUsage[] };
  readonly extKeyUsage?: { readonly critical: boolean; readonly usages: readonly ExtKeyUsage[] };
  readonly basicConstraints?: {
    readonly critical: boolean;
    readonly ca: boolean;
    readonly pathLen?: number;
  };
  readonly subjectKeyId?: string; // hex, lower case, colon-free
  readonly authorityKeyId?: string;
  readonly selfSigned: boolean;
  readonly fingerprintSha256: string; // hex, upper case, colon separated
  readonly version: number;
  /** PEM of the certificate (public data, safe to show and copy). */
  readonly pem: string;
  /** SHA-256 (lower-case hex) of the SubjectPublicKeyInfo: equals DecodedKey.publicKeySha256 of its key. */
  readonly publicKeySha256?: string;
}

export interface DecodedKey {
  readonly kind: 'private-key';
  readonly format: 'pkcs8' | 'pkcs1' | 'sec1' | 'pkcs8-encrypted' | 'openssh' | 'unknown';
  readonly encrypted: boolean;
  /** Unknown for an encrypted key until it is decrypted. */
  readonly key?: KeyInfo;
  /** SHA-256 of the SubjectPublicKeyInfo, to match keys with certificates without showing bytes. */
  readonly publicKeySha256?: string;
}

export interface DecodedCsr {
  readonly kind: 'csr';
  readonly subject: DistinguishedName;
  readonly key: KeyInfo;
  readonly sans: readonly San[];
  readonly signatureAlgorithm: string;
}

export interface DecodedCrl {
  readonly kind: 'crl';
  readonly issuer: DistinguishedName;
  readonly thisUpdate?: string;
  readonly nextUpdate?: string;
  readonly revokedCount: number;
}

export type DecodedItem = DecodedCertificate | DecodedKey | DecodedCsr | DecodedCrl;
