/**
 * Turns the items decoded from many files into one inspection report: which CA issued what
 * (by whose key verifies the signature; naming missing or wrong issuers), Go's verdict on each
 * chain, which key belongs to which certificate, lint findings per certificate and Go hostname
 * checks for every certificate that can serve TLS. Pure (WebCrypto is passed in), so the CLI,
 * the window and the browser host show the same analysis.
 */
import { verifyCertificateHostname } from '../pki/hostname';
import type { Crypto } from '../pki/webcrypto';
import type {
  DecodedCertificate,
  DecodedCrl,
  DecodedCsr,
  DecodedItem,
  DecodedKey,
  Role,
} from '../pki/model';
import { analyseChains, type ChainVerdict } from './chain';
import { chainContext, lintCertificate } from './lint';
import { judgedAs } from './purpose';
import { inferRoles, isCa } from './roles';
import type { LintLocale } from './rules';
import type { Finding, ForeignPurpose, LintContext, RoleVerdict } from './types';

/** A decoded item and where it came from. */
export interface SourcedItem {
  readonly file: string;
  /** Position of the item in its file (0-based). */
  readonly index: number;
  readonly item: DecodedItem;
}

/** A certificate among the inputs, by file, subject and fingerprint. */
export interface CertificateRef {
  readonly file: string;
  readonly subject: string;
  readonly fingerprintSha256: string;
}

/** Where a certificate's issuer is: the certificate whose key verifies its signature. */
export type IssuerStatus =
  | { readonly status: 'self-signed' }
  | ({ readonly status: 'found' } & CertificateRef)
  /**
   * Certificates named like its issuer are among the inputs, but none of their keys verifies
   * its signature: another CA of the same name (re-generated), or a damaged certificate.
   */
  | {
      readonly status: 'wrong';
      readonly issuer: string;
      readonly candidates: readonly CertificateRef[];
    }
  /** Not among the inputs: the name tells the user which CA file to add. */
  | { readonly status: 'missing'; readonly issuer: string; readonly authorityKeyId?: string };

/** Result of checking one host against a server-capable certificate. */
export interface HostCheck {
  readonly host: string;
  readonly ok: boolean;
  /** Go's exact error text when it fails. */
  readonly error?: string;
}

/** Everything known about one certificate. */
export interface CertificateReport {
  readonly file: string;
  readonly index: number;
  /** The decoded certificate without its PEM (the file has it). */
  readonly certificate: Omit<DecodedCertificate, 'pem'>;
  /**
   * Roles it was linted for (given, CA because it issued others, or inferred); none when it is
   * recognised as not etcd's, then `purpose` says what it is.
   */
  readonly roles: readonly Role[];
  readonly purpose?: ForeignPurpose;
  readonly verdicts: readonly RoleVerdict[];
  readonly issuer: IssuerStatus;
  /** Go's verdict on the chain to the CAs among the inputs (the certificate's own dates aside). */
  readonly chain: ChainVerdict;
  /** Files holding the private key of this certificate. */
  readonly keyFiles: readonly string[];
  readonly hostChecks: readonly HostCheck[];
  readonly findings: readonly Finding[];
}

/** A private key and the certificates it belongs to. */
export interface KeyReport {
  readonly file: string;
  readonly index: number;
  readonly key: DecodedKey;
  readonly certificates: readonly {
    readonly file: string;
    readonly subject: string;
    readonly fingerprintSha256: string;
  }[];
}

/** CSRs and CRLs, listed as found. */
export interface OtherReport {
  readonly file: string;
  readonly index: number;
  readonly item: DecodedCsr | DecodedCrl;
}

/** The analysis of a set of inputs. */
export interface InspectionAnalysis {
  readonly certificates: readonly CertificateReport[];
  readonly keys: readonly KeyReport[];
  readonly others: readonly OtherReport[];
  readonly lintErrors: number;
  readonly lintWarnings: number;
  /** Notes (severity info): chains that could not be checked. */
  readonly lintNotes: number;
  /** Certificates recognised as not etcd's (listed, but judged for no etcd role). */
  readonly notEtcd: number;
}

/** Options of {@link analyse}. */
export interface AnalyseOptions {
  /** Verifies signatures (Node's WebCrypto on the Node side). */
  readonly crypto: Crypto;
  readonly locale?: LintLocale;
}

/** Analyses decoded items from any number of files. */
export async function analyse(
  items: readonly SourcedItem[],
  ctx: Omit<LintContext, 'issuer' | 'chain'>,
  options: AnalyseOptions,
): Promise<InspectionAnalysis> {
  const locale = options.locale ?? 'en';
  const certItems = items.filter(
    (s): s is SourcedItem & { item: DecodedCertificate } => s.item.kind === 'certificate',
  );
  // The same certificate given twice (bundle and single file) is one certificate.
  const unique = new Map<string, SourcedItem & { item: DecodedCertificate }>();
  for (const s of certItems)
    if (!unique.has(s.item.fingerprintSha256)) unique.set(s.item.fingerprintSha256, s);
  const certs = [...unique.values()].map((s) => s.item);
  const ref = (c: DecodedCertificate): CertificateRef => ({
    file: unique.get(c.fingerprintSha256)!.file,
    subject: c.subject.text,
    fingerprintSha256: c.fingerprintSha256,
  });
  const chains = analyseChains(options.crypto, certs, ctx.now);
  // All at once: the signature checks run in parallel where WebCrypto can.
  const [signers, verdicts] = await Promise.all([
    Promise.all(certs.map((c) => chains.signerOf(c))),
    Promise.all(certs.map((c) => chains.verdictOf(c))),
  ]);
  const issuedSomething = new Set(
    signers.flatMap((s) => (s.status === 'found' ? [s.signer.fingerprintSha256] : [])),
  );
  const keyItems = items.filter(
    (s): s is SourcedItem & { item: DecodedKey } => s.item.kind === 'private-key',
  );
  // Keys and certificates meet by public key hash: grouped once, looked up per item.
  const group = <T>(list: readonly T[], key: (x: T) => string | undefined): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of list) {
      const k = key(x);
      if (k === undefined) continue;
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const keysByPublicKey = group(keyItems, (k) => k.item.publicKeySha256);
  const certsByPublicKey = group(certs, (c) => c.publicKeySha256);

  const certificates = [...unique.values()].map((s, i): CertificateReport => {
    const cert = s.item;
    const signer = signers[i]!;
    const chain = verdicts[i]!;
    const issuer = signer.status === 'found' ? signer.signer : undefined;
    const role: Role | undefined =
      issuedSomething.has(cert.fingerprintSha256) || isCa(cert) ? 'ca' : ctx.role;
    const { roles, purpose } = judgedAs(cert, role);
    const verdictsOfRoles = inferRoles(cert, locale, roles);
    // The member addresses are etcd's: a certificate that is not etcd's is not checked against them.
    const serving =
      purpose === undefined &&
      verdictsOfRoles.some((v) => v.ok && (v.role === 'etcd-server' || v.role === 'etcd-peer'));
    const chainCtx = chainContext(cert, chain);
    const { pem: _pem, ...certificate } = cert;
    return {
      file: s.file,
      index: s.index,
      certificate,
      roles,
      ...(purpose ? { purpose } : {}),
      verdicts: verdictsOfRoles,
      issuer:
        signer.status === 'self-signed'
          ? { status: 'self-signed' }
          : signer.status === 'found'
            ? { status: 'found', ...ref(signer.signer) }
            : signer.status === 'wrong'
              ? {
                  status: 'wrong',
                  issuer: cert.issuer.text,
                  candidates: signer.candidates.map(ref),
                }
              : {
                  status: 'missing',
                  issuer: cert.issuer.text,
                  ...(cert.authorityKeyId ? { authorityKeyId: cert.authorityKeyId } : {}),
                },
      chain,
      keyFiles:
        cert.publicKeySha256 === undefined
          ? []
          : (keysByPublicKey.get(cert.publicKeySha256) ?? []).map((k) => k.file),
      hostChecks: serving
        ? (ctx.hosts ?? []).map((host) => {
            const r = verifyCertificateHostname(cert, host);
            return r.ok ? { host, ok: true } : { host, ok: false, error: r.error };
          })
        : [],
      findings: lintCertificate(
        cert,
        { ...ctx, role, ...(issuer ? { issuer } : {}), ...(chainCtx ? { chain: chainCtx } : {}) },
        locale,
      ),
    };
  });

  const keys = keyItems.map((k): KeyReport => ({
    file: k.file,
    index: k.index,
    key: k.item,
    certificates: (k.item.publicKeySha256 === undefined
      ? []
      : (certsByPublicKey.get(k.item.publicKeySha256) ?? [])
    ).map(ref),
  }));
  const others = items
    .filter(
      (s): s is SourcedItem & { item: DecodedCsr | DecodedCrl } =>
        s.item.kind === 'csr' || s.item.kind === 'crl',
    )
    .map((s) => ({ file: s.file, index: s.index, item: s.item }));
  const all = certificates.flatMap((c) => c.findings);
  return {
    certificates,
    keys,
    others,
    lintErrors: all.filter((f) => f.severity === 'error').length,
    lintWarnings: all.filter((f) => f.severity === 'warning').length,
    lintNotes: all.filter((f) => f.severity === 'info').length,
    notEtcd: certificates.filter((c) => c.purpose !== undefined).length,
  };
}
