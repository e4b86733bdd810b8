import { describe, expect, it } from 'vitest';
import type { CertificateReport, InspectionAnalysis } from '../../../shared/lint/inspect-report';
import { planSchema } from '../../../shared/plan/schema';
import { planName, renewalFrom } from './renewal';

const cert = (
  over: Partial<CertificateReport> & { cn: string; sans?: string[]; ca?: boolean },
): CertificateReport => ({
  file: `${over.cn}.pem`,
  index: 0,
  roles: over.roles ?? (over.ca ? ['ca'] : ['etcd-server', 'etcd-peer']),
  ...(over.purpose ? { purpose: over.purpose } : {}),
  verdicts: [],
  issuer:
    over.issuer ??
    (over.ca
      ? { status: 'self-signed' }
      : { status: 'found', file: 'ca.pem', subject: 'CN=ca', fingerprintSha256: 'CA' }),
  chain: { status: 'trusted', chains: [], serverAuth: true, clientAuth: true },
  keyFiles: over.keyFiles ?? [],
  hostChecks: [],
  findings: [],
  certificate: {
    kind: 'certificate',
    subject: { text: `CN=${over.cn}`, commonName: over.cn },
    issuer: { text: 'CN=ca', commonName: 'ca' },
    serialHex: '01',
    serialLength: 1,
    serialNegative: false,
    serialZero: false,
    notBefore: '2025-01-01T00:00:00Z',
    notAfter: over.ca ? '2035-01-01T00:00:00Z' : '2026-01-01T00:00:00Z',
    key: { type: 'ec', bits: 256, curve: 'P-256' },
    signatureAlgorithm: 'ecdsa-with-SHA256',
    sans: (over.sans ?? []).map((v) =>
      /^[\d.]+$/.test(v) ? { type: 'ip', value: v } : { type: 'dns', value: v },
    ),
    selfSigned: over.ca ?? false,
    fingerprintSha256: over.ca ? 'CA' : over.cn,
    version: 3,
  },
});

describe('renewal plan from an inspected set', () => {
  it('keeps members, SANs, clients and the CA (with its key file)', () => {
    const analysis: InspectionAnalysis = {
      certificates: [
        cert({ cn: 'ca', ca: true, keyFiles: ['ca.key'] }),
        cert({
          cn: 'etcd0',
          sans: ['etcd0-0.etcd', 'localhost', '127.0.0.1', '10.0.0.1', '*.etcd.svc', 'etcd.lb'],
        }),
        cert({ cn: 'etcd1', sans: ['etcd1-0.etcd', '127.0.0.1', 'etcd.lb'] }),
        cert({ cn: 'kube-apiserver-etcd-client', roles: ['client'] }),
        cert({ cn: 'etcdctl', roles: ['client'] }),
      ],
      keys: [],
      others: [],
      lintErrors: 0,
      lintWarnings: 0,
      lintNotes: 0,
      notEtcd: 0,
    };
    const r = renewalFrom(analysis)!;
    expect(r.ca).toEqual({ certFile: 'ca.pem', keyFile: 'ca.key', subject: 'CN=ca' });
    expect(r.draft.cluster.members).toEqual([
      { name: 'etcd0', addresses: ['etcd0-0.etcd', '10.0.0.1'] },
      { name: 'etcd1', addresses: ['etcd1-0.etcd'] },
    ]);
    // A name on every member's certificate is the cluster's, not a member's.
    expect(r.draft.cluster.extraSans).toEqual(['*.etcd.svc', 'etcd.lb']);
    expect(r.draft.cluster.loopbackSans).toBe(true);
    expect(r.draft.clients).toEqual([
      {
        name: 'kube-apiserver-etcd-client',
        kind: 'kube-apiserver',
        commonName: 'kube-apiserver-etcd-client',
      },
      { name: 'etcdctl', kind: 'etcdctl', commonName: 'etcdctl' },
    ]);
    expect(r.draft.leaf).toEqual({ key: 'ecdsa-p256', validityDays: 365 });
    // Each planned certificate knows the found one it replaces.
    expect(r.previous.map((p) => `${p.id}=${p.report.certificate.subject.commonName}`)).toEqual([
      'server:etcd0=etcd0',
      'peer:etcd0=etcd0',
      'server:etcd1=etcd1',
      'peer:etcd1=etcd1',
      'client:kube-apiserver-etcd-client=kube-apiserver-etcd-client',
      'client:etcdctl=etcdctl',
    ]);
    // The draft is a valid plan as it stands.
    expect(planSchema.safeParse(r.draft).success).toBe(true);
  });

  it('does not renew kube-apiserver’s own certificates as etcd members or clients', () => {
    const analysis: InspectionAnalysis = {
      certificates: [
        cert({ cn: 'ca', ca: true }),
        cert({ cn: 'node1', sans: ['node1', '10.0.0.10'] }),
        cert({
          cn: 'kube-apiserver',
          sans: ['kubernetes.default.svc', '10.96.0.1'],
          roles: [],
          purpose: 'kube-apiserver-serving',
        }),
        cert({ cn: 'front-proxy-client', roles: [], purpose: 'kube-front-proxy-client' }),
        cert({ cn: 'kube-apiserver-etcd-client', roles: ['client'] }),
      ],
      keys: [],
      others: [],
      lintErrors: 0,
      lintWarnings: 0,
      lintNotes: 0,
      notEtcd: 2,
    };
    const r = renewalFrom(analysis)!;
    expect(r.draft.cluster.members).toEqual([{ name: 'node1', addresses: ['node1', '10.0.0.10'] }]);
    expect(r.draft.clients).toEqual([
      {
        name: 'kube-apiserver-etcd-client',
        kind: 'kube-apiserver',
        commonName: 'kube-apiserver-etcd-client',
      },
    ]);
    expect(r.previous.map((p) => p.id)).toEqual([
      'server:node1',
      'peer:node1',
      'client:kube-apiserver-etcd-client',
    ]);
    // Nothing of etcd's among them: nothing to renew.
    expect(
      renewalFrom({
        ...analysis,
        certificates: [analysis.certificates[0]!, analysis.certificates[2]!],
      }),
    ).toBeUndefined();
  });

  it('makes plan-valid names and gives up without leaves', () => {
    expect(planName('etcd 0!', 'x')).toBe('etcd-0');
    expect(planName('', 'client0')).toBe('client0');
    expect(
      renewalFrom({
        certificates: [cert({ cn: 'ca', ca: true })],
        keys: [],
        others: [],
        lintErrors: 0,
        lintWarnings: 0,
        lintNotes: 0,
        notEtcd: 0,
      }),
    ).toBeUndefined();
  });
});
