/**
 * One-click fixes: for the lint findings that come from the plan (not from the PKI core), the
 * change to the plan draft that removes them. The review step applies one and issues again.
 */
import type { Finding } from '../../../../shared/lint';
import type { IssuedCertSummary } from '../../../../shared/ipc/channels-pki';
import type { PlanInput } from '../../../../shared/plan/schema';

/** A fix: what it does (an i18n key under review.fix with its values) and the draft change. */
export interface PlanFix {
  /** Stable id: the same fix offered on several certificates is applied once. */
  readonly id: string;
  readonly label: 'addExtraSan' | 'loopback' | 'apisixEmptyCn' | 'shortenLeaf' | 'ecdsaLeaf';
  readonly values: { readonly host: string; readonly client: string; readonly days: string };
  readonly apply: (draft: PlanInput) => PlanInput;
}

const DAY_MS = 86_400_000;

const values = (v: Partial<PlanFix['values']>): PlanFix['values'] => ({
  host: '',
  client: '',
  days: '',
  ...v,
});

type Cluster = PlanInput['cluster'];
const withCluster = (d: PlanInput, c: Partial<Cluster>): PlanInput => ({
  ...d,
  cluster: { ...d.cluster, ...c },
});

/** The fix for a finding on `cert`, or undefined when the plan cannot remove it. */
export function fixFor(
  finding: Finding,
  cert: IssuedCertSummary,
  ca: IssuedCertSummary | undefined,
  now: Date,
): PlanFix | undefined {
  switch (finding.ruleId) {
    case 'host-not-in-sans': {
      const host = finding.params.host;
      if (!host) return undefined;
      return {
        id: `san:${host}`,
        label: 'addExtraSan',
        values: values({ host }),
        apply: (d) => {
          const extra = d.cluster.extraSans ?? [];
          return extra.includes(host) ? d : withCluster(d, { extraSans: [...extra, host] });
        },
      };
    }
    case 'server-missing-loopback':
      return {
        id: 'loopback',
        label: 'loopback',
        values: values({}),
        apply: (d) => withCluster(d, { loopbackSans: true }),
      };
    case 'apisix-client-cn-with-auth': {
      const name = cert.name;
      return {
        id: `apisix-cn:${name}`,
        label: 'apisixEmptyCn',
        values: values({ client: name }),
        apply: (d) => ({
          ...d,
          clients: (d.clients ?? []).map((c) =>
            (typeof c === 'string' ? c : c.name) !== name
              ? c
              : {
                  ...(typeof c === 'string' ? { name: c, kind: 'apisix' as const } : c),
                  commonName: '',
                },
          ),
        }),
      };
    }
    case 'leaf-outlives-ca': {
      if (!ca) return undefined;
      const days = Math.floor((Date.parse(ca.certificate.notAfter) - now.getTime()) / DAY_MS) - 1;
      if (days < 1) return undefined;
      return {
        id: 'leaf-days',
        label: 'shortenLeaf',
        values: values({ days: String(days) }),
        apply: (d) => ({ ...d, leaf: { ...d.leaf, validityDays: days } }),
      };
    }
    case 'rsa-key-too-small':
      if (cert.role === 'ca') return undefined;
      return {
        id: 'leaf-key',
        label: 'ecdsaLeaf',
        values: values({}),
        apply: (d) => ({ ...d, leaf: { ...d.leaf, key: 'ecdsa-p256' } }),
      };
    default:
      return undefined;
  }
}
