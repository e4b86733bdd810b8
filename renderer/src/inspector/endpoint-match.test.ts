/**
 * One verdict per endpoint, on a PKI issued from the example plan: the certificate is the one the
 * etcd config names, else the plan member's, else the one whose SANs name the host; the verdict
 * is Go's, and an APISIX endpoint that only a one-label wildcard covers is called out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, type SourcedItem } from '../../../shared/lint/inspect-report';
import { decodeBytes } from '../../../shared/pki/decode';
import { issuePki } from '../../../shared/pki/issue';
import type { DecodedCertificate } from '../../../shared/pki/model';
import type { Crypto } from '../../../shared/pki/webcrypto';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../../../shared/plan/plan';
import { judgeEndpoint, servingEntries } from './endpoint-match';
import { parseEndpoint } from './endpoints';
import type { CertEntry } from './use-inspection';
import { renderText } from '../../../shared/text/render';

const crypto = globalThis.crypto as unknown as Crypto;
const NOW = new Date('2026-03-01T12:00:00Z');

describe('the certificate served at an endpoint, and Go’s verdict on it', () => {
  let entries: CertEntry[] = [];
  /** The same leaves inspected without their CA. */
  let withoutCa: CertEntry[] = [];
  const ep = (text: string) => parseEndpoint(text)!;
  const judge = (text: string, hint?: Parameters<typeof judgeEndpoint>[1], only?: CertEntry[]) =>
    judgeEndpoint(ep(text), hint, servingEntries(only ?? entries), NOW);

  beforeAll(async () => {
    const yaml = EXAMPLE_PLAN_YAML.replace('extraSans: []', 'extraSans: ["*.etcd"]');
    const plan = parsePlanYaml(yaml);
    if (!plan.ok) throw new Error(renderText(plan.error.text, 'en'));
    const pki = await issuePki(plan.value, { crypto, now: new Date(NOW.getTime() - 86_400_000) });
    if (!pki.ok) throw new Error(renderText(pki.error.text, 'en'));
    const files: [string, string][] = [
      ['pki/ca.crt', pki.value.ca.certPem],
      ...pki.value.certs.map((c): [string, string] => [
        c.spec.member
          ? `bundle/nodes/${c.spec.member}/${c.spec.role === 'etcd-peer' ? 'peer' : 'server'}.crt`
          : `bundle/clients/${c.spec.client}.crt`,
        c.certPem,
      ]),
    ];
    const items: SourcedItem[] = [];
    for (const [file, pem] of files) {
      const r = await decodeBytes(new TextEncoder().encode(pem), file, { crypto });
      if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
      items.push({ file, index: 0, item: r.value.items[0]! });
    }
    const entriesOf = async (set: SourcedItem[]) =>
      (await analyse(set, { now: NOW }, { crypto })).certificates.map((report): CertEntry => {
        const item = set.find((i) => i.file === report.file)!.item as DecodedCertificate;
        return { report, cert: item, label: report.certificate.subject.commonName ?? report.file };
      });
    entries = await entriesOf(items);
    withoutCa = await entriesOf(items.slice(1));
  });

  it('takes the file an etcd config names, and says what Go says about it', () => {
    const r = judge('https://10.0.0.11:2379', {
      from: 'etcd.conf.yml',
      certFile: '/etc/etcd/pki/nodes/etcd0/server.crt',
    });
    expect(r.how).toBe('config');
    expect(r.how !== 'none' && r.entry.report.file).toBe('bundle/nodes/etcd0/server.crt');
    expect(r.how !== 'none' && r.verdict).toEqual({
      ok: false,
      stage: 'hostname',
      error: 'x509: certificate is valid for 10.0.0.10, 127.0.0.1, ::1, not 10.0.0.11',
    });
  });

  it('takes the plan member’s server certificate, or the one whose SANs name the host', () => {
    const plan = judge('https://10.0.0.12:2379', { from: 'plan', member: 'etcd2' });
    expect(plan.how === 'plan' && plan.entry.report.file).toBe('bundle/nodes/etcd2/server.crt');
    expect(plan.how !== 'none' && plan.verdict).toEqual({ ok: true });
    const bySan = judge('https://etcd1.example.internal:2379');
    expect(bySan.how === 'san' && bySan.entry.report.file).toBe('bundle/nodes/etcd1/server.crt');
    const peer = judge('https://etcd1.example.internal:2380');
    expect(peer.how === 'san' && peer.entry.report.file).toBe('bundle/nodes/etcd1/peer.crt');
  });

  it('calls out a one-label wildcard only where APISIX (OpenSSL) dials', () => {
    const go = judge('https://etcd0-0.etcd:2379');
    expect(go.how !== 'none' && go.verdict.ok).toBe(true);
    expect(go.how !== 'none' && go.opensslMiss).toBeUndefined();
    const apisix = judge('https://etcd0-0.etcd:2379', { from: 'config.yaml', openssl: true });
    expect(apisix.how !== 'none' && apisix.opensslMiss).toBe('*.etcd');
  });

  it('without the CA the chain is not checked; with no certificate naming the host, none is served', () => {
    const r = judge('https://etcd0.example.internal:2379', undefined, withoutCa);
    expect(r.how !== 'none' && r.verdict).toEqual({
      ok: false,
      stage: 'unchecked',
      error: 'x509: certificate signed by unknown authority',
    });
    const none = judge('https://other.example.internal:2379');
    expect(none.how).toBe('none');
  });
  it('never guesses a certificate that is not etcd’s (kube-apiserver’s) for an etcd endpoint', () => {
    const etcd0 = entries.find((e) => e.report.file === 'bundle/nodes/etcd0/server.crt')!;
    const apiserver: CertEntry = {
      ...etcd0,
      report: { ...etcd0.report, roles: [], purpose: 'kube-apiserver-serving' },
    };
    expect(servingEntries([etcd0, apiserver])).toEqual([etcd0]);
    expect(judge('https://10.0.0.10:2379', undefined, [apiserver]).how).toBe('none');
  });
});
