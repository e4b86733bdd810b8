/**
 * What the generators are told about an issued PKI (no PEM, no key): serials, fingerprints and
 * dates read from the certificates themselves, so that README, expiry files and manifest.json
 * state exactly what `openssl x509` shows. Export and the review preview share it.
 */
import { X509Certificate } from 'node:crypto';
import type {
  BundleInput,
  CaExport,
  CaSummary,
  CertId,
  CertSummary,
  MemberChange,
  Warning,
} from '../../shared/generate';
import type { IssuedCert, IssuedPki } from '../../shared/pki/issue';
import type { Plan } from '../../shared/plan/schema';
import { APP_VERSION } from '../node/app-version';

/** Every certificate PEM block of a text, in order (a trust file may hold several CAs). */
export function certificateBlocks(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g) ?? [];
}

/** Subject, serial, fingerprint and dates of a certificate PEM (the first block). */
export function caSummaryOf(pem: string): CaSummary {
  const x = new X509Certificate(pem);
  return {
    subject: x.subject.replace(/\n/g, ', '),
    // Node prints the serial as `openssl x509 -noout -serial` does (upper-case hex).
    serial: x.serialNumber.toUpperCase(),
    fingerprintSha256: x.fingerprint256,
    notBefore: new Date(x.validFrom).toISOString(),
    notAfter: new Date(x.validTo).toISOString(),
  };
}

/** The non-secret summary of a leaf that the generators use. */
export function certSummary(c: IssuedCert): CertSummary {
  const s = c.spec;
  const x = caSummaryOf(c.certPem);
  return {
    id: s.id as CertId,
    role: s.role,
    ...(s.member !== undefined ? { member: s.member } : {}),
    ...(s.client !== undefined ? { client: s.client } : {}),
    ...(s.kind !== undefined ? { kind: s.kind } : {}),
    commonName: s.commonName,
    ...(s.organization !== undefined ? { organization: s.organization } : {}),
    sans: s.sans.map((a) => a.value),
    serial: x.serial,
    notBefore: x.notBefore,
    notAfter: x.notAfter,
    fingerprintSha256: x.fingerprintSha256,
  };
}

/** Options that change the generated text. */
export interface GeneratorOptions {
  readonly caKey: CaExport;
  readonly pkcs12: boolean;
  readonly pkcs12Legacy?: boolean;
  readonly now: Date;
  /** The text of every trust file; default the CA certificate alone. */
  readonly trustPem?: string;
  readonly notes?: readonly Warning[];
  readonly change?: MemberChange;
  readonly renewed?: readonly string[];
}

/** What the generators need to know of an issued PKI: export and preview agree. */
export function generatorInput(plan: Plan, issued: IssuedPki, o: GeneratorOptions): BundleInput {
  const trust = o.trustPem === undefined ? undefined : certificateBlocks(o.trustPem);
  return {
    plan,
    certs: issued.certs.map(certSummary),
    ca: { ...caSummaryOf(issued.ca.certPem), exported: o.caKey },
    ...(trust ? { trust: trust.map(caSummaryOf) } : {}),
    toolVersion: APP_VERSION,
    ...(o.notes ? { notes: o.notes } : {}),
    ...(o.change ? { change: o.change } : {}),
    ...(o.renewed ? { renewed: o.renewed } : {}),
    now: o.now,
    options: { pkcs12: o.pkcs12, ...(o.pkcs12Legacy ? { pkcs12Legacy: true } : {}) },
  };
}
