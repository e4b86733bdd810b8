/**
 * PKI folders made on the spot by openssl and cfssl, as users bring them to the inspector, for
 * the tests that hold the inspector's verdicts to Go's (go-judge.ts): a kubeadm-style tree (Go
 * makes leaves with an Authority but no Subject Key Identifier), a cfssl set with the `*.etcd`
 * SAN of popular StatefulSet guides and an intermediate CA, a CA re-generated with the same name
 * next to leaves of the old one (with and without AKI), and one CA each for seeded defects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOTH, CA_EXT, leafExt, makeWithOpenssl } from './openssl-maker';
import { run } from './tools';

/** One folder the user would drop, and the hosts to check its certificates against. */
export interface VerdictSet {
  readonly name: string;
  readonly dir: string;
  readonly hosts: readonly string[];
}

/** kubeadm's /etc/kubernetes/pki, remade with openssl in kubeadm's shape (RSA, no leaf SKI). */
export function kubeadm(dir: string): VerdictSet {
  const node = 'DNS:node1,DNS:localhost,IP:10.0.0.10,IP:127.0.0.1,IP:0:0:0:0:0:0:0:1';
  const go = { ski: false };
  makeWithOpenssl(dir, [
    { file: 'ca.crt', subj: '/CN=kubernetes', key: 'rsa', ext: CA_EXT },
    {
      file: 'apiserver.crt',
      subj: '/CN=kube-apiserver',
      key: 'rsa',
      issuer: 'ca.crt',
      ext: leafExt(
        'serverAuth',
        'DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,DNS:node1,IP:10.96.0.1,IP:10.0.0.10',
        go,
      ),
    },
    {
      file: 'apiserver-kubelet-client.crt',
      subj: '/O=system:masters/CN=kube-apiserver-kubelet-client',
      key: 'rsa',
      issuer: 'ca.crt',
      ext: leafExt('clientAuth', undefined, go),
    },
    { file: 'front-proxy-ca.crt', subj: '/CN=front-proxy-ca', key: 'rsa', ext: CA_EXT },
    {
      file: 'front-proxy-client.crt',
      subj: '/CN=front-proxy-client',
      key: 'rsa',
      issuer: 'front-proxy-ca.crt',
      ext: leafExt('clientAuth', undefined, go),
    },
    { file: 'etcd/ca.crt', subj: '/CN=etcd-ca', key: 'rsa', ext: CA_EXT },
    {
      file: 'etcd/server.crt',
      subj: '/CN=node1',
      key: 'rsa',
      issuer: 'etcd/ca.crt',
      ext: leafExt(BOTH, node, go),
    },
    {
      file: 'etcd/peer.crt',
      subj: '/CN=node1',
      key: 'rsa',
      issuer: 'etcd/ca.crt',
      ext: leafExt(BOTH, node, go),
    },
    {
      file: 'etcd/healthcheck-client.crt',
      subj: '/CN=kube-etcd-healthcheck-client',
      key: 'rsa',
      issuer: 'etcd/ca.crt',
      ext: leafExt('clientAuth', undefined, go),
    },
    {
      file: 'apiserver-etcd-client.crt',
      subj: '/CN=kube-apiserver-etcd-client',
      key: 'rsa',
      issuer: 'etcd/ca.crt',
      ext: leafExt('clientAuth', undefined, go),
    },
  ]);
  return {
    name: 'kubeadm',
    dir,
    hosts: ['node1', '10.0.0.10', '127.0.0.1', '::1', 'localhost', 'kubernetes.default', 'node2'],
  };
}

/** Runs cfssl and writes its JSON through cfssljson as `<bare>.pem` / `<bare>-key.pem`. */
function cfssl(dir: string, args: readonly string[], bare: string): void {
  const r = run('cfssl', [args[0]!, '-loglevel', '5', ...args.slice(1)], { cwd: dir });
  if (r.status !== 0) throw new Error(`cfssl ${args.join(' ')} failed: ${r.stderr}`);
  const j = run('cfssljson', ['-bare', bare], { cwd: dir, input: r.stdout });
  if (j.status !== 0) throw new Error(`cfssljson failed: ${j.stderr}`);
}

/** A cfssl PKI as the StatefulSet guides make it: `*.etcd` on the members, an intermediate. */
function cfsslSet(dir: string): VerdictSet {
  mkdirSync(dir, { recursive: true });
  const json = (f: string, v: unknown) => writeFileSync(join(dir, f), JSON.stringify(v));
  json('ca-csr.json', { CN: 'etcd-ca', key: { algo: 'rsa', size: 2048 }, names: [{ O: 'etcd' }] });
  json('ca-config.json', {
    signing: {
      default: { expiry: '8760h' },
      profiles: {
        server: {
          expiry: '8760h',
          usages: ['signing', 'key encipherment', 'server auth', 'client auth'],
        },
        client: { expiry: '8760h', usages: ['signing', 'key encipherment', 'client auth'] },
        intermediate: {
          expiry: '8760h',
          usages: ['cert sign', 'crl sign'],
          ca_constraint: { is_ca: true, max_path_len: 0, max_path_len_zero: true },
        },
      },
    },
  });
  const member = (i: number) => ({
    CN: `etcd${i}`,
    hosts: [`etcd${i}-0.etcd`, '*.etcd', '*.etcd.default.svc', '127.0.0.1', 'localhost'],
    key: { algo: 'ecdsa', size: 256 },
  });
  json('etcd0-csr.json', member(0));
  json('etcd1-csr.json', member(1));
  json('client-csr.json', { CN: 'etcdctl', key: { algo: 'ecdsa', size: 256 } });
  json('intermediate-csr.json', {
    CN: 'etcd-intermediate',
    key: { algo: 'ecdsa', size: 384 },
    names: [{ O: 'etcd' }],
  });
  cfssl(dir, ['gencert', '-initca', 'ca-csr.json'], 'ca');
  const sign = ['-ca', 'ca.pem', '-ca-key', 'ca-key.pem', '-config', 'ca-config.json'];
  cfssl(dir, ['gencert', ...sign, '-profile', 'server', 'etcd0-csr.json'], 'etcd0');
  cfssl(dir, ['gencert', ...sign, '-profile', 'client', 'client-csr.json'], 'client');
  cfssl(dir, ['genkey', 'intermediate-csr.json'], 'intermediate');
  cfssl(dir, ['sign', ...sign, '-profile', 'intermediate', 'intermediate.csr'], 'intermediate');
  cfssl(
    dir,
    [
      'gencert',
      '-ca',
      'intermediate.pem',
      '-ca-key',
      'intermediate-key.pem',
      '-config',
      'ca-config.json',
      '-profile',
      'server',
      'etcd1-csr.json',
    ],
    'etcd1',
  );
  return {
    name: 'cfssl',
    dir,
    hosts: ['etcd0-0.etcd', 'etcd1-0.etcd', 'etcd2-0.etcd', 'a.b.etcd', '127.0.0.1', 'etcd'],
  };
}

/** "I ran the CA step twice": the new ca.crt next to leaves of the old CA, with and without AKI. */
export function regenerated(dir: string): VerdictSet {
  const sans = 'DNS:etcd0.example.internal,IP:127.0.0.1';
  makeWithOpenssl(dir, [
    { file: 'old-ca.crt', subj: '/CN=etcd-ca', ext: CA_EXT, hidden: true },
    { file: 'server.crt', subj: '/CN=etcd0', issuer: 'old-ca.crt', ext: leafExt(BOTH, sans) },
    {
      file: 'server-no-aki.crt',
      subj: '/CN=etcd0-no-aki',
      issuer: 'old-ca.crt',
      ext: leafExt(BOTH, sans, { aki: false }),
    },
    { file: 'ca.crt', subj: '/CN=etcd-ca', ext: CA_EXT },
    { file: 'server-new.crt', subj: '/CN=etcd0-new', issuer: 'ca.crt', ext: leafExt(BOTH, sans) },
  ]);
  return { name: 'regenerated', dir, hosts: ['etcd0.example.internal', '127.0.0.1'] };
}

/** One defect per certificate, each under a CA of its own where the defect is the CA's. */
function defects(dir: string): VerdictSet {
  const sans = 'DNS:etcd0.example.internal,IP:127.0.0.1';
  const past: [string, string] = ['20100101000000Z', '20110101000000Z'];
  const future: [string, string] = ['20990101000000Z', '21000101000000Z'];
  makeWithOpenssl(dir, [
    { file: 'ca.crt', subj: '/CN=defects-ca', key: 'p384', ext: CA_EXT },
    { file: 'good.crt', subj: '/CN=good', issuer: 'ca.crt', ext: leafExt(BOTH, sans) },
    {
      file: 'ed25519.crt',
      subj: '/CN=ed25519-leaf',
      key: 'ed25519',
      issuer: 'ca.crt',
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'expired.crt',
      subj: '/CN=expired',
      issuer: 'ca.crt',
      dates: past,
      ext: leafExt(BOTH, sans),
    },
    {
      // kube-apiserver's serving certificate, expired: not etcd's, but its dates still count.
      file: 'expired-apiserver.crt',
      subj: '/CN=kube-apiserver',
      issuer: 'ca.crt',
      dates: past,
      ext: leafExt(
        'serverAuth',
        'DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,IP:10.96.0.1',
      ),
    },
    {
      file: 'future.crt',
      subj: '/CN=future',
      issuer: 'ca.crt',
      dates: future,
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'sha1.crt',
      subj: '/CN=sha1',
      issuer: 'ca.crt',
      digest: 'sha1',
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'server-only.crt',
      subj: '/CN=server-only',
      issuer: 'ca.crt',
      ext: leafExt('serverAuth', sans),
    },
    {
      file: 'client-only.crt',
      subj: '/CN=client-only',
      issuer: 'ca.crt',
      ext: leafExt('clientAuth'),
    },
    {
      file: 'no-san.crt',
      subj: '/CN=etcd0.example.internal',
      issuer: 'ca.crt',
      ext: leafExt(BOTH),
    },
    {
      file: 'wildcards.crt',
      subj: '/CN=wild',
      issuer: 'ca.crt',
      ext: leafExt(BOTH, 'DNS:*.example.internal,DNS:f*.example.internal,DNS:*'),
    },
    {
      file: 'not-ca.crt',
      subj: '/CN=not-a-ca',
      ext: ['keyUsage=critical,digitalSignature', 'subjectKeyIdentifier=hash'],
    },
    {
      file: 'by-not-ca.crt',
      subj: '/CN=by-not-ca',
      issuer: 'not-ca.crt',
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'no-sign-ca.crt',
      subj: '/CN=no-sign-ca',
      ext: [
        'basicConstraints=critical,CA:TRUE',
        'keyUsage=critical,cRLSign,digitalSignature',
        'subjectKeyIdentifier=hash',
      ],
    },
    {
      file: 'by-no-sign.crt',
      subj: '/CN=by-no-sign',
      issuer: 'no-sign-ca.crt',
      ext: leafExt(BOTH, sans),
    },
    { file: 'old-ca.crt', subj: '/CN=old-ca', dates: past, ext: CA_EXT },
    {
      file: 'by-old-ca.crt',
      subj: '/CN=by-old-ca',
      issuer: 'old-ca.crt',
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'server-ca.crt',
      subj: '/CN=server-only-ca',
      ext: [...CA_EXT, 'extendedKeyUsage=serverAuth'],
    },
    {
      file: 'by-server-ca.crt',
      subj: '/CN=by-server-ca',
      issuer: 'server-ca.crt',
      ext: leafExt(BOTH, sans),
    },
    {
      file: 'pathlen-ca.crt',
      subj: '/CN=pathlen0-ca',
      ext: ['basicConstraints=critical,CA:TRUE,pathlen:0', ...CA_EXT.slice(1)],
    },
    { file: 'inter.crt', subj: '/CN=inter', issuer: 'pathlen-ca.crt', ext: CA_EXT },
    { file: 'by-inter.crt', subj: '/CN=by-inter', issuer: 'inter.crt', ext: leafExt(BOTH, sans) },
    {
      file: 'leaf-as-ca.crt',
      subj: '/CN=leaf-as-ca',
      issuer: 'ca.crt',
      ext: [...leafExt(BOTH, sans)],
    },
    {
      file: 'by-leaf.crt',
      subj: '/CN=by-leaf',
      issuer: 'leaf-as-ca.crt',
      ext: leafExt(BOTH, sans),
    },
  ]);
  return {
    name: 'defects',
    dir,
    hosts: ['etcd0.example.internal', '127.0.0.1', 'a.example.internal', 'localhost'],
  };
}

/** Writes every set under `root` (one folder each) and returns them. */
export function makeVerdictCorpus(root: string, opts: { cfssl: boolean }): VerdictSet[] {
  return [
    kubeadm(join(root, 'kubeadm')),
    ...(opts.cfssl ? [cfsslSet(join(root, 'cfssl'))] : []),
    regenerated(join(root, 'regenerated')),
    defects(join(root, 'defects')),
  ];
}
