// Importing CAs made by real openssl in every key form users bring, then issuing from them and
// letting openssl judge the result; and each import failure giving its own error code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, run, runOk, tempDir } from '../../electron/test-support/tools';
import { planSchema } from '../plan/schema';
import { importCa, loadCa } from './ca';
import { TAG, children, readOne } from './der';
import { issuePki } from './issue';
import { pemBlocks } from './pem';
import { renderText } from '../text/render';
import { msg } from '../text/text';

const crypto = globalThis.crypto as Crypto;

const CNF = `[req]
distinguished_name = dn
prompt = no
[dn]
O = Imported Org
CN = Imported CA
[v3_ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[v3_leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
`;

const plan = planSchema.parse({
  version: 1,
  cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] }] },
  clients: ['etcdctl'],
});

/** The DER of a certificate's issuer or subject Name, exactly as encoded (Go matches bytes). */
function rawName(pem: string, which: 'issuer' | 'subject'): string {
  const tbs = children(readOne(pemBlocks(pem)[0]!.der, TAG.sequence))[0]!;
  return Buffer.from(children(tbs)[which === 'issuer' ? 3 : 5]!.raw).toString('hex');
}

describe.skipIf(!needTool('openssl'))('importCa with openssl-made CAs', () => {
  let dir = '';
  let remove = () => {};
  const ossl = (...args: string[]) => runOk('openssl', args, { cwd: dir });
  const read = (f: string) => readFileSync(join(dir, f));
  const text = (f: string) => readFileSync(join(dir, f), 'utf8');

  beforeAll(() => {
    ({ path: dir, remove } = tempDir('etw-ca-'));
    writeFileSync(join(dir, 'ca.cnf'), CNF);
    ossl('genrsa', '-traditional', '-out', 'rsa-pkcs1.key', '2048');
    ossl('rsa', '-in', 'rsa-pkcs1.key', '-traditional', '-outform', 'DER', '-out', 'rsa-pkcs1.der');
    ossl('ecparam', '-name', 'prime256v1', '-genkey', '-out', 'ec-sec1.key'); // with EC PARAMETERS block
    ossl('ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-out', 'ec384.key');
    ossl('ec', '-in', 'ec384.key', '-outform', 'DER', '-out', 'ec384-sec1.der');
    ossl('genpkey', '-algorithm', 'ed25519', '-out', 'ed-pkcs8.key');
    ossl(
      'genpkey',
      '-algorithm',
      'RSA',
      '-pkeyopt',
      'rsa_keygen_bits:2048',
      '-out',
      'rsa-pkcs8.key',
    );
    ossl(
      'pkcs8',
      '-topk8',
      '-v2',
      'aes-256-cbc',
      '-v2prf',
      'hmacWithSHA256',
      '-in',
      'ec-sec1.key',
      '-out',
      'ec-enc.key',
      '-passout',
      'pass:s3cret',
    );
    ossl(
      'pkcs8',
      '-topk8',
      '-v2',
      'aes-128-cbc',
      '-v2prf',
      'hmacWithSHA1',
      '-in',
      'rsa-pkcs1.key',
      '-outform',
      'DER',
      '-out',
      'rsa-enc.der',
      '-passout',
      'pass:s3cret',
    );
    ossl(
      'pkcs8',
      '-topk8',
      '-v2',
      'des3',
      '-in',
      'ec-sec1.key',
      '-out',
      'ec-des3.key',
      '-passout',
      'pass:s3cret',
    );
    ossl(
      'rsa',
      '-in',
      'rsa-pkcs1.key',
      '-aes256',
      '-traditional',
      '-out',
      'rsa-legacy.key',
      '-passout',
      'pass:s3cret',
    );
    for (const [key, out] of [
      ['rsa-pkcs1.key', 'ca-rsa.pem'],
      ['ec-sec1.key', 'ca-ec.pem'],
      ['ec384.key', 'ca-ec384.pem'],
      ['ed-pkcs8.key', 'ca-ed.pem'],
      ['rsa-pkcs8.key', 'ca-rsa8.pem'],
    ] as const)
      ossl(
        'req',
        '-x509',
        '-new',
        '-key',
        key,
        '-config',
        'ca.cnf',
        '-extensions',
        'v3_ca',
        '-days',
        '30',
        '-out',
        out,
      );
    ossl('x509', '-in', 'ca-rsa.pem', '-outform', 'DER', '-out', 'ca-rsa.der');
    ossl(
      'req',
      '-x509',
      '-new',
      '-key',
      'ec-sec1.key',
      '-config',
      'ca.cnf',
      '-extensions',
      'v3_leaf',
      '-days',
      '30',
      '-out',
      'not-ca.pem',
    );
  });
  afterAll(() => remove());

  const cases: { name: string; cert: string; key: string; passphrase?: string; der?: boolean }[] = [
    { name: 'PKCS#1 RSA (PEM)', cert: 'ca-rsa.pem', key: 'rsa-pkcs1.key' },
    {
      name: 'PKCS#1 RSA (DER) with a DER certificate',
      cert: 'ca-rsa.der',
      key: 'rsa-pkcs1.der',
      der: true,
    },
    { name: 'SEC1 EC P-256 after an EC PARAMETERS block', cert: 'ca-ec.pem', key: 'ec-sec1.key' },
    { name: 'SEC1 EC P-384 (DER)', cert: 'ca-ec384.pem', key: 'ec384-sec1.der', der: true },
    { name: 'PKCS#8 Ed25519', cert: 'ca-ed.pem', key: 'ed-pkcs8.key' },
    { name: 'PKCS#8 RSA', cert: 'ca-rsa8.pem', key: 'rsa-pkcs8.key' },
    {
      name: 'encrypted PKCS#8, aes-256-cbc + hmacWithSHA256',
      cert: 'ca-ec.pem',
      key: 'ec-enc.key',
      passphrase: 's3cret',
    },
    {
      name: 'encrypted PKCS#8 (DER), aes-128-cbc + hmacWithSHA1',
      cert: 'ca-rsa.pem',
      key: 'rsa-enc.der',
      passphrase: 's3cret',
      der: true,
    },
  ];

  it.each(cases)('imports $name and issues leaves openssl verifies', async (c) => {
    const imported = await importCa(
      {
        cert: c.cert.endsWith('.der') ? read(c.cert) : text(c.cert),
        key: c.der ? read(c.key) : text(c.key),
        passphrase: c.passphrase,
      },
      crypto,
    );
    if (!imported.ok) throw new Error(renderText(imported.error.text, 'en'));
    expect(imported.value.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    writeFileSync(join(dir, 'norm.key'), imported.value.keyPem);
    writeFileSync(join(dir, 'norm-ca.pem'), imported.value.certPem);
    // The normalised key is the same key openssl generated.
    expect(ossl('pkey', '-in', 'norm.key', '-pubout')).toBe(
      ossl('x509', '-in', 'norm-ca.pem', '-pubkey', '-noout'),
    );

    const now = new Date();
    const r = await issuePki(plan, { crypto, now, ca: imported.value });
    if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
    expect(r.value.ca.imported).toBe(true);
    expect(r.value.ca.certPem).toBe(imported.value.certPem);
    const server = r.value.certs.find((x) => x.spec.id === 'server:etcd0')!;
    const client = r.value.certs.find((x) => x.spec.id === 'client:etcdctl')!;
    writeFileSync(join(dir, 'server.pem'), server.certPem);
    writeFileSync(join(dir, 'client.pem'), client.certPem);
    const verify = (...args: string[]) =>
      run('openssl', ['verify', '-x509_strict', '-CAfile', 'norm-ca.pem', ...args], { cwd: dir });
    expect(verify('-purpose', 'sslserver', '-verify_ip', '10.0.0.10', 'server.pem').stdout).toBe(
      'server.pem: OK\n',
    );
    expect(
      verify('-purpose', 'sslserver', '-verify_hostname', 'etcd0.example.internal', 'server.pem')
        .stdout,
    ).toBe('server.pem: OK\n');
    expect(verify('-purpose', 'sslclient', 'client.pem').stdout).toBe('client.pem: OK\n');
    // Byte-identical issuer: Go's chain building looks parents up by raw subject bytes.
    expect(rawName(server.certPem, 'issuer')).toBe(rawName(imported.value.certPem, 'subject'));
    // The 30-day CA cuts the 365-day leaves.
    const caEnd = r.value.ca.notAfter;
    expect(server.notAfter).toBe(caEnd);
    expect(r.value.warnings).toContainEqual({
      id: 'server:etcd0',
      text: msg('warn.validity-cut', { cert: 'server:etcd0', end: caEnd }),
    });
  });

  it('asks for a passphrase when none is given', async () => {
    const r = await importCa(
      { cert: text('ca-ec.pem'), key: text('ec-enc.key'), keyName: 'ca-key.pem' },
      crypto,
    );
    expect(r.ok ? undefined : { ...r.error, text: renderText(r.error.text, 'en') }).toEqual({
      code: 'passphrase-needed',
      text: 'ca-key.pem: the key is encrypted; enter its passphrase',
      path: 'ca-key.pem',
    });
  });

  it('says the passphrase is wrong', async () => {
    for (const key of ['ec-enc.key', 'rsa-enc.der']) {
      const k = key.endsWith('.der') ? read(key) : text(key);
      const r = await importCa({ cert: text('ca-ec.pem'), key: k, passphrase: 'wrong' }, crypto);
      expect(r.ok ? undefined : r.error.code, key).toBe('passphrase-wrong');
    }
  });

  it('refuses a key that is not the certificate’s', async () => {
    const r = await importCa({ cert: text('ca-rsa.pem'), key: text('ec-sec1.key') }, crypto);
    expect(r.ok ? undefined : r.error.code).toBe('key-mismatch');
    expect(r.ok ? '' : renderText(r.error.text, 'en')).toContain(
      'does not belong to CA certificate',
    );
  });

  it('refuses a certificate that is not a CA', async () => {
    const r = await importCa({ cert: text('not-ca.pem'), key: text('ec-sec1.key') }, crypto);
    expect(r.ok ? undefined : r.error.code).toBe('ca-not-ca');
    expect(r.ok ? '' : renderText(r.error.text, 'en')).toContain('basicConstraints CA:TRUE');
  });

  it('refuses what is not PKI, and explains encryptions it cannot read', async () => {
    const garbage = await importCa({ cert: text('ca-ec.pem'), key: 'hello, world' }, crypto);
    expect(garbage.ok ? undefined : garbage.error.code).toBe('input-not-pki');
    const noCert = await importCa({ cert: 'not a cert', key: text('ec-sec1.key') }, crypto);
    expect(noCert.ok ? undefined : noCert.error.code).toBe('input-not-pki');
    const des = await importCa(
      { cert: text('ca-ec.pem'), key: text('ec-des3.key'), passphrase: 's3cret' },
      crypto,
    );
    expect(
      des.ok ? undefined : { ...des.error, text: renderText(des.error.text, 'en') },
    ).toMatchObject({
      code: 'input-unsupported',
      text: expect.stringContaining('DES/3DES'),
    });
    const legacy = await importCa(
      { cert: text('ca-rsa.pem'), key: text('rsa-legacy.key'), passphrase: 's3cret' },
      crypto,
    );
    expect(
      legacy.ok ? undefined : { ...legacy.error, text: renderText(legacy.error.text, 'en') },
    ).toMatchObject({
      code: 'input-unsupported',
      text: expect.stringContaining('openssl pkcs8 -topk8'),
    });
    const certAsKey = await importCa({ cert: text('ca-ec.pem'), key: text('ca-ec.pem') }, crypto);
    expect(certAsKey.ok ? undefined : renderText(certAsKey.error.text, 'en')).toBe(
      'CA key: holds a CERTIFICATE, not a private key',
    );
  });

  it('loads stored CA material again and rejects a swapped key', async () => {
    const a = await importCa({ cert: text('ca-ec.pem'), key: text('ec-sec1.key') }, crypto);
    const b = await importCa({ cert: text('ca-rsa.pem'), key: text('rsa-pkcs1.key') }, crypto);
    if (!a.ok || !b.ok) throw new Error('import failed');
    expect((await loadCa(a.value, crypto)).ok).toBe(true);
    const swapped = await loadCa({ certPem: a.value.certPem, keyPem: b.value.keyPem }, crypto);
    expect(swapped.ok ? undefined : swapped.error.code).toBe('key-mismatch');
  });
});
