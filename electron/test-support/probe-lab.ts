/**
 * Live etcd 3.4 members for the probe tests, one single-member cluster each: a good member
 * started from an issued bundle (installed as its README says, started from its etcd.conf.yml),
 * and members started with flags and server certificates that openssl signed with the same CA,
 * each wrong in one way: no 127.0.0.1 in the SANs, no clientAuth, dates in the past. Plus a
 * member on plain http:// and a port where nothing listens. Ports come from the OS
 * ({@link freePorts}), as in the other etcd tests, so parallel test files never collide.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { issueBundle, type IssuedBundle } from './etcd-bundle';
import { freePorts, startMember, stopAll, type ClientTls, type EtcdMember } from './etcd-cluster';

/** The members of the lab and the URLs to probe. */
export interface ProbeLab {
  readonly bundle: IssuedBundle;
  /** etcdctl's files in the bundle (clients/etcdctl). */
  readonly etcdctl: ClientTls;
  readonly urls: {
    readonly good: string;
    readonly goodPeer: string;
    /** Served certificate names 127.0.0.2 and localhost, not 127.0.0.1. */
    readonly noLoopback: string;
    /** Served certificate has serverAuth only: the gateway cannot dial its member. */
    readonly noClientAuth: string;
    /** Served certificate ended in 2020. */
    readonly expired: string;
    /** A member on http:// (client URL). */
    readonly plain: string;
    readonly closed: string;
  };
  readonly members: readonly EtcdMember[];
  stop(): Promise<void>;
}

/** Signs a server certificate for `name` with the bundle's CA (its key opened by openssl). */
function signServer(
  b: IssuedBundle,
  dir: string,
  name: string,
  ext: { eku: string; san: string },
  dates?: { start: string; end: string },
): { cert: string; key: string } {
  const at = (f: string) => join(dir, f);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  execFileSync(
    'openssl',
    [
      'genpkey',
      '-algorithm',
      'EC',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-out',
      at(`${name}.key`),
    ],
    { stdio: 'pipe' },
  );
  execFileSync(
    'openssl',
    ['req', '-new', '-key', at(`${name}.key`), '-subj', `/CN=${name}`, '-out', at(`${name}.csr`)],
    { stdio: 'pipe' },
  );
  const extLines = [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    `extendedKeyUsage=${ext.eku}`,
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid:always',
    `subjectAltName=${ext.san}`,
  ];
  const caArgs = ['-passin', `pass:${b.caPassphrase}`];
  if (!dates) {
    writeFileSync(at(`${name}.ext`), ['[ext]', ...extLines, ''].join('\n'));
    execFileSync(
      'openssl',
      [
        'x509',
        '-req',
        '-in',
        at(`${name}.csr`),
        '-CA',
        join(b.bundle, 'ca/ca.crt'),
        '-CAkey',
        join(b.bundle, 'ca/ca.key'),
        ...caArgs,
        '-set_serial',
        `0x${name.length}5eed`,
        '-days',
        '30',
        '-sha256',
        '-extfile',
        at(`${name}.ext`),
        '-extensions',
        'ext',
        '-out',
        at(`${name}.crt`),
      ],
      { stdio: 'pipe' },
    );
  } else {
    // openssl 3.0's x509 cannot date a certificate in the past; `openssl ca` can.
    const db = at(`${name}-db`);
    mkdirSync(db, { recursive: true });
    writeFileSync(join(db, 'index.txt'), '');
    writeFileSync(join(db, 'serial'), '5eed02\n');
    writeFileSync(
      at(`${name}.cnf`),
      [
        '[ca]',
        'default_ca=c',
        '[c]',
        `database=${join(db, 'index.txt')}`,
        `new_certs_dir=${db}`,
        `serial=${join(db, 'serial')}`,
        'default_md=sha256',
        'policy=p',
        'unique_subject=no',
        '[p]',
        'commonName=supplied',
        '[ext]',
        ...extLines,
        '',
      ].join('\n'),
    );
    execFileSync(
      'openssl',
      [
        'ca',
        '-batch',
        '-config',
        at(`${name}.cnf`),
        '-cert',
        join(b.bundle, 'ca/ca.crt'),
        '-keyfile',
        join(b.bundle, 'ca/ca.key'),
        ...caArgs,
        '-extensions',
        'ext',
        '-startdate',
        dates.start,
        '-enddate',
        dates.end,
        '-notext',
        '-in',
        at(`${name}.csr`),
        '-out',
        at(`${name}.crt`),
      ],
      { stdio: 'pipe' },
    );
  }
  return { cert: at(`${name}.crt`), key: at(`${name}.key`) };
}

/** An etcd.flags-style file ("etcd \" then one flag a line) for a single-member cluster. */
function flagsFile(
  dir: string,
  name: string,
  ports: { client: number; peer: number },
  tls?: { cert: string; key: string; ca: string },
): string {
  const scheme = tls ? 'https' : 'http';
  const client = `${scheme}://127.0.0.1:${ports.client}`;
  const peer = `${scheme}://127.0.0.1:${ports.peer}`;
  const flags = [
    `--name=${name}`,
    `--data-dir=${join(dir, `${name}.etcd`)}`,
    `--listen-client-urls=${client}`,
    `--advertise-client-urls=${client}`,
    `--listen-peer-urls=${peer}`,
    `--initial-advertise-peer-urls=${peer}`,
    `--initial-cluster=${name}=${peer}`,
    ...(tls
      ? [
          `--cert-file=${tls.cert}`,
          `--key-file=${tls.key}`,
          `--trusted-ca-file=${tls.ca}`,
          '--client-cert-auth=true',
          `--peer-cert-file=${tls.cert}`,
          `--peer-key-file=${tls.key}`,
          `--peer-trusted-ca-file=${tls.ca}`,
          '--peer-client-cert-auth=true',
        ]
      : []),
  ];
  const path = join(dir, `${name}.flags`);
  writeFileSync(
    path,
    ['etcd \\', ...flags.map((f, i) => `  ${f}${i < flags.length - 1 ? ' \\' : ''}`), ''].join(
      '\n',
    ),
  );
  return path;
}

/** True once `GET /health` answers healthy (TLS without verification: some certificates are bad on purpose). */
function healthy(url: string, tls: ClientTls): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => resolve(ok);
    const opts = { timeout: 2000, agent: false as const };
    const onRes = (res: IncomingMessage) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done(res.statusCode === 200 && /"health":\s*"true"/.test(body)));
    };
    const req = url.startsWith('https:')
      ? httpsRequest(
          `${url}/health`,
          {
            ...opts,
            rejectUnauthorized: false,
            cert: readFileSync(tls.cert),
            key: readFileSync(tls.key),
          },
          onRes,
        )
      : httpRequest(`${url}/health`, opts, onRes);
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(false));
    req.end();
  });
}

/**
 * Waits until every URL answers `GET /health` as healthy; throws with the members' logs when one
 * exits or 60 s pass.
 */
export async function waitUp(
  urls: readonly string[],
  tls: ClientTls,
  members: readonly EtcdMember[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const waiting = [...urls];
  while (waiting.length > 0) {
    const dead = members.find((m) => m.proc.exitCode !== null || m.proc.signalCode !== null);
    if (dead || Date.now() > deadline)
      throw new Error(
        `etcd did not come up (${dead ? `${dead.name} exited` : `waiting for ${waiting.join(', ')}`}):\n${members.map((m) => `--- ${m.name}\n${m.log().slice(-1500)}`).join('\n')}`,
      );
    const up = await Promise.all(waiting.map((u) => healthy(u, tls)));
    for (let i = up.length - 1; i >= 0; i--) if (up[i]) waiting.splice(i, 1);
    if (waiting.length > 0) await new Promise((r) => setTimeout(r, 200));
  }
}

/** Issues, signs and starts everything; throws with the members' logs when one does not come up. */
export async function startProbeLab(root: string): Promise<ProbeLab> {
  const p = await freePorts(11);
  const port = (i: number) => p[i]!;
  const bundle = issueBundle(
    join(root, 'good'),
    'ecdsa-p256',
    ['good'],
    [port(0), port(1)],
    ['--export-ca-key', 'encrypted'],
  );
  // Install as the README says: a lone member's files go straight into pkiDir.
  mkdirSync(bundle.pkiDir, { recursive: true, mode: 0o700 });
  for (const f of ['ca.crt', 'server.crt', 'server.key', 'peer.crt', 'peer.key'])
    copyFileSync(join(bundle.bundle, 'nodes/good', f), join(bundle.pkiDir, f));
  const ca = join(bundle.bundle, 'ca/ca.crt');
  const certs = join(root, 'certs');
  const noLoopback = signServer(bundle, certs, 'noloopback', {
    eku: 'serverAuth,clientAuth',
    san: 'IP:127.0.0.2,DNS:localhost',
  });
  const noClientAuth = signServer(bundle, certs, 'noclientauth', {
    eku: 'serverAuth',
    san: 'IP:127.0.0.1,DNS:localhost',
  });
  const expired = signServer(
    bundle,
    certs,
    'expired',
    { eku: 'serverAuth,clientAuth', san: 'IP:127.0.0.1,DNS:localhost' },
    { start: '20200101000000Z', end: '20200201000000Z' },
  );
  const dir = join(root, 'members');
  mkdirSync(dir, { recursive: true });
  const members: EtcdMember[] = [];
  const start = (name: string, file: { configFile: string } | { flagsFile: string }) => {
    const m = startMember(name, file, bundle.dir);
    members.push(m);
  };
  start('good', { configFile: join(bundle.bundle, 'nodes/good/etcd.conf.yml') });
  start('noloopback', {
    flagsFile: flagsFile(
      dir,
      'noloopback',
      { client: port(2), peer: port(3) },
      { ...noLoopback, ca },
    ),
  });
  start('noclientauth', {
    flagsFile: flagsFile(
      dir,
      'noclientauth',
      { client: port(4), peer: port(5) },
      { ...noClientAuth, ca },
    ),
  });
  start('expired', {
    flagsFile: flagsFile(dir, 'expired', { client: port(6), peer: port(7) }, { ...expired, ca }),
  });
  start('plain', { flagsFile: flagsFile(dir, 'plain', { client: port(8), peer: port(9) }) });
  const client = (f: string) => join(bundle.bundle, 'clients/etcdctl', f);
  const etcdctl = { ca: client('ca.crt'), cert: client('client.crt'), key: client('client.key') };
  const https = (i: number) => `https://127.0.0.1:${port(i)}`;
  const urls = {
    good: https(0),
    goodPeer: https(1),
    noLoopback: https(2),
    noClientAuth: https(4),
    expired: https(6),
    plain: `http://127.0.0.1:${port(8)}`,
    closed: https(10),
  };
  const lab: ProbeLab = { bundle, etcdctl, urls, members, stop: () => stopAll(members) };
  try {
    await waitUp(
      [urls.good, urls.noLoopback, urls.noClientAuth, urls.expired, urls.plain],
      etcdctl,
      members,
    );
  } catch (e) {
    await lab.stop();
    throw e;
  }
  return lab;
}
