/**
 * What the day-2 services write, judged by openssl: renewed leaves chain to the same CA with new
 * serials and the same names and usages; kept files are byte-identical; a new member's
 * certificates verify; the three phases of a CA rotation hold the trust and the leaves they
 * promise, so that no phase leaves a server and a client that distrust each other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, type BundleManifest } from '../../shared/generate/manifest';
import { parsePlanYaml } from '../../shared/plan/plan';
import { exportBundle } from '../export/export-service';
import { issuePlan } from '../pki/pki-service';
import { needTool, run, tempDir } from '../test-support/tools';
import { readBundle, unlockCa, type SourceBundle } from './bundle-reader';
import { addMemberBundle, removeMemberBundle } from './membership';
import { renewBundle } from './renew';
import { rotateCa } from './rotate-ca';

const PASS = 'day two service passphrase';
const NEW_PASS = 'the new CA passphrase';
const P12 = 'p12 password for day two';
const PLAN = `version: 1
cluster:
  members:
    - { name: n1, addresses: [10.0.0.1, n1.example.internal] }
    - { name: n2, addresses: [10.0.0.2] }
    - { name: n3, addresses: [10.0.0.3] }
clients: [kube-apiserver, etcdctl, apisix]
apisix: { sni: n1.example.internal }
`;
const dir = tempDir('etw-day2-');
afterAll(() => dir.remove());
const at = (...p: string[]) => join(dir.path, ...p);
const text = (...p: string[]) => readFileSync(at(...p), 'utf8');
const ssl = (...args: string[]) => run('openssl', args);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const manifestOf = (folder: string): BundleManifest =>
  must(parseManifest(text(folder, 'manifest.json'), folder));

/** `openssl verify -x509_strict` with a purpose; true when it prints OK. */
function verifies(caFile: string, cert: string, purpose: 'sslserver' | 'sslclient'): boolean {
  const r = ssl('verify', '-x509_strict', '-purpose', purpose, '-CAfile', caFile, cert);
  return r.status === 0 && /: OK\n$/.test(r.stdout);
}
/** How many certificates a PEM file holds, counted by openssl. */
const certCount = (file: string): number =>
  Number(/Total found: (\d+)/.exec(ssl('storeutl', '-noout', '-certs', file).stdout)?.[1]);
/** Subject, SANs and EKU as openssl prints them (names and usages, nothing that changes). */
const names = (file: string): string =>
  ssl('x509', '-in', file, '-noout', '-subject', '-ext', 'subjectAltName,extendedKeyUsage,keyUsage')
    .stdout;
const serial = (file: string): string => ssl('x509', '-in', file, '-noout', '-serial').stdout;

let source: SourceBundle;
const NOW = () => new Date();

beforeAll(async () => {
  const plan = must(parsePlanYaml(PLAN));
  const issued = must(await issuePlan(plan));
  must(
    await exportBundle({
      plan,
      issued,
      target: at('b0'),
      caKey: 'encrypted',
      caPassphrase: PASS,
      pkcs12: { password: P12 },
      now: NOW(),
    }),
  );
  source = must(await readBundle(at('b0')));
});

describe.skipIf(!needTool('openssl'))('renew', () => {
  it('re-issues every leaf from the same CA: new serials, same subject, SANs and usages', async () => {
    const ca = must(await unlockCa(source, { passphrase: PASS }));
    const r = must(
      await renewBundle({
        source,
        ca,
        ids: source.leaves.map((l) => l.entry.id),
        target: at('renewed'),
        p12Password: P12,
        now: NOW(),
      }),
    );
    expect(r.kept).toEqual([]);
    const m0 = manifestOf('b0');
    for (const c of m0.certificates) {
      const before = at('b0', c.files.cert);
      const after = at('renewed', c.files.cert);
      const purposes =
        c.role === 'client' ? (['sslclient'] as const) : (['sslserver', 'sslclient'] as const);
      for (const purpose of purposes)
        expect(verifies(at('b0/ca/ca.crt'), after, purpose)).toBe(true);
      expect(serial(after)).not.toBe(serial(before));
      expect(names(after)).toBe(names(before));
      expect(text('renewed', c.files.key)).not.toBe(text('b0', c.files.key));
    }
    // The CA stays: same certificate, same encrypted key bytes (same passphrase).
    expect(text('renewed/ca/ca.crt')).toBe(text('b0/ca/ca.crt'));
    expect(readFileSync(at('renewed/ca/ca.key'))).toEqual(readFileSync(at('b0/ca/ca.key')));
    const m1 = manifestOf('renewed');
    expect(m1.certificates.map((c) => c.serial)).not.toContain(m0.certificates[0]!.serial);
    expect(m1.ca).toEqual(m0.ca);
    const p12 = ssl(
      'pkcs12',
      '-in',
      at('renewed/clients/etcdctl/client.p12'),
      '-nokeys',
      '-passin',
      `pass:${P12}`,
    );
    expect(p12.stdout).toContain(text('renewed/clients/etcdctl/client.crt').trim());
  });

  it('copies what it does not renew byte for byte, .p12 files included', async () => {
    const ca = must(await unlockCa(source, { passphrase: PASS }));
    must(await renewBundle({ source, ca, ids: ['server:n2'], target: at('one'), now: NOW() }));
    const m0 = manifestOf('b0');
    for (const c of m0.certificates) {
      const same = c.id !== 'server:n2';
      for (const f of [c.files.cert, c.files.key, ...(c.files.p12 ? [c.files.p12] : [])])
        expect(readFileSync(at('one', f)).equals(readFileSync(at('b0', f)))).toBe(same);
    }
    expect(verifies(at('one/ca/ca.crt'), at('one/nodes/n2/server.crt'), 'sslserver')).toBe(true);
  });
});

describe.skipIf(!needTool('openssl'))('add-member and remove-member', () => {
  it('signs the new member from the same CA and keeps every other file', async () => {
    const ca = must(await unlockCa(source, { passphrase: PASS }));
    must(
      await addMemberBundle({
        source,
        ca,
        member: { name: 'n4', addresses: ['10.0.0.4'] },
        target: at('added'),
        now: NOW(),
      }),
    );
    for (const f of ['server.crt', 'peer.crt']) {
      const cert = at('added/nodes/n4', f);
      expect(verifies(at('added/ca/ca.crt'), cert, 'sslserver')).toBe(true);
      expect(verifies(at('added/ca/ca.crt'), cert, 'sslclient')).toBe(true);
      expect(names(cert)).toContain('IP Address:10.0.0.4');
    }
    for (const c of manifestOf('b0').certificates)
      expect(
        readFileSync(at('added', c.files.cert)).equals(readFileSync(at('b0', c.files.cert))),
      ).toBe(true);
    expect(text('added/nodes/n4/etcd.conf.yml')).toContain('initial-cluster-state: "existing"');
    expect(text('added/README.md')).toContain('member add n4 --peer-urls=https://10.0.0.4:2380');
    const added = must(await readBundle(at('added')));
    must(
      await removeMemberBundle({ source: added, name: 'n4', target: at('removed'), now: NOW() }),
    );
    expect(readdirSync(at('removed/nodes')).sort()).toEqual(['n1', 'n2', 'n3']);
    expect(text('removed/README.md')).toContain('member remove <ID of n4>');
    expect(text('removed/clients/etcdctl/etcdctl.env')).not.toContain('10.0.0.4');
  });
});

describe.skipIf(!needTool('openssl'))('rotate-ca', () => {
  const p1 = 'rot/phase-1-trust-both';
  const p2 = 'rot/phase-2-new-leaves';
  const p3 = 'rot/phase-3-new-ca-only';

  beforeAll(async () => {
    must(
      await rotateCa({
        source,
        target: at('rot'),
        newCaPassphrase: NEW_PASS,
        p12Password: P12,
        now: NOW(),
      }),
    );
  });

  it('phase 1: every trust file holds old + new; the leaves in use still verify against it', () => {
    expect(certCount(at(p1, 'ca/ca.crt'))).toBe(2);
    for (const c of manifestOf('b0').certificates) {
      expect(readFileSync(at(p1, c.files.cert)).equals(readFileSync(at('b0', c.files.cert)))).toBe(
        true,
      );
      expect(verifies(at(p1, 'ca/ca.crt'), at('b0', c.files.cert), 'sslclient')).toBe(true);
    }
    expect(readFileSync(at(p1, 'ca/ca.key')).equals(readFileSync(at('b0/ca/ca.key')))).toBe(true);
  });

  it('phase 2: every leaf from the new CA only; trust still both', () => {
    expect(certCount(at(p2, 'ca/ca.crt'))).toBe(2);
    for (const c of manifestOf(p2).certificates) {
      const cert = at(p2, c.files.cert);
      expect(verifies(at(p3, 'ca/ca.crt'), cert, 'sslclient')).toBe(true);
      expect(verifies(at('b0/ca/ca.crt'), cert, 'sslclient')).toBe(false);
      // Same names and usages as the leaf it replaces.
      expect(names(cert)).toBe(names(at('b0', c.files.cert)));
    }
  });

  it('phase 3: only the new CA; the new CA key is encrypted and belongs to it', () => {
    expect(certCount(at(p3, 'ca/ca.crt'))).toBe(1);
    const key = ssl('pkey', '-in', at(p3, 'ca/ca.key'), '-passin', `pass:${NEW_PASS}`, '-pubout');
    const cert = ssl('x509', '-in', at(p3, 'ca/ca.crt'), '-noout', '-pubkey');
    expect(key.status, key.stderr).toBe(0);
    expect(key.stdout).toBe(cert.stdout);
    expect(text(p3, 'ca/ca.key')).toContain('ENCRYPTED PRIVATE KEY');
    expect(readFileSync(at(p3, 'ca/ca.key')).equals(readFileSync(at(p2, 'ca/ca.key')))).toBe(true);
  });

  it('every copy of the trust (ca.crt copies, Secrets, .p12 chains) matches its phase', () => {
    for (const phase of [p1, p2, p3]) {
      const trust = text(phase, 'ca/ca.crt');
      for (const m of ['n1', 'n2', 'n3']) expect(text(phase, 'nodes', m, 'ca.crt')).toBe(trust);
      for (const c of ['kube-apiserver', 'etcdctl', 'apisix']) {
        expect(text(phase, 'clients', c, 'ca.crt')).toBe(trust);
        const secret = text(phase, `kubernetes/etcd-client-${c}.secret.yaml`);
        expect(secret.match(/BEGIN CERTIFICATE/g)?.length).toBe(
          1 + certCount(at(phase, 'ca/ca.crt')),
        );
        const chain = ssl(
          'pkcs12',
          '-in',
          at(phase, 'clients', c, 'client.p12'),
          '-nokeys',
          '-cacerts',
          '-passin',
          `pass:${P12}`,
        );
        expect(chain.stdout.match(/BEGIN CERTIFICATE/g)?.length).toBe(
          certCount(at(phase, 'ca/ca.crt')),
        );
      }
      expect(manifestOf(phase).trust).toHaveLength(certCount(at(phase, 'ca/ca.crt')));
    }
    const runbook = text('rot/RUNBOOK.md');
    // In the bundle's language only, like its README.
    expect(runbook).toContain('## English');
    expect(runbook).not.toContain('## 简体中文');
  });

  it('the phase 3 bundle renews with the new CA key', async () => {
    const next = must(await readBundle(at(p3)));
    const ca = must(await unlockCa(next, { passphrase: NEW_PASS }));
    must(
      await renewBundle({
        source: next,
        ca,
        ids: ['client:etcdctl'],
        target: at('after'),
        p12Password: P12,
        now: NOW(),
      }),
    );
    expect(verifies(at(p3, 'ca/ca.crt'), at('after/clients/etcdctl/client.crt'), 'sslclient')).toBe(
      true,
    );
  });
});
