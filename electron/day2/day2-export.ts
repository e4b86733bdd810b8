/**
 * What the day-2 commands share when they write a new bundle from an old one: the CA key goes
 * out exactly as it came in (same bytes, so the same passphrase), kept .p12 files too, and the
 * IssuedPki shape the exporter takes.
 */
import type { CaExport } from '../../shared/generate';
import type { BundleManifest } from '../../shared/generate/manifest';
import type { IssuedCert, IssuedPki, IssueWarning } from '../../shared/pki/issue';
import type { AppText } from '../../shared/text/text';
import type { BundleLeaf, SourceBundle } from './bundle-reader';

/** What a day-2 command wrote. */
export interface Day2Result {
  /** Absolute folder. */
  readonly target: string;
  /** Bundle-relative paths. */
  readonly files: readonly string[];
  readonly warnings: readonly AppText[];
}

/** How the source bundle holds its CA key, which is how the new one holds it too. */
export function caExportOf(m: BundleManifest): CaExport {
  return !m.ca.key.included ? 'none' : m.ca.key.encrypted ? 'encrypted' : 'plain';
}

/** The .p12 files of the leaves that are kept, by bundle path. */
export function keptP12(leaves: readonly BundleLeaf[]): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const l of leaves) if (l.p12 && l.entry.files.p12) out.set(l.entry.files.p12, l.p12);
  return out;
}

/** An IssuedPki whose CA is the source bundle's (its key is not needed to copy files). */
export function sourcePki(
  b: SourceBundle,
  certs: readonly IssuedCert[],
  warnings: readonly IssueWarning[] = [],
  caKeyPem = '',
): IssuedPki {
  return {
    ca: {
      certPem: b.caCertPem,
      keyPem: caKeyPem,
      imported: true,
      notAfter: b.manifest.ca.notAfter,
    },
    certs,
    warnings,
  };
}

/** The exporter's .p12 options for a bundle that has .p12 files (password only for new ones). */
export function p12Options(
  m: BundleManifest,
  password: string | undefined,
): { pkcs12?: { password?: string; legacy?: boolean } } {
  if (!m.pkcs12) return {};
  return {
    pkcs12: {
      ...(password !== undefined ? { password } : {}),
      ...(m.pkcs12Legacy ? { legacy: true } : {}),
    },
  };
}
