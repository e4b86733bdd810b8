import { describe, expect, it } from 'vitest';
import type { IssuedCertSummary } from '../../../../shared/ipc/channels-pki';
import { decodeBytes } from '../../../../shared/pki/decode';
import { issuePki } from '../../../../shared/pki/issue';
import { validatePlan } from '../../../../shared/plan/plan';
import type { Plan, PlanInput } from '../../../../shared/plan/schema';
import { fixFor } from './review-fixes';
import { lintIssued } from './review-lint';

const crypto = globalThis.crypto as unknown as Crypto;
const NOW = new Date();

async function issue(draft: PlanInput): Promise<{ plan: Plan; certs: IssuedCertSummary[] }> {
  const v = validatePlan(draft);
  if (!v.plan) throw new Error(JSON.stringify(v.issues));
  const r = await issuePki(v.plan, { crypto, now: NOW });
  if (!r.ok) throw new Error(r.error.message);
  const decode = async (pem: string) => {
    const d = await decodeBytes(new TextEncoder().encode(pem), 'x', { crypto });
    const c = d.ok ? d.value.items[0] : undefined;
    if (c?.kind !== 'certificate') throw new Error('not decoded');
    return c;
  };
  const certs: IssuedCertSummary[] = [
    {
      id: 'ca',
      role: 'ca',
      name: 'ca',
      fileBase: 'ca/ca',
      certificate: await decode(r.value.ca.certPem),
    },
  ];
  for (const c of r.value.certs)
    certs.push({
      id: c.spec.id,
      role: c.spec.role,
      name: c.spec.member ?? c.spec.client ?? c.spec.id,
      fileBase: c.spec.id,
      certificate: await decode(c.certPem),
    });
  return { plan: v.plan, certs };
}

/** Applies every offered fix once (deduplicated by id), as the review step's buttons do. */
async function fixAll(draft: PlanInput) {
  const { plan, certs } = await issue(draft);
  const findings = lintIssued(plan, certs, NOW, 'en');
  const ca = certs.find((c) => c.role === 'ca');
  const fixes = new Map(
    certs
      .flatMap((c) => (findings.get(c.id) ?? []).map((f) => fixFor(f, c, ca, NOW)))
      .filter((f) => f !== undefined)
      .map((f) => [f.id, f]),
  );
  return { findings, fixes, fixed: [...fixes.values()].reduce((d, f) => f.apply(d), draft) };
}

const base: PlanInput = {
  version: 1,
  cluster: {
    members: [
      { name: 'etcd0', addresses: ['10.0.0.10'] },
      { name: 'etcd1', addresses: ['10.0.0.11'] },
    ],
  },
  clients: ['etcdctl'],
};

describe('one-click fixes of review findings', () => {
  it('a plan the wizard issues from has no findings and no fixes', async () => {
    const { findings, fixes } = await fixAll(base);
    expect([...findings.values()].flat()).toEqual([]);
    expect(fixes.size).toBe(0);
  });

  it('an APISIX host missing from the server SANs is fixed by adding it to the extra SANs', async () => {
    const draft: PlanInput = {
      ...base,
      clients: ['etcdctl', 'apisix'],
      apisix: { hosts: ['etcd-lb.example.internal'] },
    };
    const { findings, fixes, fixed } = await fixAll(draft);
    expect(findings.get('server:etcd0')?.map((f) => f.ruleId)).toContain('host-not-in-sans');
    expect(findings.get('peer:etcd0')?.map((f) => f.ruleId) ?? []).not.toContain(
      'host-not-in-sans',
    );
    expect([...fixes.keys()]).toEqual(['san:etcd-lb.example.internal']);
    expect(fixed.cluster.extraSans).toEqual(['etcd-lb.example.internal']);
    const again = await fixAll(fixed);
    expect([...again.findings.values()].flat()).toEqual([]);
  });

  it('the APISIX CN rule with etcd auth and missing loopback SANs are fixed in the plan', async () => {
    const draft: PlanInput = {
      ...base,
      etcd: { auth: true },
      cluster: { ...base.cluster, loopbackSans: false },
      clients: ['etcdctl', { name: 'apisix', kind: 'apisix', commonName: 'apisix' }],
    };
    const { findings, fixes, fixed } = await fixAll(draft);
    expect(findings.get('client:apisix')?.map((f) => f.ruleId)).toContain(
      'apisix-client-cn-with-auth',
    );
    expect(findings.get('server:etcd1')?.map((f) => f.ruleId)).toContain('server-missing-loopback');
    expect(new Set(fixes.keys())).toEqual(new Set(['apisix-cn:apisix', 'loopback']));
    const again = await fixAll(fixed);
    expect([...again.findings.values()].flat()).toEqual([]);
    expect(fixed.clients).toEqual(['etcdctl', { name: 'apisix', kind: 'apisix', commonName: '' }]);
  });

  it('*.etcd is a valid extra SAN; only with an APISIX client does the OpenSSL wildcard rule warn', async () => {
    const wild: PlanInput = { ...base, cluster: { ...base.cluster, extraSans: ['*.etcd'] } };
    const go = await fixAll(wild);
    expect([...go.findings.values()].flat()).toEqual([]);
    const apisix = await fixAll({ ...wild, clients: ['etcdctl', 'apisix'] });
    const ids = (id: string) => apisix.findings.get(id)?.map((f) => f.ruleId) ?? [];
    expect(ids('server:etcd0')).toContain('wildcard-openssl');
    expect(ids('peer:etcd0')).not.toContain('wildcard-openssl');
  });
});
