import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../pki/decode';
import { issuePki } from '../pki/issue';
import type { DecodedCertificate, San } from '../pki/model';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../plan/plan';
import { lintCertificate } from './lint';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH_CN } from './messages-zh-CN';
import { foreignPurpose, judgedAs } from './purpose';
import { renderText } from '../text/render';

const crypto = webcrypto as unknown as Crypto;
const NOW = new Date('2025-03-01T12:00:00Z');

/** The example plan's etcd server and client certificates, decoded. */
async function examples(): Promise<{ server: DecodedCertificate; client: DecodedCertificate }> {
  const plan = parsePlanYaml(EXAMPLE_PLAN_YAML);
  if (!plan.ok) throw new Error(renderText(plan.error.text, 'en'));
  const pki = await issuePki(plan.value, { crypto, now: NOW });
  if (!pki.ok) throw new Error(renderText(pki.error.text, 'en'));
  const decode = async (role: string): Promise<DecodedCertificate> => {
    const pem = pki.value.certs.find((c) => c.spec.role === role)!.certPem;
    const r = await decodeBytes(new TextEncoder().encode(pem), 'x.pem', { crypto });
    if (!r.ok || r.value.items[0]?.kind !== 'certificate') throw new Error('not a certificate');
    return r.value.items[0];
  };
  return { server: await decode('etcd-server'), client: await decode('client') };
}

const KUBE_SANS: San[] = [
  { type: 'dns', value: 'kubernetes' },
  { type: 'dns', value: 'kubernetes.default' },
  { type: 'dns', value: 'kubernetes.default.svc' },
  { type: 'dns', value: 'kubernetes.default.svc.cluster.local' },
  { type: 'ip', value: '10.96.0.1' },
];

/** kube-apiserver's serving certificate as kubeadm makes it: serverAuth only, Service names. */
const apiserver = (base: DecodedCertificate, over: Partial<DecodedCertificate> = {}) => ({
  ...base,
  subject: { text: 'CN=kube-apiserver', commonName: 'kube-apiserver' },
  sans: KUBE_SANS,
  extKeyUsage: { critical: false, usages: ['serverAuth'] },
  ...over,
});

describe('certificates not used by etcd', () => {
  it('recognises kube-apiserver’s serving certificate by its Service name or kubeadm’s CN', async () => {
    const { server } = await examples();
    expect(foreignPurpose(apiserver(server))).toBe('kube-apiserver-serving');
    const other = { text: 'CN=api', commonName: 'api' };
    for (const name of ['kubernetes.default.svc', 'KUBERNETES.default.svc.corp.example'])
      expect(
        foreignPurpose(apiserver(server, { subject: other, sans: [{ type: 'dns', value: name }] })),
      ).toBe('kube-apiserver-serving');
    expect(foreignPurpose(apiserver(server, { sans: [] }))).toBe('kube-apiserver-serving');
    // Neither the Service name nor kubeadm's CN: judged as etcd's.
    for (const name of ['kubernetes.default', 'etcd.kubernetes.default.svc'])
      expect(
        foreignPurpose(apiserver(server, { subject: other, sans: [{ type: 'dns', value: name }] })),
      ).toBeUndefined();
  });

  it('keeps a certificate that could also be etcd’s (both usages, or a CA) as etcd’s', async () => {
    const { server } = await examples();
    // Kubernetes The Hard Way shares one serverAuth+clientAuth certificate with etcd.
    const shared = apiserver(server, {
      extKeyUsage: { critical: false, usages: ['serverAuth', 'clientAuth'] },
    });
    expect(foreignPurpose(shared)).toBeUndefined();
    expect(judgedAs(shared).roles).toEqual(['etcd-server', 'etcd-peer']);
    expect(foreignPurpose(apiserver(server, { extKeyUsage: undefined }))).toBeUndefined();
    const ca = apiserver(server, { basicConstraints: { critical: true, ca: true } });
    expect(foreignPurpose(ca)).toBeUndefined();
  });

  it('recognises kubeadm’s client-only leaves that are not etcd’s, not the etcd client', async () => {
    const { client } = await examples();
    const named = (cn: string) => ({ ...client, subject: { text: `CN=${cn}`, commonName: cn } });
    expect(foreignPurpose(named('kube-apiserver-kubelet-client'))).toBe(
      'kube-apiserver-kubelet-client',
    );
    expect(foreignPurpose(named('front-proxy-client'))).toBe('kube-front-proxy-client');
    expect(foreignPurpose(named('kube-apiserver-etcd-client'))).toBeUndefined();
    expect(foreignPurpose(named('kube-etcd-healthcheck-client'))).toBeUndefined();
    // Clean as clients before, still clean.
    expect(lintCertificate(named('front-proxy-client'), { now: NOW })).toEqual([]);
  });

  it('gives no etcd-role finding, but the findings any certificate gets', async () => {
    const { server } = await examples();
    const cert = apiserver(server);
    expect(judgedAs(cert)).toEqual({ roles: [], purpose: 'kube-apiserver-serving' });
    expect(lintCertificate(cert, { now: NOW, hosts: ['10.0.0.10', 'etcd0'] })).toEqual([]);
    const expired = apiserver(server, { notAfter: '2025-01-01T00:00:00.000Z' });
    const findings = lintCertificate(expired, { now: NOW, hosts: ['etcd0'] }, 'zh-CN');
    expect(findings.map((f) => f.ruleId)).toEqual(['expired']);
    expect(findings[0]).toMatchObject({ severity: 'error' });
    expect(findings[0]!.role).toBeUndefined();
  });

  it('judges it as etcd’s when the user gives the role', async () => {
    const { server } = await examples();
    const ids = lintCertificate(apiserver(server), { now: NOW, role: 'etcd-server' }).map(
      (f) => f.ruleId,
    );
    expect(ids).toContain('server-missing-client-auth');
    expect(ids).toContain('server-missing-loopback');
    expect(judgedAs(apiserver(server), 'etcd-server')).toEqual({ roles: ['etcd-server'] });
  });

  it('says what it is in both languages', () => {
    expect(Object.keys(MESSAGES_ZH_CN.purposes)).toEqual(Object.keys(MESSAGES_EN.purposes));
    expect(MESSAGES_EN.purposes['kube-apiserver-serving']).toBe(
      'kube-apiserver serving certificate — not used by etcd',
    );
    expect(MESSAGES_ZH_CN.purposes['kube-apiserver-serving']).toBe(
      'kube-apiserver 服务端证书，etcd 不使用',
    );
  });
});
