/**
 * Lint of the issued certificates as the review step shows it: every certificate is checked for
 * the role the plan gave it, against the hosts its clients will dial (member addresses, and for
 * server certificates the names APISIX dials), so that a plan mistake shows up before export.
 */
import { lintCertificate, type Finding, type LintLocale } from '../../../../shared/lint';
import type { IssuedCertSummary } from '../../../../shared/ipc/channels-pki';
import { resolveClients } from '../../../../shared/plan/derive';
import type { Plan } from '../../../../shared/plan/schema';

/** Findings per certificate id (`ca`, `server:etcd0`…). */
export type ReviewFindings = ReadonlyMap<string, readonly Finding[]>;

/** Hosts a member's certificate must cover: its own addresses; APISIX's hosts for the server one. */
export function hostsFor(plan: Plan, summary: IssuedCertSummary): string[] {
  const member = plan.cluster.members.find((m) => m.name === summary.name);
  if (!member) return [];
  const own = [...member.addresses];
  if (summary.role !== 'etcd-server') return own;
  return [...own, ...(plan.apisix?.hosts ?? []).filter((h) => !own.includes(h))];
}

/** Lints every issued certificate in the context the plan gives it. */
export function lintIssued(
  plan: Plan,
  certs: readonly IssuedCertSummary[],
  now: Date,
  locale: LintLocale,
): ReviewFindings {
  const ca = certs.find((c) => c.role === 'ca')?.certificate;
  const clients = new Map(resolveClients(plan).map((c) => [c.name, c.kind] as const));
  // APISIX verifies the server certificates with OpenSSL: its wildcard rule then matters.
  const opensslClients = [...clients.values()].includes('apisix');
  const out = new Map<string, readonly Finding[]>();
  for (const c of certs) {
    const kind = c.role === 'client' ? clients.get(c.name) : undefined;
    out.set(
      c.id,
      lintCertificate(
        c.certificate,
        {
          role: c.role,
          now,
          etcdAuth: plan.etcd.auth,
          ...(c.role !== 'ca' && ca ? { issuer: ca } : {}),
          ...(c.role === 'etcd-server' || c.role === 'etcd-peer'
            ? { hosts: hostsFor(plan, c) }
            : {}),
          ...(c.role === 'etcd-server' && opensslClients ? { opensslClients } : {}),
          ...(kind ? { kind } : {}),
        },
        locale,
      ),
    );
  }
  return out;
}
