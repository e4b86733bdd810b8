/**
 * Bundles for the cluster tests: issued through the built CLI (`node dist/cli.cjs issue`), then
 * installed where the generated configs expect the files, and checked with openssl.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientTls } from './etcd-cluster';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CA_PASSPHRASE = 'test CA passphrase 1234';
const P12_PASSWORD = 'test p12 password 1234';

/** An issued bundle and where its files are installed. */
export interface IssuedBundle {
  readonly dir: string;
  readonly bundle: string;
  readonly pkiDir: string;
  readonly members: readonly string[];
  /** Client URLs in member order. */
  readonly endpoints: readonly string[];
  /** The installed etcdctl.env (absolute paths into pkiDir/etcdctl). */
  readonly etcdctlEnv: string;
  /** The APISIX client files, straight from the bundle. */
  readonly apisixTls: ClientTls;
  readonly caPassphrase: string;
  readonly p12Password: string;
}

/**
 * Writes a plan for `members` on 127.0.0.1 with the given ports (client, peer per member) and
 * runs `node dist/cli.cjs issue`; throws with the CLI's output when it fails.
 */
export function issueBundle(
  dir: string,
  key: string,
  members: readonly string[],
  ports: readonly number[],
  extraArgs: readonly string[] = [],
): IssuedBundle {
  mkdirSync(dir, { recursive: true });
  const pkiDir = join(dir, 'pki');
  const plan = [
    'version: 1',
    `pkiDir: ${pkiDir}`,
    `dataDir: ${join(dir, 'data')}`,
    `ca: { key: ${key} }`,
    `leaf: { key: ${key} }`,
    'etcd: { version: "3.4", clusterToken: wizard-it }',
    'cluster:',
    '  members:',
    ...members.map(
      (m, i) =>
        `    - { name: ${m}, addresses: [127.0.0.1], clientPort: ${ports[2 * i]}, peerPort: ${ports[2 * i + 1]} }`,
    ),
    'clients: [kube-apiserver, etcdctl, apisix]',
    'apisix: {}',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'plan.yaml'), plan);
  const bundle = join(dir, 'bundle');
  const r = spawnSync(
    'node',
    [join(REPO, 'dist/cli.cjs'), 'issue', '--plan', 'plan.yaml', '--out', bundle, ...extraArgs],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ETW_CA_PASSPHRASE: CA_PASSPHRASE, ETW_P12_PASSWORD: P12_PASSWORD },
    },
  );
  if (r.status !== 0) throw new Error(`issue failed (${r.status}): ${r.stderr}${r.stdout}`);
  const client = (f: string) => join(bundle, 'clients/apisix', f);
  return {
    dir,
    bundle,
    pkiDir,
    members,
    endpoints: members.map((_, i) => `https://127.0.0.1:${ports[2 * i]}`),
    etcdctlEnv: join(pkiDir, 'etcdctl/etcdctl.env'),
    apisixTls: { ca: client('ca.crt'), cert: client('client.crt'), key: client('client.key') },
    caPassphrase: CA_PASSPHRASE,
    p12Password: P12_PASSWORD,
  };
}

/**
 * Copies the files to where the configs expect them, as the README tells an admin: members
 * sharing a host get `<pkiDir>/<member>/`, etcdctl's files go to `<pkiDir>/etcdctl/`.
 */
export function installBundle(b: IssuedBundle): void {
  const copy = (from: string, toDir: string, names: string[]) => {
    mkdirSync(toDir, { recursive: true, mode: 0o700 });
    for (const n of names) copyFileSync(join(from, n), join(toDir, n));
  };
  for (const m of b.members)
    copy(join(b.bundle, 'nodes', m), join(b.pkiDir, m), [
      'ca.crt',
      'server.crt',
      'server.key',
      'peer.crt',
      'peer.key',
    ]);
  copy(join(b.bundle, 'clients/etcdctl'), join(b.pkiDir, 'etcdctl'), [
    'ca.crt',
    'client.crt',
    'client.key',
    'etcdctl.env',
  ]);
}

/** `openssl verify -x509_strict` of every certificate of the bundle for each of its purposes. */
export function verifyBundle(
  b: IssuedBundle,
): { file: string; purpose: string; ok: boolean; out: string }[] {
  const ca = join(b.bundle, 'ca/ca.crt');
  const checks: [string, string[]][] = [['ca/ca.crt', []]];
  const both = ['sslserver', 'sslclient'];
  for (const m of b.members)
    checks.push([`nodes/${m}/server.crt`, both], [`nodes/${m}/peer.crt`, both]);
  for (const c of readdirSync(join(b.bundle, 'clients')))
    checks.push([`clients/${c}/client.crt`, ['sslclient']]);
  return checks.map(([file, purposes]) => {
    const ip = file.startsWith('nodes/') ? ['-verify_ip', '127.0.0.1'] : [];
    // One call per purpose: openssl keeps only the last -purpose given. The CA checks itself.
    const calls = file === 'ca/ca.crt' ? [[]] : purposes.map((p) => ['-purpose', p, ...ip]);
    const results = calls.map((a) =>
      spawnSync('openssl', ['verify', '-x509_strict', ...a, '-CAfile', ca, join(b.bundle, file)], {
        encoding: 'utf8',
      }),
    );
    return {
      file,
      purpose: file === 'ca/ca.crt' ? 'ca' : purposes.join('+'),
      ok: results.every((r) => r.status === 0 && /: OK\n?$/.test(r.stdout)),
      out: results.map((r) => r.stdout + r.stderr).join(''),
    };
  });
}

/**
 * Replaces the installed server certificate of `member` with one signed by the bundle's CA
 * (its encrypted ca.key, opened by openssl) whose EKU is serverAuth only: etcd issue 9785.
 * Returns the path of the bad certificate.
 */
export function badServerCert(b: IssuedBundle, member: string): string {
  const w = (n: string) => join(b.dir, n);
  writeFileSync(
    w('bad.ext'),
    [
      '[ext]',
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid:always',
      'subjectAltName=IP:127.0.0.1,DNS:localhost,IP:::1',
      '',
    ].join('\n'),
  );
  const key = join(b.pkiDir, member, 'server.key');
  execFileSync(
    'openssl',
    ['req', '-new', '-key', key, '-subj', `/CN=${member}`, '-out', w('bad.csr')],
    { stdio: 'pipe' },
  );
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      w('bad.csr'),
      '-CA',
      join(b.bundle, 'ca/ca.crt'),
      '-CAkey',
      join(b.bundle, 'ca/ca.key'),
      '-passin',
      `pass:${b.caPassphrase}`,
      '-set_serial',
      '0x5eed0001',
      '-days',
      '30',
      '-sha256',
      '-extfile',
      w('bad.ext'),
      '-extensions',
      'ext',
      '-out',
      w('bad-server.crt'),
    ],
    { stdio: 'pipe' },
  );
  copyFileSync(w('bad-server.crt'), join(b.pkiDir, member, 'server.crt'));
  return w('bad-server.crt');
}
