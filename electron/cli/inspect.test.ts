/**
 * Every lint rule against a certificate that has exactly that defect, made by openssl here, and
 * judged by the built CLI (`node dist/cli.cjs inspect … --json`), as a user would run it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintRuleId } from '../../shared/lint/types';
import { needTool, run, runOk, tempDir } from '../test-support/tools';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

interface JsonReport {
  schema: string;
  exitCode: number;
  files: { path: string; status: string; errors: { code: string }[] }[];
  certificates: {
    file: string;
    roles: string[];
    purpose?: string;
    keyFiles: string[];
    issuer: { status: string };
    hostChecks: { host: string; ok: boolean; error?: string }[];
    findings: { ruleId: LintRuleId; severity: string; seenAs: string; detail: string }[];
  }[];
  keys: { file: string; certificates: { file: string }[] }[];
  notEtcd: number;
}

const GOOD_SERVER = [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature',
  'extendedKeyUsage=serverAuth,clientAuth',
  'subjectKeyIdentifier=hash',
  'authorityKeyIdentifier=keyid:always',
  'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:n1.etcd-lab.test',
];
/** The good server extensions with some lines replaced (matched by the key before "="). */
const serverWith = (...lines: string[]): string[] => {
  const keys = new Set(lines.map((l) => l.split('=')[0]));
  return [
    ...GOOD_SERVER.filter((l) => !keys.has(l.split('=')[0])),
    ...lines.filter((l) => !l.endsWith('=')),
  ];
};

describe.skipIf(!needTool('openssl'))('inspect CLI flags each lint defect (openssl-made)', () => {
  const dir = tempDir('etw-lint-');
  const p = (f: string) => join(dir.path, f);
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir.path });
  let serial = 100;

  /** Signs a leaf for `name` from `ca` with the given extension lines and extra x509 args. */
  function leaf(
    name: string,
    ext: string[],
    opts: { ca?: string; key?: string; subj?: string; args?: string[] } = {},
  ): string {
    const key = opts.key ?? 'leaf.key';
    ssl('req', '-new', '-key', key, '-subj', opts.subj ?? '/CN=n1', '-out', `${name}.csr`);
    writeFileSync(p(`${name}.ext`), `[ext]\n${ext.join('\n')}\n`);
    const ca = opts.ca ?? 'ca';
    const args = opts.args ?? ['-set_serial', String(serial++), '-days', '825', '-sha256'];
    ssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-extfile',
      `${name}.ext`,
      '-extensions',
      'ext',
      ...args,
      '-out',
      `${name}.pem`,
    );
    return `${name}.pem`;
  }

  /** Signs with `openssl ca` for explicit start and end dates (OpenSSL 3.0 x509 has no -not_before). */
  function dated(name: string, start: string, end: string): string {
    ssl('req', '-new', '-key', 'leaf.key', '-subj', '/CN=n1', '-out', `${name}.csr`);
    writeFileSync(p(`${name}.ext`), `[ext]\n${GOOD_SERVER.join('\n')}\n`);
    ssl(
      'ca',
      '-batch',
      '-config',
      'sign.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-startdate',
      start,
      '-enddate',
      end,
      '-extfile',
      `${name}.ext`,
      '-extensions',
      'ext',
      '-notext',
      '-out',
      `${name}.pem`,
    );
    return `${name}.pem`;
  }

  function makeCa(name: string, ext: string[], keyArgs: string[], days = '3650'): void {
    ssl('genpkey', ...keyArgs, '-out', `${name}.key`);
    writeFileSync(
      p(`${name}.cnf`),
      `[req]\ndistinguished_name=dn\n[dn]\n[v3]\n${ext.join('\n')}\n`,
    );
    ssl(
      'req',
      '-x509',
      '-new',
      '-key',
      `${name}.key`,
      '-config',
      `${name}.cnf`,
      '-extensions',
      'v3',
      '-subj',
      `/CN=${name}`,
      '-days',
      days,
      '-sha256',
      '-out',
      `${name}.pem`,
    );
  }

  const EC = ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  const GOOD_CA = [
    'basicConstraints=critical,CA:TRUE',
    'keyUsage=critical,keyCertSign,cRLSign',
    'subjectKeyIdentifier=hash',
  ];

  function inspect(files: string[], ...flags: string[]): JsonReport {
    const r = run('node', [CLI, 'inspect', ...files.map(p), '--json', ...flags]);
    if (r.status !== 0 && r.status !== 1 && r.status !== 2)
      throw new Error(`cli failed: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.exitCode).toBe(r.status);
    return report;
  }

  beforeAll(() => {
    makeCa('ca', GOOD_CA, EC);
    makeCa('rsa-ca', GOOD_CA, ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
    makeCa('short-ca', GOOD_CA, EC, '30');
    makeCa(
      'no-sign-ca',
      [
        'basicConstraints=critical,CA:TRUE',
        'keyUsage=critical,cRLSign,digitalSignature',
        'subjectKeyIdentifier=hash',
      ],
      EC,
    );
    makeCa('not-a-ca', ['keyUsage=critical,digitalSignature', 'subjectKeyIdentifier=hash'], EC);
    makeCa(
      'no-ski-ca',
      [
        'basicConstraints=critical,CA:TRUE',
        'keyUsage=critical,keyCertSign,cRLSign',
        'subjectKeyIdentifier=none',
      ],
      EC,
    );
    ssl('genpkey', ...EC, '-out', 'leaf.key');
    ssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024', '-out', 'rsa1024.key');
    writeFileSync(
      p('sign.cnf'),
      '[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\npolicy=pol\nunique_subject=no\n[pol]\ncommonName=supplied\n',
    );
    writeFileSync(p('index.txt'), '');
    writeFileSync(p('serial'), '1000\n');
  }, 240_000);
  afterAll(() => dir.remove());

  // [rule, how to make the defective certificate, extra CLI flags, other files to inspect with it,
  //  other rule ids that may legitimately appear]
  const cases: [LintRuleId, () => string, string[], () => string[], LintRuleId[]][] = [
    ['expired', () => dated('expired', '20100101000000Z', '20110101000000Z'), [], () => [], []],
    [
      'not-yet-valid',
      () => dated('future', '20990101000000Z', '21000101000000Z'),
      [],
      () => [],
      ['leaf-outlives-ca'],
    ],
    [
      'expiring-soon',
      () => leaf('soon', GOOD_SERVER, { args: ['-set_serial', '7', '-days', '10'] }),
      [],
      () => [],
      [],
    ],
    [
      'leaf-outlives-ca',
      () => leaf('outlives', GOOD_SERVER, { ca: 'short-ca' }),
      [],
      () => ['short-ca.pem'],
      [],
    ],
    [
      'ca-not-ca',
      () => 'not-a-ca.pem',
      [],
      () => [leaf('by-non-ca', GOOD_SERVER, { ca: 'not-a-ca' })],
      [],
    ],
    [
      'ca-missing-key-cert-sign',
      () => 'no-sign-ca.pem',
      [],
      () => [leaf('by-no-sign', GOOD_SERVER, { ca: 'no-sign-ca' })],
      [],
    ],
    [
      'eku-missing-server-auth',
      () => leaf('client-eku', serverWith('extendedKeyUsage=clientAuth')),
      ['--role', 'etcd-server'],
      () => [],
      [],
    ],
    [
      'server-missing-client-auth',
      () => leaf('server-only', serverWith('extendedKeyUsage=serverAuth')),
      [],
      () => [],
      [],
    ],
    [
      'peer-missing-client-auth',
      () => leaf('peer-server-only', serverWith('extendedKeyUsage=serverAuth')),
      ['--role', 'etcd-peer'],
      () => [],
      [],
    ],
    [
      'client-missing-client-auth',
      () =>
        leaf('client-server-only', serverWith('extendedKeyUsage=serverAuth', 'subjectAltName=')),
      ['--role', 'client'],
      () => [],
      [],
    ],
    ['no-sans', () => leaf('cn-only', serverWith('subjectAltName=')), [], () => [], []],
    [
      'host-not-in-sans',
      () => leaf('hosts', GOOD_SERVER),
      ['--host', '10.0.0.9', '--host', '127.0.0.1'],
      () => [],
      [],
    ],
    [
      'server-missing-loopback',
      () => leaf('no-loopback', serverWith('subjectAltName=DNS:localhost,DNS:n1.etcd-lab.test')),
      [],
      () => [],
      [],
    ],
    [
      'invalid-wildcard',
      () => leaf('wild-bare', serverWith('subjectAltName=IP:127.0.0.1,DNS:*')),
      [],
      () => [],
      [],
    ],
    [
      'wildcard-openssl',
      () => leaf('wild-one', serverWith('subjectAltName=IP:127.0.0.1,DNS:*.etcd')),
      ['--kind', 'apisix'],
      () => [],
      [],
    ],
    [
      'invalid-wildcard',
      () => leaf('wild-partial', serverWith('subjectAltName=IP:127.0.0.1,DNS:a*.b.c')),
      [],
      () => [],
      [],
    ],
    [
      'invalid-wildcard',
      () => leaf('wild-inner', serverWith('subjectAltName=IP:127.0.0.1,DNS:a.*.c')),
      [],
      () => [],
      [],
    ],
    [
      'apisix-client-cn-with-auth',
      () =>
        leaf('apisix', serverWith('extendedKeyUsage=clientAuth', 'subjectAltName='), {
          subj: '/CN=apisix',
        }),
      ['--kind', 'apisix', '--etcd-auth'],
      () => [],
      [],
    ],
    [
      'weak-signature',
      () => leaf('sha1', GOOD_SERVER, { args: ['-set_serial', '8', '-days', '825', '-sha1'] }),
      [],
      () => [],
      [],
    ],
    [
      'weak-signature',
      () =>
        leaf('md5', GOOD_SERVER, {
          ca: 'rsa-ca',
          args: ['-set_serial', '9', '-days', '825', '-md5'],
        }),
      [],
      () => ['rsa-ca.pem'],
      [],
    ],
    [
      'rsa-key-too-small',
      () =>
        leaf('rsa1024', serverWith('keyUsage=critical,digitalSignature,keyEncipherment'), {
          key: 'rsa1024.key',
        }),
      [],
      () => [],
      [],
    ],
    [
      'serial-zero',
      () => leaf('serial0', GOOD_SERVER, { args: ['-set_serial', '0', '-days', '825'] }),
      [],
      () => [],
      [],
    ],
    [
      'serial-negative',
      () => leaf('serialneg', GOOD_SERVER, { args: ['-set_serial', '-5', '-days', '825'] }),
      [],
      () => [],
      [],
    ],
    [
      'serial-too-long',
      () =>
        leaf('seriallong', GOOD_SERVER, {
          args: ['-set_serial', `0x7f${'ab'.repeat(20)}`, '-days', '825'],
        }),
      [],
      () => [],
      [],
    ],
    ['missing-ski', () => 'no-ski-ca.pem', [], () => [], []],
    [
      'missing-aki',
      () => leaf('no-aki', serverWith('authorityKeyIdentifier=none')),
      [],
      () => [],
      [],
    ],
  ];

  it.each(cases)('%s', (ruleId, make, flags, others, allowed) => {
    const target = make();
    // With the CA that issued it, as a user checks a set: the chain is checked too.
    const given = others();
    const extra = (given.length > 0 ? given : ['ca.pem']).map((o) =>
      o.endsWith('.pem') ? o : `${o}.pem`,
    );
    const report = inspect([target, ...extra.filter((e) => e !== target)], ...flags);
    const cert = report.certificates.find((c) => c.file.endsWith(`/${target}`));
    expect(cert, `no certificate from ${target}`).toBeDefined();
    const ids = cert!.findings.map((f) => f.ruleId);
    expect(ids).toContain(ruleId);
    // Precise: nothing else is flagged on a certificate that has only this defect.
    expect(ids.filter((id) => id !== ruleId && !allowed.includes(id))).toEqual([]);
    const finding = cert!.findings.find((f) => f.ruleId === ruleId)!;
    expect(finding.seenAs.length).toBeGreaterThan(10);
    if (finding.severity === 'error') expect(report.exitCode).toBe(1);
  });

  it('kube-apiserver’s serving certificate says it is not etcd’s, unless --role says otherwise', () => {
    const api = leaf(
      'apiserver',
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        'extendedKeyUsage=serverAuth',
        'subjectAltName=DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:10.96.0.1,IP:10.0.0.10',
        'authorityKeyIdentifier=keyid:always',
      ],
      { subj: '/CN=kube-apiserver' },
    );
    const report = inspect([api, 'ca.pem'], '--host', 'n1.etcd-lab.test');
    const c = report.certificates.find((x) => x.file.endsWith('apiserver.pem'))!;
    expect(c).toMatchObject({ purpose: 'kube-apiserver-serving', roles: [], hostChecks: [] });
    expect(c.findings).toEqual([]);
    expect(report).toMatchObject({ exitCode: 0, notEtcd: 1 });
    const text = (env: Record<string, string>) =>
      run('node', [CLI, 'inspect', p(api), p('ca.pem')], { env: { ...process.env, ...env } })
        .stdout;
    const en = text({ LC_ALL: 'C' });
    expect(en).toContain(
      'kube-apiserver serving certificate — not used by etcd (no etcd role checked; --role judges it as one)',
    );
    expect(en).toMatch(/2 certificates \(1 not used by etcd\), /);
    const zh = text({ LC_ALL: 'zh_CN.UTF-8' });
    expect(zh).toContain('kube-apiserver 服务端证书，etcd 不使用（未按 etcd 角色检查');
    expect(zh).toContain('2 张证书（其中 1 张 etcd 不使用）');
    // The role the user gives wins: judged as etcd's server certificate, it fails etcd's gateway.
    const asServer = inspect([api, 'ca.pem'], '--role', 'etcd-server');
    const s = asServer.certificates.find((x) => x.file.endsWith('apiserver.pem'))!;
    expect(s.purpose).toBeUndefined();
    expect(s.findings.map((f) => f.ruleId)).toEqual([
      'server-missing-client-auth',
      'server-missing-loopback',
    ]);
    expect(asServer.exitCode).toBe(1);
  });

  it('a leaf without a Subject Key Identifier, as Go and kubeadm make them, is clean', () => {
    const report = inspect([leaf('go-style', serverWith('subjectKeyIdentifier=none')), 'ca.pem']);
    expect(report.certificates.flatMap((c) => c.findings.map((f) => f.ruleId))).toEqual([]);
    expect(report.exitCode).toBe(0);
  });

  it("a leaf of a same-name CA made again is refused with Go's text, and exits 1", () => {
    makeCa('ca-again', GOOD_CA, EC);
    // The new CA carries the old one's name: "ran the CA step twice".
    ssl(
      'req',
      '-x509',
      '-new',
      '-key',
      'ca-again.key',
      '-config',
      'ca-again.cnf',
      '-extensions',
      'v3',
      '-subj',
      '/CN=ca',
      '-days',
      '30',
      '-out',
      'ca-again.pem',
    );
    const report = inspect([
      leaf('old-leaf', serverWith('authorityKeyIdentifier=none')),
      'ca-again.pem',
    ]);
    const cert = report.certificates.find((c) => c.file.endsWith('/old-leaf.pem'))!;
    expect(cert.issuer.status).toBe('wrong');
    expect(cert.findings.map((f) => f.ruleId)).toEqual(['unknown-authority', 'missing-aki']);
    expect(cert.findings[0]!.detail).toBe(
      'Go would say: x509: certificate signed by unknown authority (possibly because of "x509: ECDSA verification failure" while trying to verify candidate authority certificate "ca")',
    );
    expect(report.exitCode).toBe(1);
    const text = run('node', [CLI, 'inspect', p('old-leaf.pem'), p('ca-again.pem')]).stdout;
    expect(text).toContain('NOT signed by');
    expect(text).toContain('Go refuses it: x509: certificate signed by unknown authority');
  });

  it('host-not-in-sans quotes the exact Go error and checks every host', () => {
    const report = inspect(
      [leaf('hosts2', GOOD_SERVER)],
      '--host',
      '10.0.0.9',
      '--host',
      'LOCALHOST',
      '--host',
      'n2.etcd-lab.test',
    );
    const cert = report.certificates[0]!;
    expect(cert.hostChecks).toEqual([
      {
        host: '10.0.0.9',
        ok: false,
        error: 'x509: certificate is valid for 127.0.0.1, not 10.0.0.9',
      },
      { host: 'LOCALHOST', ok: true },
      {
        host: 'n2.etcd-lab.test',
        ok: false,
        error: 'x509: certificate is valid for localhost, n1.etcd-lab.test, not n2.etcd-lab.test',
      },
    ]);
    expect(
      cert.findings.filter((f) => f.ruleId === 'host-not-in-sans').map((f) => f.detail),
    ).toEqual([
      '10.0.0.9: x509: certificate is valid for 127.0.0.1, not 10.0.0.9',
      'n2.etcd-lab.test: x509: certificate is valid for localhost, n1.etcd-lab.test, not n2.etcd-lab.test',
    ]);
  });

  // Made with plain openssl as in docs/testing.md#reference-certificates.
  it('clean reference certificates (CA, server, peer, client, keys) give no findings and exit 0', () => {
    const client = leaf(
      'client',
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=clientAuth',
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid:always',
      ],
      { subj: '/CN=etcdctl' },
    );
    const server = leaf('n1-server', GOOD_SERVER);
    const peer = leaf('n1-peer', GOOD_SERVER);
    const rsaServer = leaf(
      'n1-rsa-server',
      serverWith('keyUsage=critical,digitalSignature,keyEncipherment'),
      { ca: 'rsa-ca' },
    );
    const report = inspect(
      ['ca.pem', 'rsa-ca.pem', server, peer, client, rsaServer, 'leaf.key'],
      '--host',
      '127.0.0.1',
      '--host',
      'n1.etcd-lab.test',
    );
    expect(
      report.certificates.flatMap((c) => c.findings.map((f) => `${c.file}: ${f.ruleId}`)),
    ).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.certificates.find((c) => c.file.endsWith('/n1-server.pem'))!.issuer.status).toBe(
      'found',
    );
    expect(report.keys[0]!.certificates.length).toBeGreaterThanOrEqual(3); // one key reused for the leaves
    // An APISIX certificate with an empty CN is fine even with etcd auth on.
    const apisix = leaf(
      'apisix-ok',
      [
        'basicConstraints=critical,CA:FALSE',
        'extendedKeyUsage=clientAuth',
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid:always',
      ],
      { subj: '/O=apisix' },
    );
    expect(inspect(['ca.pem', apisix], '--kind', 'apisix', '--etcd-auth').exitCode).toBe(0);
  });

  it('names a missing issuer and exits 2 on unreadable input with one clear line', () => {
    const report = inspect([leaf('orphan', GOOD_SERVER)]);
    expect(report.certificates[0]!.issuer).toEqual(
      expect.objectContaining({ status: 'missing', issuer: 'CN=ca' }),
    );
    const r = run('node', [CLI, 'inspect', p('does-not-exist.pem')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      `etcd-tls-wizard inspect: cannot read ${p('does-not-exist.pem')}: no such file or folder`,
    );
    writeFileSync(p('junk.txt'), 'not a certificate');
    const junk = run('node', [CLI, 'inspect', p('junk.txt')]);
    expect(junk.status).toBe(2);
    expect(junk.stdout).toContain('input-not-pki');
  });

  it('prints a human report with subject, SANs, EKU, validity, roles and findings', () => {
    const target = leaf('human', serverWith('extendedKeyUsage=serverAuth'));
    const r = run('node', [CLI, 'inspect', p('ca.pem'), p(target)]);
    expect(r.status).toBe(1);
    for (const text of [
      'certificate CN=n1',
      'SANs:',
      'IP:127.0.0.1',
      'validity:',
      'roles:',
      'ERROR [server-missing-client-auth]',
      'seen as: etcd log',
      'fix:',
    ])
      expect(r.stdout).toContain(text);
    expect(r.stdout).toMatch(/EKU:\s+serverAuth\n/);
  });
});
