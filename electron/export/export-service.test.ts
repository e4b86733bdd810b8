import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../shared/generate/manifest';
import { parsePlanYaml } from '../../shared/plan/plan';
import type { Plan } from '../../shared/plan/schema';
import type { IssuedPki } from '../../shared/pki/issue';
import { needTool, run, tempDir } from '../test-support/tools';
import { exportBundle } from './export-service';
import { issuePlan } from '../pki/pki-service';
import { renderText } from '../../shared/text/render';

const PLAN = `
version: 1
pkiDir: /etc/etcd/pki
cluster:
  members:
    - { name: n1, addresses: [10.0.0.1] }
    - { name: n2, addresses: [10.0.0.2] }
clients: [kube-apiserver, etcdctl, apisix]
apisix: {}
`;
const CA_PASS = 'ca passphrase for tests';
const P12_PASS = 'p12 password for tests';
const NOW = new Date('2026-03-01T00:00:00Z');

let plan: Plan;
let issued: IssuedPki;
const dir = tempDir('etw-export-');
const perm = (p: string) => statSync(p).mode & 0o777;

beforeAll(async () => {
  const p = parsePlanYaml(PLAN, 'plan.yaml');
  if (!p.ok) throw new Error(renderText(p.error.text, 'en'));
  plan = p.value;
  const i = await issuePlan(plan);
  if (!i.ok) throw new Error(renderText(i.error.text, 'en'));
  issued = i.value;
});
afterAll(() => dir.remove());

describe('exportBundle', () => {
  it('writes PEMs at the layout paths, generated files, p12 and a zip; no CA key by default', async () => {
    const target = join(dir.path, 'full');
    const r = await exportBundle({
      plan,
      issued,
      target,
      caKey: 'none',
      pkcs12: { password: P12_PASS },
      zip: true,
      now: NOW,
    });
    if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
    const f = (p: string) => join(target, p);
    expect(readFileSync(f('ca/ca.crt'), 'utf8')).toBe(issued.ca.certPem);
    expect(existsSync(f('ca/ca.key'))).toBe(false);
    for (const m of ['n1', 'n2']) {
      expect(readFileSync(f(`nodes/${m}/ca.crt`), 'utf8')).toBe(issued.ca.certPem);
      expect(perm(f(`nodes/${m}/server.key`))).toBe(0o600);
      expect(perm(f(`nodes/${m}/peer.key`))).toBe(0o600);
      expect(perm(f(`nodes/${m}`))).toBe(0o700);
      expect(readFileSync(f(`nodes/${m}/etcd.conf.yml`), 'utf8')).toContain(
        '/etc/etcd/pki/server.crt',
      );
    }
    for (const c of ['kube-apiserver', 'etcdctl', 'apisix']) {
      const cert = issued.certs.find((x) => x.spec.id === `client:${c}`)!;
      expect(readFileSync(f(`clients/${c}/client.crt`), 'utf8')).toBe(cert.certPem);
      expect(readFileSync(f(`clients/${c}/client.key`), 'utf8')).toBe(cert.keyPem);
      expect(perm(f(`clients/${c}/client.p12`))).toBe(0o600);
      expect(perm(f(`kubernetes/etcd-client-${c}.secret.yaml`))).toBe(0o600);
    }
    expect(perm(f('clients/etcdctl/check.sh'))).toBe(0o755);
    expect(r.value.files).toContain('README.md');
    expect(r.value.zip).toBe(`${target}.zip`);
    expect(perm(`${target}.zip`)).toBe(0o600);
    expect(readdirSync(dir.path).sort()).toEqual(['full', 'full.zip']);
  });

  it.skipIf(!needTool('openssl'))(
    'writes plan.yaml and a manifest.json whose serials, fingerprints and dates are what openssl reads',
    () => {
      const target = join(dir.path, 'full');
      expect(parsePlanYaml(readFileSync(join(target, 'plan.yaml'), 'utf8')).ok).toBe(true);
      const m = parseManifest(readFileSync(join(target, 'manifest.json'), 'utf8'), 'manifest.json');
      if (!m.ok) throw new Error(renderText(m.error.text, 'en'));
      expect(m.value.ca.key).toEqual({ included: false, encrypted: false });
      expect(m.value.pkcs12).toBe(true);
      expect(m.value.createdAt).toBe(NOW.toISOString());
      expect(m.value.trust.map((t) => t.fingerprintSha256)).toEqual([m.value.ca.fingerprintSha256]);
      expect(m.value.certificates.map((c) => c.id)).toEqual(issued.certs.map((c) => c.spec.id));
      const x509 = (file: string) =>
        run('openssl', [
          'x509',
          '-in',
          join(target, file),
          '-noout',
          '-serial',
          '-fingerprint',
          '-sha256',
          '-startdate',
          '-enddate',
        ]).stdout;
      for (const c of [{ ...m.value.ca, files: { cert: 'ca/ca.crt' } }, ...m.value.certificates]) {
        const out = x509(c.files.cert);
        expect(out).toContain(`serial=${c.serial}`);
        expect(out).toContain(`Fingerprint=${c.fingerprintSha256}`);
        const date = (label: string) =>
          new Date(new RegExp(`${label}=(.*)`).exec(out)![1]!).toISOString();
        expect(date('notBefore')).toBe(c.notBefore);
        expect(date('notAfter')).toBe(c.notAfter);
      }
      const n1 = m.value.certificates.find((c) => c.id === 'server:n1')!;
      expect(n1.sans).toContainEqual({ type: 'ip', value: '10.0.0.1' });
      expect(n1.sans).toContainEqual({ type: 'dns', value: 'localhost' });
      expect(n1.files).toEqual({ cert: 'nodes/n1/server.crt', key: 'nodes/n1/server.key' });
      const apisix = m.value.certificates.find((c) => c.id === 'client:apisix')!;
      expect(apisix.files.p12).toBe('clients/apisix/client.p12');
      expect(apisix.subject).toEqual({ commonName: 'apisix', organization: 'apisix' });
      for (const c of m.value.certificates) {
        expect(existsSync(join(target, c.files.key))).toBe(true);
        expect(c.files.p12 !== undefined && existsSync(join(target, c.files.p12))).toBe(
          c.role === 'client',
        );
      }
    },
  );

  it('writes the CA key encrypted, or plain only when asked', async () => {
    const enc = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'enc'),
      caKey: 'encrypted',
      caPassphrase: CA_PASS,
      now: NOW,
    });
    expect(enc.ok).toBe(true);
    const encKey = readFileSync(join(dir.path, 'enc/ca/ca.key'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(dir.path, 'enc/manifest.json'), 'utf8'));
    expect(manifest.ca.key).toEqual({ included: true, encrypted: true, file: 'ca/ca.key' });
    expect(encKey).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(perm(join(dir.path, 'enc/ca/ca.key'))).toBe(0o600);

    const plain = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'plain'),
      caKey: 'plain',
      now: NOW,
    });
    if (!plain.ok) throw new Error(renderText(plain.error.text, 'en'));
    expect(readFileSync(join(dir.path, 'plain/ca/ca.key'), 'utf8')).toBe(issued.ca.keyPem);
    expect(plain.value.warnings.map((w) => renderText(w, 'en')).join('\n')).toMatch(/UNENCRYPTED/);
  });

  it.skipIf(!needTool('openssl'))('the encrypted CA key opens with openssl', () => {
    const out = run('openssl', [
      'pkey',
      '-in',
      join(dir.path, 'enc/ca/ca.key'),
      '-passin',
      `pass:${CA_PASS}`,
    ]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(issued.ca.keyPem);
  });

  it('writes nothing when a passphrase is missing or weak', async () => {
    const target = join(dir.path, 'weak');
    const a = await exportBundle({ plan, issued, target, caKey: 'encrypted', now: NOW });
    expect(a.ok ? '' : a.error.code).toBe('passphrase-needed');
    const b = await exportBundle({
      plan,
      issued,
      target,
      caKey: 'none',
      pkcs12: { password: 'short' },
      zip: true,
      now: NOW,
    });
    expect(b.ok ? '' : renderText(b.error.text, 'en')).toMatch(/at least 12/);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.zip`)).toBe(false);
  });

  it('refuses a non-empty target or an existing zip, and leaves them as they were', async () => {
    const a = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'full'),
      caKey: 'none',
      now: NOW,
    });
    expect(a.ok ? '' : a.error.code).toBe('destination-not-empty');
    const b = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'zipclash'),
      caKey: 'none',
      zip: true,
      now: NOW,
    });
    expect(b.ok).toBe(true);
    const c = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'zipclash2'),
      caKey: 'none',
      zip: true,
      now: NOW,
    });
    expect(c.ok).toBe(true);
    // zipclash.zip exists, so a new export named zipclash (emptied) must refuse before writing.
    const d = await exportBundle({
      plan,
      issued,
      target: join(dir.path, 'zipclash'),
      caKey: 'none',
      zip: true,
      now: NOW,
    });
    expect(d.ok ? '' : d.error.code).toBe('destination-not-empty');
  });
});
