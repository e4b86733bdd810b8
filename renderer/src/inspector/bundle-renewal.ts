/**
 * Renewal from the inspector on the day-2 page. A dropped bundle (the set holds its plan.yaml and
 * manifest.json) renews its own certificates from its own CA, names exactly as issued: this picks
 * which (those with a finding a new certificate fixes, else all). Loose certificates renew
 * through a plan rebuilt from them (renewal.ts): this hands over their CA certificate and the old
 * certificate of each planned one. Both say what gets fixed. Pure: the store actions feed them.
 */
import type { Day2Bundle, Day2Certificate } from '../../../shared/ipc/channels-day2';
import type { InspectFilePayload, InspectedFile } from '../../../shared/ipc/channels-inspect';
import type { Finding, LintRuleId } from '../../../shared/lint';
import type { CertificateReport, InspectionAnalysis } from '../../../shared/lint/inspect-report';
import type { RenewalBanner, RenewedName } from '../store/day2-slice';
import type { RenewalSource } from './renewal';

/**
 * Findings a renewal does not fix: it keeps the names and roles of each certificate, and the CA
 * stays the same.
 */
const NOT_FIXED: ReadonlySet<LintRuleId> = new Set<LintRuleId>([
  'no-sans',
  'host-not-in-sans',
  'server-missing-loopback',
  'invalid-wildcard',
  'apisix-client-cn-with-auth',
  'ca-not-ca',
  'ca-missing-key-cert-sign',
]);

const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

/** True when the dropped files hold a bundle this app wrote (plan.yaml and manifest.json). */
export function holdsBundle(inputs: readonly InspectFilePayload[]): boolean {
  const names = new Set(inputs.map((f) => baseName(f.name.replace(/\\/g, '/'))));
  return names.has('manifest.json') && names.has('plan.yaml');
}

/** Findings of `report` that a new certificate fixes. */
const fixable = (report: CertificateReport | undefined): Finding[] => {
  const seen = new Set<string>();
  return (report?.findings ?? []).filter((f) => {
    if (f.severity === 'info' || NOT_FIXED.has(f.ruleId) || seen.has(f.ruleId)) return false;
    seen.add(f.ruleId);
    return true;
  });
};

/** The certificates of `bundle` to renew, and the banner that says why. */
export function bundleRenewal(
  bundle: Day2Bundle,
  analysis: InspectionAnalysis,
): { ids: string[]; banner: RenewalBanner } {
  const fixes: { id: string; name: string; role: Day2Certificate['role']; finding: Finding }[] = [];
  for (const c of bundle.certificates) {
    const report = analysis.certificates.find(
      (r) => r.certificate.fingerprintSha256 === c.certificate.fingerprintSha256,
    );
    for (const f of fixable(report))
      fixes.push({ id: c.id, name: c.name, role: c.role, finding: f });
  }
  const flagged = new Set(fixes.map((f) => f.id));
  const chosen = bundle.certificates.filter((c) => flagged.size === 0 || flagged.has(c.id));
  return {
    ids: chosen.map((c) => c.id),
    banner: {
      certificates: chosen.map((c) => ({ name: c.name, role: c.role })),
      fixes: fixes.map(({ name, role, finding }) => ({ name, role, finding })),
      caSubject: bundle.ca.subject.text,
    },
  };
}

/** What the day-2 page needs to renew loose certificates through a rebuilt plan. */
export interface LooseRenewal {
  readonly caCertPem: string;
  readonly previous: readonly { readonly id: string; readonly pem: string }[];
  readonly banner: RenewalBanner;
}

/** The PEM of a found certificate, from the file it was read from. */
function pemOf(report: CertificateReport, files: readonly InspectedFile[]): string | undefined {
  const item = files.find((f) => f.name === report.file)?.items[report.index];
  return item?.kind === 'certificate' ? item.pem : undefined;
}

const roleOf = (id: string): RenewedName['role'] =>
  id.startsWith('server:') ? 'etcd-server' : id.startsWith('peer:') ? 'etcd-peer' : 'client';

/** The loose renewal; undefined without a CA certificate among the files (the wizard makes one). */
export function looseRenewal(
  source: RenewalSource,
  analysis: InspectionAnalysis,
  files: readonly InspectedFile[],
): LooseRenewal | undefined {
  const ca = source.ca && analysis.certificates.find((c) => c.file === source.ca!.certFile);
  const caCertPem = ca && pemOf(ca, files);
  if (!ca || !caCertPem) return undefined;
  const previous: { id: string; pem: string }[] = [];
  const certificates: RenewedName[] = [];
  const fixes: (RenewedName & { finding: Finding })[] = [];
  const listed = new Set<string>();
  for (const p of source.previous) {
    const pem = pemOf(p.report, files);
    if (!pem) continue;
    const named = { name: p.id.slice(p.id.indexOf(':') + 1), role: roleOf(p.id) };
    previous.push({ id: p.id, pem });
    certificates.push(named);
    // One certificate may stand for two (server and peer): its findings are listed once.
    const fp = p.report.certificate.fingerprintSha256;
    if (listed.has(fp)) continue;
    listed.add(fp);
    for (const finding of fixable(p.report)) fixes.push({ ...named, finding });
  }
  return {
    caCertPem,
    previous,
    banner: { certificates, fixes, caSubject: ca.certificate.subject.text },
  };
}
