// Issued PKIs are checked by real openssl (house style: never mocked): chain, purpose, host and
// IP matching, exact extensions and key/certificate pairing, for every key algorithm and role.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, run, runOk, tempDir } from '../../electron/test-support/tools';
import { planSchema, type Plan } from '../plan/schema';
import { KEY_ALGORITHMS, type KeyAlgorithm } from './algorithms';
import { issueOne, issuePki, type IssuedPki } from './issue';
import * as x509 from './x509';
import { renderText } from '../text/render';
import { msg } from '../text/text';

const crypto = globalThis.crypto as Crypto;
const NOW = new Date('2026-03-01T12:00:00.123Z');

function testPlan(alg: KeyAlgorithm, over: Partial<Plan['ca']> = {}): Plan {
  return planSchema.parse({
    version: 1,
    ca: { commonName: 'ETW Test CA', organization: 'ETW Tests', key: alg, ...over },
    leaf: { key: alg },
    // APISIX then gets an empty CN (docs/apisix.md#client-certificate-and-etcd-auth).
    etcd: { auth: true },
    cluster: {
      extraSans: ['etcd.example.internal'],
      members: [
        { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
        { name: 'etcd1', addresses: ['10.0.0.11', 'etcd1.example.internal'] },
        { name: 'etcd2', addresses: ['fd00::12', 'etcd2.example.internal'] },
      ],
    },
    clients: ['kube-apiserver', 'apisix', 'etcdctl', { name: 'backup-job', kind: 'custom' }],
  });
}

/** openssl's text for a SAN entry (IPv6 fully expanded, as OpenSSL 3.0 prints it). */
const opensslSan = (a: { type: 'ip' | 'dns'; value: string }): string =>
  a.type === 'dns'
    ? `DNS:${a.value}`
    : `IP Address:${a.value.includes(':') ? ipaddr.parse(a.value).toNormalizedString().toUpperCase() : a.value}`;

/** `openssl x509 -ext` output as name -> { critical, value }. */
function extensions(file: string): Record<string, { critical: boolean; value: string }> {
  const out = runOk('openssl', [
    'x509',
    '-in',
    file,
    '-noout',
    '-ext',
    'keyUsage,extendedKeyUsage,basicConstraints,subjectAltName',
  ]);
  const map: Record<string, { critical: boolean; value: string }> = {};
  let current: string | undefined;
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const head = /^X509v3 ([^:]+):\s*(critical)?/.exec(line);
    if (head) {
      current = head[1]!;
      map[current] = { critical: head[2] === 'critical', value: '' };
    } else if (current) map[current]!.value += line.trim();
  }
  return map;
}

function verify(dir: string, file: string, ...args: string[]) {
  const r = run('openssl', ['verify', '-x509_strict', '-CAfile', 'ca.crt', ...args, file], {
    cwd: dir,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const SIGNATURE: Record<KeyAlgorithm, string> = {
  'ecdsa-p256': 'ecdsa-with-SHA256',
  'ecdsa-p384': 'ecdsa-with-SHA384',
  'rsa-2048': 'sha256WithRSAEncryption',
  'rsa-3072': 'sha256WithRSAEncryption',
  'rsa-4096': 'sha256WithRSAEncryption',
  ed25519: 'ED25519',
};

describe.skipIf(!needTool('openssl'))('issuePki checked by openssl', () => {
  const issued = new Map<KeyAlgorithm, { pki: IssuedPki; dir: string; remove: () => void }>();
  const progress = new Map<KeyAlgorithm, string[]>();

  // One issuance per algorithm, all at once: RSA-4096 keys take seconds each.
  beforeAll(async () => {
    await Promise.all(
      KEY_ALGORITHMS.map(async (alg) => {
        const labels: string[] = [];
        const r = await issuePki(testPlan(alg), {
          crypto,
          now: NOW,
          onProgress: (done, total, label) => labels.push(`${done}/${total} ${label}`),
        });
        if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
        const { path, remove } = tempDir('etw-issue-');
        writeFileSync(join(path, 'ca.crt'), r.value.ca.certPem);
        writeFileSync(join(path, 'ca.key'), r.value.ca.keyPem);
        for (const c of r.value.certs) {
          const base = c.spec.id.replace(':', '-');
          writeFileSync(join(path, `${base}.crt`), c.certPem);
          writeFileSync(join(path, `${base}.key`), c.keyPem);
        }
        issued.set(alg, { pki: r.value, dir: path, remove });
        progress.set(alg, labels);
      }),
    );
  });
  afterAll(() => issued.forEach((i) => i.remove()));

  describe.each(KEY_ALGORITHMS)('%s', (alg) => {
    const get = () => issued.get(alg)!;

    it('makes a strict-valid root CA with the specified extensions and signature', () => {
      const { dir, pki } = get();
      expect(verify(dir, 'ca.crt').out).toBe('ca.crt: OK\n');
      const ext = extensions(join(dir, 'ca.crt'));
      expect(ext['Basic Constraints']).toEqual({ critical: true, value: 'CA:TRUE, pathlen:0' });
      expect(ext['Key Usage']).toEqual({
        critical: true,
        value: 'Digital Signature, Certificate Sign, CRL Sign',
      });
      expect(ext['Extended Key Usage']).toBeUndefined();
      const text = runOk('openssl', [
        'x509',
        '-in',
        join(dir, 'ca.crt'),
        '-noout',
        '-text',
        '-nameopt',
        'RFC2253',
      ]);
      expect(text).toContain(`Signature Algorithm: ${SIGNATURE[alg]}`);
      expect(text).toMatch(/Subject: CN=ETW Test CA,O=ETW Tests\n/);
      // 10 years by default (3650 days), starting 5 minutes back.
      expect(pki.ca.notAfter).toBe('2036-02-27T12:00:00.000Z');
      expect(pki.ca.imported).toBe(false);
      expect(pki.ca.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    });

    it('reports progress once per generated key', () => {
      const labels = progress.get(alg)!;
      expect(labels).toHaveLength(11); // CA + 3 server + 3 peer + 4 clients
      expect(labels.map((l) => l.split(' ')[0])).toEqual(
        Array.from({ length: 11 }, (_, i) => `${i + 1}/11`),
      );
      expect(new Set(labels.map((l) => l.split(' ')[1]))).toEqual(
        new Set(['ca', ...get().pki.certs.map((c) => c.spec.id)]),
      );
    });

    it('issues every leaf with exactly the specified extensions and a matching key', () => {
      const { dir, pki } = get();
      expect(pki.certs.map((c) => c.spec.id)).toEqual([
        'server:etcd0',
        'server:etcd1',
        'server:etcd2',
        'peer:etcd0',
        'peer:etcd1',
        'peer:etcd2',
        'client:kube-apiserver',
        'client:apisix',
        'client:etcdctl',
        'client:backup-job',
      ]);
      for (const c of pki.certs) {
        const base = join(dir, c.spec.id.replace(':', '-'));
        const ext = extensions(`${base}.crt`);
        const rsa = alg.startsWith('rsa-');
        expect(ext['Key Usage'], c.spec.id).toEqual({
          critical: true,
          value: rsa ? 'Digital Signature, Key Encipherment' : 'Digital Signature',
        });
        expect(ext['Basic Constraints'], c.spec.id).toEqual({ critical: true, value: 'CA:FALSE' });
        const eku =
          c.spec.role === 'client'
            ? 'TLS Web Client Authentication'
            : 'TLS Web Server Authentication, TLS Web Client Authentication';
        expect(ext['Extended Key Usage'], c.spec.id).toEqual({ critical: false, value: eku });
        if (c.spec.role === 'client')
          expect(ext['Subject Alternative Name'], c.spec.id).toBeUndefined();
        else
          expect(ext['Subject Alternative Name'], c.spec.id).toEqual({
            critical: false,
            value: c.spec.sans.map(opensslSan).join(', '),
          });
        expect(Object.keys(ext).sort(), c.spec.id).toEqual(
          c.spec.role === 'client'
            ? ['Basic Constraints', 'Extended Key Usage', 'Key Usage']
            : ['Basic Constraints', 'Extended Key Usage', 'Key Usage', 'Subject Alternative Name'],
        );
        const pub = runOk('openssl', ['pkey', '-in', `${base}.key`, '-pubout']);
        expect(pub).toMatch(/^-----BEGIN PUBLIC KEY-----/);
        expect(
          runOk('openssl', ['x509', '-in', `${base}.crt`, '-pubkey', '-noout']),
          c.spec.id,
        ).toBe(pub);
        const text = runOk('openssl', ['x509', '-in', `${base}.crt`, '-noout', '-text']);
        expect(text).toContain(`Signature Algorithm: ${SIGNATURE[alg]}`);
        expect(text).toMatch(/X509v3 Subject Key Identifier/);
        expect(text).toMatch(/X509v3 Authority Key Identifier/);
      }
    });

    it('gives server and peer certificates that verify for every IP and DNS SAN, as server and as client', () => {
      const { dir, pki } = get();
      for (const c of pki.certs.filter((x) => x.spec.role !== 'client')) {
        const file = `${c.spec.id.replace(':', '-')}.crt`;
        expect(c.spec.sans.some((a) => a.type === 'ip')).toBe(true);
        expect(c.spec.sans.some((a) => a.type === 'dns')).toBe(true);
        for (const a of c.spec.sans) {
          const flag = a.type === 'ip' ? '-verify_ip' : '-verify_hostname';
          expect(
            verify(dir, file, '-purpose', 'sslserver', flag, a.value),
            `${c.spec.id} ${a.value}`,
          ).toEqual({
            status: 0,
            out: `${file}: OK\n`,
          });
        }
        expect(verify(dir, file, '-purpose', 'sslclient')).toEqual({
          status: 0,
          out: `${file}: OK\n`,
        });
      }
    });

    it('gives client certificates that verify as clients only, with the resolved subjects', () => {
      const { dir, pki } = get();
      const subjects: Record<string, string> = {};
      for (const c of pki.certs.filter((x) => x.spec.role === 'client')) {
        const file = `${c.spec.id.replace(':', '-')}.crt`;
        expect(verify(dir, file, '-purpose', 'sslclient')).toEqual({
          status: 0,
          out: `${file}: OK\n`,
        });
        const bad = verify(dir, file, '-purpose', 'sslserver');
        expect(bad.status).toBe(2);
        expect(bad.out).toContain('error 26 at 0 depth lookup: unsuitable certificate purpose');
        subjects[c.spec.id] = runOk('openssl', [
          'x509',
          '-in',
          join(dir, file),
          '-noout',
          '-subject',
          '-nameopt',
          'RFC2253',
        ]).trim();
      }
      expect(subjects).toEqual({
        'client:kube-apiserver': 'subject=CN=kube-apiserver-etcd-client,O=system:masters',
        'client:apisix': 'subject=O=apisix',
        'client:etcdctl': 'subject=CN=etcdctl',
        'client:backup-job': 'subject=CN=backup-job',
      });
    });

    it('gives a server certificate that fails for a name it does not have (error 62)', () => {
      const { dir } = get();
      const r = verify(
        dir,
        'server-etcd0.crt',
        '-purpose',
        'sslserver',
        '-verify_hostname',
        'etcd1.example.internal',
      );
      expect(r.status).toBe(2);
      expect(r.out).toContain('error 62 at 0 depth lookup: hostname mismatch');
      const ip = verify(
        dir,
        'server-etcd0.crt',
        '-purpose',
        'sslserver',
        '-verify_ip',
        '10.0.0.11',
      );
      expect(ip.out).toContain('error 64 at 0 depth lookup: IP address mismatch');
    });

    it('warns about Ed25519 exactly when it is used', () => {
      const has = get().pki.warnings.some((w) => w.text.id === 'warn.ed25519');
      expect(has).toBe(alg === 'ed25519');
    });
  });

  it('sets each leaf to 365 days from now, starting 5 minutes back, and reports fingerprints', () => {
    const { pki, dir } = issued.get('ecdsa-p256')!;
    for (const c of pki.certs) {
      expect(c.notBefore).toBe('2026-03-01T11:55:00.000Z');
      expect(c.notAfter).toBe('2027-03-01T12:00:00.000Z');
      const fp = runOk('openssl', [
        'x509',
        '-in',
        join(dir, `${c.spec.id.replace(':', '-')}.crt`),
        '-noout',
        '-fingerprint',
        '-sha256',
      ]);
      expect(fp.trim()).toBe(`sha256 Fingerprint=${c.fingerprintSha256}`);
    }
    expect(pki.warnings).toEqual([]);
  });

  it('gives every certificate a unique positive 16-byte serial', async () => {
    const all = [...issued.values()].flatMap((i) => [
      i.pki.ca.certPem,
      ...i.pki.certs.map((c) => c.certPem),
    ]);
    const { pki } = issued.get('ecdsa-p256')!;
    const ca = { certPem: pki.ca.certPem, keyPem: pki.ca.keyPem };
    const more = await Promise.all(
      Array.from({ length: 150 }, () =>
        issueOne(pki.certs[0]!.spec, ca, {
          crypto,
          now: NOW,
          leaf: { key: 'ecdsa-p256', validityDays: 30 },
        }),
      ),
    );
    for (const m of more) if (m.ok) all.push(m.value.cert.certPem);
    expect(all.length).toBe(6 * 11 + 150);
    const serials = all.map(
      (pem) =>
        new Uint8Array(
          new x509.X509Certificate(pem).serialNumber.match(/../g)!.map((h) => parseInt(h, 16)),
        ),
    );
    for (const s of serials) {
      expect(s.length).toBe(16);
      expect(s[0]).toBeGreaterThan(0);
      expect(s[0]).toBeLessThan(0x80);
    }
    expect(new Set(serials.map((s) => s.join(','))).size).toBe(serials.length);
  });
});

describe.skipIf(!needTool('openssl'))('validity clamping', () => {
  it('cuts a 365-day leaf to a 30-day CA and says so', async () => {
    const base = testPlan('ecdsa-p256');
    // The schema refuses leaf > CA, so build the plan past it, as an imported short CA would.
    const plan: Plan = { ...base, ca: { ...base.ca, validityDays: 30 }, clients: ['etcdctl'] };
    const r = await issuePki(plan, { crypto, now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const caEnd = new x509.X509Certificate(r.value.ca.certPem).notAfter.toISOString();
    expect(caEnd).toBe('2026-03-31T12:00:00.000Z');
    expect(r.value.ca.notAfter).toBe(caEnd);
    for (const c of r.value.certs) {
      expect(c.notAfter).toBe(caEnd);
      expect(r.value.warnings).toContainEqual({
        id: c.spec.id,
        text: msg('warn.validity-cut', { cert: c.spec.id, end: caEnd }),
      });
    }
    const { path, remove } = tempDir();
    try {
      writeFileSync(join(path, 'ca.crt'), r.value.ca.certPem);
      writeFileSync(join(path, 'leaf.crt'), r.value.certs[0]!.certPem);
      const endOf = (f: string) =>
        runOk('openssl', ['x509', '-in', join(path, f), '-noout', '-enddate']);
      expect(endOf('leaf.crt')).toBe(endOf('ca.crt'));
      expect(endOf('leaf.crt').trim()).toBe('notAfter=Mar 31 12:00:00 2026 GMT');
    } finally {
      remove();
    }
  });

  it('refuses to issue from a CA that has expired', async () => {
    const first = await issuePki(
      { ...testPlan('ecdsa-p256'), ca: { ...testPlan('ecdsa-p256').ca, validityDays: 1 } },
      { crypto, now: NOW },
    );
    if (!first.ok) throw new Error(renderText(first.error.text, 'en'));
    const later = new Date(NOW.getTime() + 3 * 86_400_000);
    const r = await issuePki(testPlan('ecdsa-p256'), {
      crypto,
      now: later,
      ca: { certPem: first.value.ca.certPem, keyPem: first.value.ca.keyPem },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('input-unsupported');
    expect(renderText(r.error.text, 'en')).toContain('expires 2026-03-02T12:00:00.000Z');
  });
});
