/**
 * The inspector's verdicts are Go's: folders made by openssl and cfssl (kubeadm-style, cfssl with
 * `*.etcd`, a re-generated CA with and without AKI, seeded defects) are inspected as a user
 * would, and for every certificate × host × usage our verdict equals crypto/x509's (the Go
 * judge), error text included, with every CA of the folder trusted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateReport } from '../../shared/lint/inspect-report';
import { goVerify, type VerifyUsage } from '../../shared/lint/trust';
import { verifyCertificateHostname } from '../../shared/pki/hostname';
import { pemBlocks, toPem } from '../../shared/pki/pem';
import {
  buildGoJudge,
  judge,
  judgeAll,
  type JudgeRequest,
  type JudgeUsage,
} from '../test-support/go-judge';
import { hasTool, needTool, tempDir } from '../test-support/tools';
import { makeVerdictCorpus, type VerdictSet } from '../test-support/verdict-corpus';
import { inspectExitCode, inspectPaths, type InspectReport } from './inspect-service';

const USAGES: readonly [JudgeUsage, VerifyUsage][] = [
  ['server', 'serverAuth'],
  ['client', 'clientAuth'],
  ['any', 'any'],
];

/** The PEM of a reported certificate, read back from its file by fingerprint. */
function pemOf(c: CertificateReport): string {
  const want = c.certificate.fingerprintSha256.replace(/:/g, '').toLowerCase();
  const block = pemBlocks(readFileSync(c.file, 'utf8')).find(
    (b) => b.label === 'CERTIFICATE' && createHash('sha256').update(b.der).digest('hex') === want,
  );
  if (!block) throw new Error(`no certificate ${want} in ${c.file}`);
  return toPem('CERTIFICATE', block.der);
}

describe.skipIf(!needTool('openssl') || !needTool('go'))("inspector verdicts equal Go's", () => {
  const root = tempDir('etw-parity-');
  let sets: VerdictSet[] = [];
  let now: Date;
  const reports = new Map<string, InspectReport>();
  const report = (name: string) => reports.get(name)!;
  const cert = (set: string, file: string) =>
    report(set).certificates.find((c) => c.file.endsWith(`/${file}`))!;

  beforeAll(async () => {
    buildGoJudge();
    sets = makeVerdictCorpus(root.path, { cfssl: needTool('cfssl') || hasTool('cfssl') });
    // openssl starts validity at the second it signs: judge a little later.
    now = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000);
    for (const s of sets) reports.set(s.name, await inspectPaths([s.dir], { now, hosts: [] }));
  }, 300_000);
  afterAll(() => root.remove());

  it('every certificate × host × usage: the verdict and the text are exactly Go’s', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const s of sets) {
      const certs = report(s.name).certificates;
      const pems = new Map(certs.map((c) => [c, pemOf(c)] as const));
      const roots = certs.filter((c) => c.certificate.selfSigned).map((c) => pems.get(c)!);
      const inters = certs.filter((c) => !c.certificate.selfSigned).map((c) => pems.get(c)!);
      const asks: { c: CertificateReport; host?: string; usage: VerifyUsage; q: JudgeRequest }[] =
        [];
      for (const c of certs) {
        const base = {
          roots: roots.join(''),
          intermediates: inters.join(''),
          leaf: pems.get(c)!,
          currentTime: now,
        };
        for (const [judgeUsage, usage] of USAGES)
          asks.push({ c, usage, q: { ...base, keyUsages: [judgeUsage] } });
        for (const host of s.hosts)
          asks.push({
            c,
            host,
            usage: 'serverAuth',
            q: { ...base, name: host, keyUsages: ['server'] },
          });
      }
      const verdicts = judgeAll(asks.map((a) => a.q));
      asks.forEach((a, i) => {
        const go = verdicts[i]!;
        const ours = goVerify(a.c.certificate, a.c.chain, {
          now,
          usage: a.usage,
          ...(a.host !== undefined ? { host: a.host } : {}),
        });
        const oursText = ours.ok ? null : ours.error;
        compared++;
        if (oursText !== go.error)
          mismatches.push(
            `${s.name}/${a.c.file.split('/').pop()} ${a.host ?? '(no host)'} ${a.usage}: ours ${JSON.stringify(oursText)}, Go ${JSON.stringify(go.error)}`,
          );
        if (a.host !== undefined) {
          const h = verifyCertificateHostname(a.c.certificate, a.host);
          if ((h.ok ? null : h.error) !== go.hostnameError)
            mismatches.push(
              `${s.name} hostname ${a.host}: ours ${JSON.stringify(h)}, Go ${go.hostnameError}`,
            );
        }
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  });

  it('a leaf of a re-generated CA with the same name is an error, with and without AKI', () => {
    for (const file of ['server.crt', 'server-no-aki.crt']) {
      const c = cert('regenerated', file);
      expect(c.issuer).toMatchObject({ status: 'wrong', issuer: 'CN=etcd-ca' });
      expect(c.chain).toMatchObject({
        status: 'untrusted',
        unknownAuthority: true,
        error:
          'x509: certificate signed by unknown authority (possibly because of "x509: ECDSA verification failure" while trying to verify candidate authority certificate "etcd-ca")',
      });
      const finding = c.findings.find((f) => f.ruleId === 'unknown-authority')!;
      expect(finding).toMatchObject({ severity: 'error', impact: 'breaks' });
      expect(finding.detail).toContain('x509: certificate signed by unknown authority');
    }
    expect(cert('regenerated', 'server-new.crt').issuer).toMatchObject({ status: 'found' });
    expect(cert('regenerated', 'server-new.crt').findings).toEqual([]);
    expect(inspectExitCode(report('regenerated'))).toBe(1);
  });

  it('kubeadm-style leaves without SKI are clean, and every CA is found by its key', () => {
    const r = report('kubeadm');
    expect(r.certificates.flatMap((c) => c.findings.map((f) => `${c.file}: ${f.ruleId}`))).toEqual(
      [],
    );
    expect(cert('kubeadm', 'etcd/server.crt').issuer).toMatchObject({
      status: 'found',
      file: join(sets.find((s) => s.name === 'kubeadm')!.dir, 'etcd/ca.crt'),
    });
    expect(r.lintWarnings).toBe(0);
    expect(r.lintErrors).toBe(0);
  });

  it('kubeadm’s non-etcd leaves say what they are; the etcd ones keep their roles', () => {
    const purposes = Object.fromEntries(
      report('kubeadm').certificates.map((c) => [
        c.file.split('/kubeadm/')[1],
        c.purpose ?? c.roles.join('+'),
      ]),
    );
    expect(purposes).toEqual({
      'ca.crt': 'ca',
      'apiserver.crt': 'kube-apiserver-serving',
      'apiserver-kubelet-client.crt': 'kube-apiserver-kubelet-client',
      'front-proxy-ca.crt': 'ca',
      'front-proxy-client.crt': 'kube-front-proxy-client',
      'etcd/ca.crt': 'ca',
      'etcd/server.crt': 'etcd-server+etcd-peer',
      'etcd/peer.crt': 'etcd-server+etcd-peer',
      'etcd/healthcheck-client.crt': 'client',
      'apiserver-etcd-client.crt': 'client',
    });
    expect(report('kubeadm').notEtcd).toBe(3);
    // No etcd verdict is a failure for it, and it is not checked against etcd's hosts.
    const api = cert('kubeadm', 'apiserver.crt');
    expect(api.verdicts.filter((v) => v.intended)).toEqual([]);
    expect(api.hostChecks).toEqual([]);
  });

  it('an expired kube-apiserver serving certificate still gets Go’s expiry error', () => {
    const c = cert('defects', 'expired-apiserver.crt');
    expect(c.purpose).toBe('kube-apiserver-serving');
    expect(c.findings.map((f) => f.ruleId)).toEqual(['expired']);
    expect(c.findings[0]).toMatchObject({ severity: 'error', impact: 'breaks' });
    const ca = cert('defects', 'ca.crt');
    const go = judge({ roots: pemOf(ca), leaf: pemOf(c), currentTime: now });
    expect(go.ok).toBe(false);
    expect(c.findings[0]!.params['goError']).toBe(go.error);
  });

  it('--role etcd-server on kube-apiserver’s certificate gives the etcd verdict, as Go sees it', async () => {
    const dir = sets.find((s) => s.name === 'kubeadm')!.dir;
    const r = await inspectPaths([join(dir, 'apiserver.crt'), join(dir, 'ca.crt')], {
      now,
      hosts: ['node1'],
      role: 'etcd-server',
    });
    const api = r.certificates.find((c) => c.file.endsWith('/apiserver.crt'))!;
    expect(api.purpose).toBeUndefined();
    expect(api.roles).toEqual(['etcd-server']);
    expect(api.findings.map((f) => f.ruleId)).toEqual([
      'server-missing-client-auth',
      'server-missing-loopback',
    ]);
    const verdict = api.verdicts.find((v) => v.role === 'etcd-server')!;
    expect(verdict).toMatchObject({ ok: false, intended: true, reason: 'server-no-client-auth' });
    // etcd's gateway presents it as a client certificate: Go refuses that usage.
    const go = judge({
      roots: pemOf(cert('kubeadm', 'ca.crt')),
      leaf: pemOf(api),
      keyUsages: ['client'],
      currentTime: now,
    });
    expect(go.error).toBe('x509: certificate specifies an incompatible key usage');
    expect(verdict.seenAs).toContain(go.error!);
    expect(inspectExitCode(r)).toBe(1);
  });

  it.skipIf(!hasTool('cfssl'))(
    'cfssl’s *.etcd is fine for Go; only an OpenSSL client makes it a warning',
    async () => {
      const etcd0 = cert('cfssl', 'etcd0.pem');
      expect(etcd0.findings.map((f) => f.ruleId)).toEqual([]);
      expect(
        goVerify(etcd0.certificate, etcd0.chain, {
          now,
          host: 'etcd1-0.etcd',
          usage: 'serverAuth',
        }),
      ).toEqual({ ok: true });
      expect(cert('cfssl', 'etcd1.pem').chain).toMatchObject({ status: 'trusted' });
      const dir = sets.find((s) => s.name === 'cfssl')!.dir;
      const apisix = await inspectPaths([join(dir, 'etcd0.pem'), join(dir, 'ca.pem')], {
        now,
        kind: 'apisix',
      });
      const f = apisix.certificates
        .find((c) => c.file.endsWith('etcd0.pem'))!
        .findings.find((x) => x.ruleId === 'wildcard-openssl')!;
      expect(f).toMatchObject({ severity: 'warning', impact: 'breaks' });
      expect(f.detail).toBe('"*.etcd": Go matches them, OpenSSL does not.');
    },
  );

  it('seeded defects: each gets the finding that names it, not a chain error on top', () => {
    const ids = (file: string) => cert('defects', file).findings.map((f) => f.ruleId);
    expect(ids('sha1.crt')).toEqual(['weak-signature']);
    expect(ids('by-not-ca.crt')).toContain('unknown-authority');
    expect(ids('not-ca.crt')).toContain('ca-not-ca');
    expect(ids('by-leaf.crt')).toContain('unknown-authority');
    expect(ids('good.crt')).toEqual([]);
    expect(ids('ed25519.crt')).toEqual([]);
    expect(ids('wildcards.crt')).toEqual(['server-missing-loopback', 'invalid-wildcard']);
    expect(ids('by-old-ca.crt')).toEqual(['leaf-outlives-ca']); // the CA's "expired" says the rest
    expect(ids('old-ca.crt')).toEqual(['expired']);
  });
});
