/**
 * The inspector's test corpus, made by openssl on the spot: a CA with server/peer, server-only,
 * client, expired and foreign certificates, a key without a certificate, a PKCS#12 file, a CSR
 * and a CRL, next to broken inputs (truncated and corrupted PEM, wrong base64, CRLF and UTF-16
 * text, binary garbage, a 10 MB file, deeply nested DER, an empty file). Used by the handler
 * tests, the CLI/window parity test and the end-to-end drop.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from './tools';

/** The PKCS#12 password of client.p12. */
export const CORPUS_P12_PASSWORD = 's3cret';
/** Size of huge.bin: over the 5 MB cap. */
export const CORPUS_HUGE_BYTES = 10 * 1024 * 1024;

const EC = ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
const LEAF = [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature',
  'subjectKeyIdentifier=hash',
  'authorityKeyIdentifier=keyid:always',
];

/** Writes the corpus into `dir` (files directly in it) and returns the file names. */
export function makeInspectCorpus(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const p = (f: string) => join(dir, f);
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir });
  const work = join(dir, '.work');
  mkdirSync(work, { recursive: true });
  const w = (f: string) => join('.work', f);

  const ca = (name: string) => {
    ssl('genpkey', ...EC, '-out', w(`${name}.key`));
    writeFileSync(
      join(work, `${name}.cnf`),
      '[req]\ndistinguished_name=dn\n[dn]\n[v3]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n',
    );
    ssl(
      'req',
      '-x509',
      '-new',
      '-key',
      w(`${name}.key`),
      '-config',
      w(`${name}.cnf`),
      '-extensions',
      'v3',
      '-subj',
      `/CN=${name}`,
      '-days',
      '3650',
      '-sha256',
      '-out',
      w(`${name}.pem`),
    );
  };
  let serial = 1000;
  const leaf = (
    name: string,
    cn: string,
    ext: string[],
    opts: { issuer?: string; dates?: [string, string] } = {},
  ) => {
    ssl('genpkey', ...EC, '-out', w(`${name}.key`));
    ssl('req', '-new', '-key', w(`${name}.key`), '-subj', `/CN=${cn}`, '-out', w(`${name}.csr`));
    writeFileSync(join(work, `${name}.ext`), `[ext]\n${[...LEAF, ...ext].join('\n')}\n`);
    const issuer = opts.issuer ?? 'etcd-ca';
    if (opts.dates) {
      ssl(
        'ca',
        '-batch',
        '-config',
        w('sign.cnf'),
        '-cert',
        w(`${issuer}.pem`),
        '-keyfile',
        w(`${issuer}.key`),
        '-in',
        w(`${name}.csr`),
        '-startdate',
        opts.dates[0],
        '-enddate',
        opts.dates[1],
        '-extfile',
        w(`${name}.ext`),
        '-extensions',
        'ext',
        '-notext',
        '-out',
        w(`${name}.pem`),
      );
    } else {
      ssl(
        'x509',
        '-req',
        '-in',
        w(`${name}.csr`),
        '-CA',
        w(`${issuer}.pem`),
        '-CAkey',
        w(`${issuer}.key`),
        '-extfile',
        w(`${name}.ext`),
        '-extensions',
        'ext',
        '-set_serial',
        String(serial++),
        '-days',
        '365',
        '-sha256',
        '-out',
        w(`${name}.pem`),
      );
    }
  };
  const copy = (from: string, to = from) => writeFileSync(p(to), readFileSync(join(work, from)));

  ca('etcd-ca');
  ca('other-ca');
  writeFileSync(
    join(work, 'sign.cnf'),
    '[ca]\ndefault_ca=d\n[d]\ndatabase=.work/index.txt\nnew_certs_dir=.work\nserial=.work/serial\ndefault_md=sha256\npolicy=pol\nunique_subject=no\ncrlnumber=.work/crlnumber\ndefault_crl_days=30\n[pol]\ncommonName=supplied\n',
  );
  writeFileSync(join(work, 'index.txt'), '');
  writeFileSync(join(work, 'serial'), '01\n');
  writeFileSync(join(work, 'crlnumber'), '01\n');
  const both = 'extendedKeyUsage=serverAuth,clientAuth';
  leaf('etcd0', 'etcd0', [both, 'subjectAltName=DNS:etcd0-0.etcd,DNS:localhost,IP:127.0.0.1']);
  leaf('etcd1', 'etcd1', [
    both,
    'subjectAltName=DNS:etcd1-0.etcd,DNS:localhost,IP:127.0.0.1,IP:10.0.0.11',
  ]);
  leaf('gateway', 'etcd-gateway', [
    'extendedKeyUsage=serverAuth',
    'subjectAltName=DNS:etcd0-0.etcd',
  ]);
  leaf('etcdctl', 'etcdctl', ['extendedKeyUsage=clientAuth']);
  leaf('expired', 'old-client', ['extendedKeyUsage=clientAuth'], {
    dates: ['20100101000000Z', '20110101000000Z'],
  });
  leaf('orphan', 'foreign-server', [both, 'subjectAltName=DNS:foreign.example'], {
    issuer: 'other-ca',
  });
  ssl('genpkey', ...EC, '-out', w('lonely.key'));
  ssl('req', '-new', '-key', w('lonely.key'), '-subj', '/CN=etcd2', '-out', w('etcd2.csr'));
  ssl(
    'ca',
    '-batch',
    '-config',
    w('sign.cnf'),
    '-cert',
    w('etcd-ca.pem'),
    '-keyfile',
    w('etcd-ca.key'),
    '-gencrl',
    '-out',
    w('etcd-ca.crl'),
  );
  ssl(
    'pkcs12',
    '-export',
    '-in',
    w('etcdctl.pem'),
    '-inkey',
    w('etcdctl.key'),
    '-certfile',
    w('etcd-ca.pem'),
    '-out',
    'client.p12',
    '-passout',
    `pass:${CORPUS_P12_PASSWORD}`,
  );

  // Good inputs.
  copy('etcd-ca.pem', 'ca.pem');
  copy('etcd-ca.key', 'ca.key');
  copy('etcd0.pem');
  copy('etcd0.key');
  copy('gateway.pem');
  copy('etcdctl.pem');
  copy('etcdctl.key');
  copy('expired.pem');
  copy('orphan.pem');
  copy('lonely.key');
  copy('etcd2.csr');
  copy('etcd-ca.crl', 'ca.crl');
  // etcd1 and the CA as one bundle with Windows line endings.
  const etcd1 = readFileSync(join(work, 'etcd1.pem'), 'utf8');
  const caPem = readFileSync(join(work, 'etcd-ca.pem'), 'utf8');
  writeFileSync(p('etcd1-chain-crlf.pem'), (etcd1 + caPem).replace(/\n/g, '\r\n'));
  // The gateway certificate again, as UTF-16 LE text with a BOM (Windows Notepad "Unicode").
  const gw = readFileSync(join(work, 'gateway.pem'), 'utf8');
  writeFileSync(
    p('utf16.pem'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gw, 'utf16le')]),
  );

  // Broken inputs.
  const etcd0 = readFileSync(join(work, 'etcd0.pem'), 'utf8');
  writeFileSync(p('truncated.pem'), etcd0.slice(0, Math.floor(etcd0.length / 2)));
  const lines = etcd0.split('\n');
  writeFileSync(
    p('bad-base64.pem'),
    [lines[0], '!!!! this is not base64 ####', ...lines.slice(2)].join('\n'),
  );
  const body = Buffer.from(lines.slice(1, -2).join(''), 'base64');
  body[40] = body[40]! ^ 0xff; // one flipped byte inside the TBS: still DER, broken content
  const corrupted = body
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  writeFileSync(
    p('corrupted.pem'),
    `-----BEGIN CERTIFICATE-----\n${corrupted}\n-----END CERTIFICATE-----\n`,
  );
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
  garbage[0] = 0x7f;
  writeFileSync(p('garbage.bin'), garbage);
  writeFileSync(p('empty.pem'), '');
  writeFileSync(p('huge.bin'), Buffer.alloc(CORPUS_HUGE_BYTES, 0x41));
  // 500 nested SEQUENCEs: a DER bomb for recursive parsers.
  let deep: Buffer = Buffer.from([0x05, 0x00]);
  for (let i = 0; i < 500; i++) {
    const len = deep.length;
    const header =
      len < 0x80
        ? Buffer.from([0x30, len])
        : len < 0x100
          ? Buffer.from([0x30, 0x81, len])
          : Buffer.from([0x30, 0x82, len >> 8, len & 0xff]);
    deep = Buffer.concat([header, deep]);
  }
  writeFileSync(p('deep.der'), deep);
  writeFileSync(p('notes.txt'), 'These are the etcd certificates for the lab cluster.\n');
  return [
    'ca.pem',
    'ca.key',
    'etcd0.pem',
    'etcd0.key',
    'gateway.pem',
    'etcdctl.pem',
    'etcdctl.key',
    'expired.pem',
    'orphan.pem',
    'lonely.key',
    'etcd2.csr',
    'ca.crl',
    'client.p12',
    'etcd1-chain-crlf.pem',
    'utf16.pem',
    'truncated.pem',
    'bad-base64.pem',
    'corrupted.pem',
    'garbage.bin',
    'empty.pem',
    'huge.bin',
    'deep.der',
    'notes.txt',
  ];
}

/**
 * `n` distinct server certificates from one CA (PEM, CA first), made with WebCrypto: the folder
 * and bundle size cases (500, 1,000) would take minutes of openssl processes.
 */
export async function manyCertificatePems(n: number): Promise<{ ca: string; leaves: string[] }> {
  const { webcrypto } = await import('node:crypto');
  const x509 = await import('../../shared/pki/x509');
  const crypto = webcrypto as unknown as Parameters<typeof x509.useCrypto>[0];
  x509.useCrypto(crypto);
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const caKeys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const leafKeys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const notBefore = new Date(Date.UTC(2024, 0, 1));
  const notAfter = new Date(Date.UTC(2034, 0, 1));
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=bulk-ca',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const leaves: string[] = [];
  for (let i = 0; i < n; i++) {
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: (0x1000 + i).toString(16),
      subject: `CN=member-${i}`,
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: leafKeys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: alg,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
        new x509.SubjectAlternativeNameExtension([
          { type: 'dns', value: `member-${i}.etcd` },
          { type: 'ip', value: '127.0.0.1' },
        ]),
        await x509.SubjectKeyIdentifierExtension.create(leafKeys.publicKey),
        await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
      ],
    });
    leaves.push(cert.toString('pem'));
  }
  return { ca: ca.toString('pem'), leaves };
}
