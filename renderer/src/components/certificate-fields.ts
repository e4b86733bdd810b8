/**
 * The decoded fields of a certificate as plain strings, keyed the same way everywhere: the card
 * lists its rows by these keys and the compare table diffs by them, so a field is the same field
 * in both views.
 */
import type { DecodedCertificate, KeyInfo, San } from '../../../shared/pki/model';
import { daysUntil } from '../format/date-time';

/** Every field the card and the compare table show, in display order. */
export const CERT_FIELD_KEYS = [
  'subject',
  'issuer',
  'serial',
  'notBefore',
  'notAfter',
  'key',
  'signatureAlgorithm',
  'sans',
  'keyUsage',
  'extKeyUsage',
  'basicConstraints',
  'subjectKeyId',
  'authorityKeyId',
  'fingerprint',
] as const;

/** A field key (also the i18n key under `inspect.card.*`). */
export type CertFieldKey = (typeof CERT_FIELD_KEYS)[number];

/** Whole days from `now` to the end of validity (negative once expired). */
export const daysLeft = (cert: DecodedCertificate, now: number): number =>
  daysUntil(cert.notAfter, now);

/** `RSA 2048`, `EC P-256`, `Ed25519`: what a person calls the key. */
export function keyLabel(key: KeyInfo): string {
  switch (key.type) {
    case 'rsa':
      return key.bits ? `RSA ${key.bits}` : 'RSA';
    case 'ec':
      return `EC ${key.curve ?? (key.bits ? `${key.bits}-bit` : '')}`.trim();
    case 'ed25519':
      return 'Ed25519';
    case 'ed448':
      return 'Ed448';
    default:
      return 'unknown';
  }
}

/** `DNS:etcd0`, `IP:10.0.0.1`: the openssl spelling, stable for diffs. */
export const sanLabel = (san: San): string =>
  `${san.type === 'other' ? 'other' : san.type.toUpperCase()}:${san.value}`;

/** Colon-separated hex for key ids (as openssl prints them). */
export const colonHex = (hex: string): string =>
  (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':');

const critical = (c: boolean): string => (c ? 'critical, ' : '');

const fieldValuesOf = new WeakMap<DecodedCertificate, Readonly<Record<CertFieldKey, string>>>();

/**
 * Each field as one comparable string; absent extensions are the empty string. Worked out once
 * per certificate object (a card asks for it once per field).
 */
export function certificateFieldValues(
  cert: DecodedCertificate,
): Readonly<Record<CertFieldKey, string>> {
  let values = fieldValuesOf.get(cert);
  if (!values) fieldValuesOf.set(cert, (values = Object.freeze(fieldValues(cert))));
  return values;
}

function fieldValues(cert: DecodedCertificate): Record<CertFieldKey, string> {
  const bc = cert.basicConstraints;
  return {
    subject: cert.subject.text,
    issuer: cert.issuer.text,
    serial: cert.serialHex,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    key: keyLabel(cert.key),
    signatureAlgorithm: cert.signatureAlgorithm,
    sans: cert.sans.map(sanLabel).join(', '),
    keyUsage: cert.keyUsage
      ? critical(cert.keyUsage.critical) + cert.keyUsage.usages.join(', ')
      : '',
    extKeyUsage: cert.extKeyUsage
      ? critical(cert.extKeyUsage.critical) + cert.extKeyUsage.usages.join(', ')
      : '',
    basicConstraints: bc
      ? `${critical(bc.critical)}CA:${bc.ca ? 'TRUE' : 'FALSE'}` +
        (bc.pathLen !== undefined ? `, pathlen:${bc.pathLen}` : '')
      : '',
    subjectKeyId: cert.subjectKeyId ? colonHex(cert.subjectKeyId) : '',
    authorityKeyId: cert.authorityKeyId ? colonHex(cert.authorityKeyId) : '',
    fingerprint: cert.fingerprintSha256,
  };
}

/** Keys of the fields whose values are not all equal across `certs` (empty for fewer than two). */
export function differingFields(certs: readonly DecodedCertificate[]): Set<CertFieldKey> {
  const out = new Set<CertFieldKey>();
  if (certs.length < 2) return out;
  const values = certs.map(certificateFieldValues);
  for (const key of CERT_FIELD_KEYS) {
    if (values.some((v) => v[key] !== values[0]![key])) out.add(key);
  }
  return out;
}
