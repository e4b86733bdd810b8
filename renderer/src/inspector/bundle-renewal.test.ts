import { describe, expect, it } from 'vitest';
import type { Day2Bundle } from '../../../shared/ipc/channels-day2';
import type { Finding, LintRuleId } from '../../../shared/lint';
import type { CertificateReport, InspectionAnalysis } from '../../../shared/lint/inspect-report';
import { bundleRenewal, holdsBundle, looseRenewal } from './bundle-renewal';
import type { RenewalSource } from './renewal';
import type { InspectedFile } from '../../../shared/ipc/channels-inspect';

const finding = (ruleId: LintRuleId, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId,
  severity,
  impact: 'breaks',
  role: 'etcd-server',
  title: ruleId,
  explanation: '',
  seenAs: '',
  fix: '',
  reference: '',
  detail: '',
  params: {},
});

const bundle = {
  ca: { subject: { text: 'CN=ca' } },
  certificates: ['server:n1', 'peer:n1', 'client:etcdctl'].map((id) => ({
    id,
    name: id.split(':')[1],
    role: id.startsWith('server') ? 'etcd-server' : id.startsWith('peer') ? 'etcd-peer' : 'client',
    certificate: { fingerprintSha256: `fp-${id}` },
  })),
} as unknown as Day2Bundle;

const analysis = (findings: Record<string, Finding[]>): InspectionAnalysis =>
  ({
    certificates: Object.entries(findings).map(
      ([id, list]) =>
        ({
          certificate: { fingerprintSha256: `fp-${id}` },
          findings: list,
        }) as unknown as CertificateReport,
    ),
  }) as unknown as InspectionAnalysis;

describe('renewing a dropped bundle', () => {
  it('recognises a bundle by its plan.yaml and manifest.json, wherever the folder starts', () => {
    const f = (name: string) => ({ name, bytes: new Uint8Array() });
    expect(holdsBundle([f('b/plan.yaml'), f('b/manifest.json'), f('b/ca/ca.crt')])).toBe(true);
    expect(holdsBundle([f('plan.yaml'), f('ca.crt')])).toBe(false);
  });

  it('renews the certificates a new certificate fixes, and names what it fixes', () => {
    const r = bundleRenewal(
      bundle,
      analysis({
        'server:n1': [finding('expiring-soon'), finding('host-not-in-sans', 'error')],
        'peer:n1': [finding('missing-ski', 'info')],
        'client:etcdctl': [finding('expired', 'error'), finding('expired', 'error')],
      }),
    );
    expect(r.ids).toEqual(['server:n1', 'client:etcdctl']);
    // Names stay as issued, so a host missing from the SANs is not fixed; info is not a problem.
    expect(r.banner.fixes.map((f) => `${f.name} ${f.role} ${f.finding.ruleId}`)).toEqual([
      'n1 etcd-server expiring-soon',
      'etcdctl client expired',
    ]);
    expect(r.banner.caSubject).toBe('CN=ca');
  });

  it('renews everything when nothing is wrong', () => {
    const r = bundleRenewal(bundle, analysis({ 'server:n1': [finding('no-sans', 'error')] }));
    expect(r.ids).toHaveLength(3);
    expect(r.banner.fixes).toEqual([]);
  });

  it('hands loose certificates over with their PEM, listing a shared certificate’s findings once', () => {
    const report = (file: string, fp: string, findings: Finding[] = []) =>
      ({
        file,
        index: 0,
        certificate: { fingerprintSha256: fp, subject: { text: `CN=${fp}` } },
        findings,
      }) as unknown as CertificateReport;
    const ca = report('ca.pem', 'ca');
    const etcd0 = report('etcd0.pem', 'etcd0', [finding('expired', 'error')]);
    const source = {
      ca: { certFile: 'ca.pem', subject: 'CN=ca' },
      previous: [
        { id: 'server:etcd0', report: etcd0 },
        { id: 'peer:etcd0', report: etcd0 },
      ],
    } as unknown as RenewalSource;
    const files = ['ca.pem', 'etcd0.pem'].map(
      (name) =>
        ({
          name,
          items: [{ kind: 'certificate', pem: `PEM of ${name}` }],
        }) as unknown as InspectedFile,
    );
    const a = { certificates: [ca, etcd0] } as unknown as InspectionAnalysis;
    const r = looseRenewal(source, a, files)!;
    expect(r.caCertPem).toBe('PEM of ca.pem');
    expect(r.previous).toEqual([
      { id: 'server:etcd0', pem: 'PEM of etcd0.pem' },
      { id: 'peer:etcd0', pem: 'PEM of etcd0.pem' },
    ]);
    expect(r.banner.certificates.map((c) => c.role)).toEqual(['etcd-server', 'etcd-peer']);
    expect(r.banner.fixes.map((f) => f.finding.ruleId)).toEqual(['expired']);
    expect(r.banner.caSubject).toBe('CN=ca');
    // Without a CA certificate among the files there is nothing to renew from here.
    expect(looseRenewal({ ...source, ca: undefined }, a, files)).toBeUndefined();
  });
});
