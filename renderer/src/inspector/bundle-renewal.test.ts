import { describe, expect, it } from 'vitest';
import type { Day2Bundle } from '../../../shared/ipc/channels-day2';
import type { Finding, LintRuleId } from '../../../shared/lint';
import type { CertificateReport, InspectionAnalysis } from '../../../shared/lint/inspect-report';
import { bundleRenewal, holdsBundle } from './bundle-renewal';

const finding = (ruleId: LintRuleId, severity: Finding['severity'] = 'warning'): Finding => ({
  ruleId,
  severity,
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
});
