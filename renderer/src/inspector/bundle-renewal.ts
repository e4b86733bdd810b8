/**
 * Renewal of a dropped bundle (the set holds its plan.yaml and manifest.json): the day-2 page
 * renews the bundle's own certificates from its own CA, so the names stay exactly as issued.
 * This picks which ones (those with a finding that a new certificate fixes, else all) and says
 * what gets fixed. Pure: the store action feeds it.
 */
import type { Day2Bundle, Day2Certificate } from '../../../shared/ipc/channels-day2';
import type { InspectFilePayload } from '../../../shared/ipc/channels-inspect';
import type { Finding, LintRuleId } from '../../../shared/lint';
import type { InspectionAnalysis } from '../../../shared/lint/inspect-report';
import type { RenewalBanner } from '../store/day2-slice';

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
    const seen = new Set<string>();
    for (const f of report?.findings ?? []) {
      if (f.severity === 'info' || NOT_FIXED.has(f.ruleId) || seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      fixes.push({ id: c.id, name: c.name, role: c.role, finding: f });
    }
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
