/**
 * What the window is shown of an opened bundle: every certificate decoded by the same decoder as
 * the inspector and the review step (so the cards and the old/new comparison read alike), and
 * nothing secret: no key bytes, only how the bundle holds its CA key.
 */
import type { Day2Bundle, Day2Certificate } from '../../shared/ipc/channels-day2';
import type { DecodedCertificate } from '../../shared/pki/model';
import { certificateBlocks } from '../export/bundle-input';
import { decodeCertPem } from '../pki/pki-session';
import type { BundleLeaf, SourceBundle } from './bundle-reader';
import { caExportOf } from './day2-export';

/** Decodes the PEM certificates of a bundle once each (a leaf kept by a change is not decoded again). */
export class CertDecoder {
  private readonly seen = new Map<string, Promise<DecodedCertificate>>();

  /** The decoded certificate of a PEM block. */
  decode(pem: string, name: string): Promise<DecodedCertificate> {
    let d = this.seen.get(pem);
    if (!d) this.seen.set(pem, (d = decodeCertPem(pem, name)));
    return d;
  }
}

/** The name the window shows for a leaf: its member or client. */
export const leafName = (leaf: BundleLeaf): string =>
  leaf.entry.member ?? leaf.entry.client ?? leaf.entry.id;

/** The bundle as the window shows it. */
export async function bundleSummary(
  source: SourceBundle,
  decoder: CertDecoder = new CertDecoder(),
): Promise<Day2Bundle> {
  const certificates = await Promise.all(
    source.leaves.map(async (l): Promise<Day2Certificate> => ({
      id: l.entry.id,
      role: l.entry.role,
      name: leafName(l),
      file: l.entry.files.cert,
      certificate: await decoder.decode(l.certPem, l.entry.files.cert),
    })),
  );
  const trust = await Promise.all(
    certificateBlocks(source.trustPem).map((pem) => decoder.decode(pem, source.manifest.ca.file)),
  );
  return {
    name: source.dir,
    plan: source.plan,
    createdAt: source.manifest.createdAt,
    ca: await decoder.decode(source.caCertPem, source.manifest.ca.file),
    caKey: caExportOf(source.manifest),
    trust,
    certificates,
    pkcs12: source.manifest.pkcs12,
    origin: 'bundle',
  };
}
