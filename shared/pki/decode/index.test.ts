import { webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../../../electron/test-support/tools';
import { decodeBytes, type DecodeResult } from '.';
import { encodeTlv } from './der';
import type { DecodedCertificate, DecodedItem, DecodedKey } from '../model';

const crypto = webcrypto as unknown as Crypto;
const decode = (
  bytes: Uint8Array | string,
  name = 'input',
  maxBytes?: number,
): Promise<DecodeResult> =>
  decodeBytes(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, name, {
    crypto,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
const items = (r: DecodeResult): readonly DecodedItem[] => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value.items;
};
const errorCode = (r: DecodeResult): string =>
  r.ok ? `ok(${r.value.errors.map((e) => e.code).join(',')})` : r.error.code;

describe.skipIf(!needTool('openssl'))('decodeBytes on openssl-made files', () => {
  const dir = tempDir('etw-decode-');
  const p = (f: string) => join(dir.path, f);
  const read = (f: string) => new Uint8Array(readFileSync(p(f)));
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir.path });

  beforeAll(() => {
    const keys: [string, string[]][] = [
      ['rsa', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']],
      ['p256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']],
      ['p384', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']],
      ['p521', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521']],
      ['ed', ['-algorithm', 'ED25519']],
    ];
    for (const [name, opts] of keys) {
      ssl('genpkey', ...opts, '-out', `${name}.key`);
      ssl(
        'req',
        '-x509',
        '-new',
        '-key',
        `${name}.key`,
        '-subj',
        `/CN=${name}/O=lab`,
        '-days',
        '30',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
        '-addext',
        'extendedKeyUsage=serverAuth,clientAuth',
        '-out',
        `${name}.pem`,
      );
      ssl('x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`);
      ssl(
        'pkcs8',
        '-topk8',
        '-nocrypt',
        '-in',
        `${name}.key`,
        '-outform',
        'DER',
        '-out',
        `${name}.key.der`,
      );
    }
    ssl('pkey', '-in', 'rsa.key', '-traditional', '-out', 'rsa-pkcs1.key');
    ssl('ec', '-in', 'p256.key', '-out', 'p256-sec1.key');
    ssl('ec', '-in', 'p256.key', '-outform', 'DER', '-out', 'p256-sec1.der');
    ssl(
      'pkcs8',
      '-topk8',
      '-in',
      'p256.key',
      '-v2',
      'aes-256-cbc',
      '-passout',
      'pass:x',
      '-out',
      'enc.key',
    );
    ssl(
      'rsa',
      '-in',
      'rsa.key',
      '-traditional',
      '-aes128',
      '-passout',
      'pass:x',
      '-out',
      'legacy-enc.key',
    );
    ssl('ecparam', '-name', 'prime256v1', '-genkey', '-out', 'ecparam.key');
    ssl(
      'req',
      '-new',
      '-key',
      'p256.key',
      '-subj',
      '/CN=csr',
      '-addext',
      'subjectAltName=DNS:etcd0',
      '-out',
      'req.csr',
    );
    ssl('req', '-in', 'req.csr', '-outform', 'DER', '-out', 'req.der');
    ssl(
      'crl2pkcs7',
      '-nocrl',
      '-certfile',
      'rsa.pem',
      '-certfile',
      'p256.pem',
      '-out',
      'bundle.p7b',
    );
    ssl('crl2pkcs7', '-nocrl', '-certfile', 'rsa.pem', '-outform', 'DER', '-out', 'bundle.p7b.der');
    ssl(
      'pkcs12',
      '-export',
      '-in',
      'p256.pem',
      '-inkey',
      'p256.key',
      '-passout',
      'pass:x',
      '-out',
      'bundle.p12',
    );
    writeFileSync(
      p('ca.cnf'),
      '[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\ndefault_md=sha256\ndefault_crl_days=7\n',
    );
    writeFileSync(p('index.txt'), '');
    ssl(
      'ca',
      '-gencrl',
      '-config',
      'ca.cnf',
      '-cert',
      'p256.pem',
      '-keyfile',
      'p256.key',
      '-out',
      'list.crl',
    );
    ssl('crl', '-in', 'list.crl', '-outform', 'DER', '-out', 'list.crl.der');
  });
  afterAll(() => dir.remove());

  it.each([
    ['rsa', { type: 'rsa', bits: 2048, algorithm: 'rsa-2048' }, 'sha256WithRSAEncryption'],
    [
      'p256',
      { type: 'ec', bits: 256, curve: 'P-256', algorithm: 'ecdsa-p256' },
      'ecdsa-with-SHA256',
    ],
    [
      'p384',
      { type: 'ec', bits: 384, curve: 'P-384', algorithm: 'ecdsa-p384' },
      'ecdsa-with-SHA256',
    ],
    ['p521', { type: 'ec', bits: 521, curve: 'P-521' }, 'ecdsa-with-SHA256'],
    ['ed', { type: 'ed25519', algorithm: 'ed25519' }, 'Ed25519'],
  ])('%s certificate (PEM and DER) and its key decode and match', async (name, key, sig) => {
    const [pem] = items(await decode(read(`${name}.pem`), `${name}.pem`)) as DecodedCertificate[];
    const [der] = items(await decode(read(`${name}.der`), `${name}.der`)) as DecodedCertificate[];
    expect(pem).toMatchObject({
      kind: 'certificate',
      subject: { text: 'O=lab,CN=' + name, commonName: name, organization: ['lab'] },
      key,
      signatureAlgorithm: sig,
      sans: [
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ],
      extKeyUsage: { critical: false, usages: ['serverAuth', 'clientAuth'] },
      selfSigned: true,
      version: 3,
    });
    expect(der).toEqual(pem);
    const fp = ssl('x509', '-in', `${name}.pem`, '-noout', '-fingerprint', '-sha256')
      .trim()
      .split('=')[1];
    expect(pem!.fingerprintSha256).toBe(fp);
    const serial = ssl('x509', '-in', `${name}.pem`, '-noout', '-serial')
      .trim()
      .split('=')[1]!
      .toLowerCase();
    expect(pem!.serialHex.replace(/^00/, '')).toBe(serial.replace(/^00/, ''));
    const spkiHash = ssl('dgst', '-sha256', '-r', p(`${name}.spki`)).split(' ')[0];
    expect(pem!.publicKeySha256).toBe(spkiHash);
    for (const keyFile of [`${name}.key`, `${name}.key.der`]) {
      const [k] = items(await decode(read(keyFile), keyFile)) as DecodedKey[];
      expect(k).toMatchObject({ kind: 'private-key', format: 'pkcs8', encrypted: false, key });
      expect(k!.publicKeySha256).toBe(pem!.publicKeySha256);
      expect(JSON.stringify(k)).not.toMatch(/BEGIN|PRIVATE/);
    }
  });

  beforeAll(() => {
    for (const n of ['rsa', 'p256', 'p384', 'p521', 'ed'])
      ssl('pkey', '-in', `${n}.key`, '-pubout', '-outform', 'DER', '-out', `${n}.spki`);
  });

  it('reads PKCS#1, SEC1 (PEM and DER), EC PARAMETERS + key, encrypted keys', async () => {
    const rsaCert = items(await decode(read('rsa.pem')))[0] as DecodedCertificate;
    const p256Cert = items(await decode(read('p256.pem')))[0] as DecodedCertificate;
    expect(items(await decode(read('rsa-pkcs1.key')))).toEqual([
      {
        kind: 'private-key',
        format: 'pkcs1',
        encrypted: false,
        key: { type: 'rsa', bits: 2048, algorithm: 'rsa-2048' },
        publicKeySha256: rsaCert.publicKeySha256,
      },
    ]);
    for (const f of ['p256-sec1.key', 'p256-sec1.der'])
      expect(items(await decode(read(f)))).toEqual([
        {
          kind: 'private-key',
          format: 'sec1',
          encrypted: false,
          key: { type: 'ec', bits: 256, curve: 'P-256', algorithm: 'ecdsa-p256' },
          publicKeySha256: p256Cert.publicKeySha256,
        },
      ]);
    const ecparam = await decode(read('ecparam.key'));
    expect(items(ecparam)).toHaveLength(1); // the EC PARAMETERS block is ignored
    expect(ecparam.ok && ecparam.value.errors).toEqual([]);
    expect(items(await decode(read('enc.key')))).toEqual([
      { kind: 'private-key', format: 'pkcs8-encrypted', encrypted: true },
    ]);
    expect(items(await decode(read('legacy-enc.key')))).toEqual([
      { kind: 'private-key', format: 'pkcs1', encrypted: true, key: { type: 'rsa' } },
    ]);
  });

  it('reads CSRs, CRLs and PKCS#7 bundles in PEM and DER', async () => {
    for (const f of ['req.csr', 'req.der'])
      expect(items(await decode(read(f)))).toEqual([
        {
          kind: 'csr',
          subject: { text: 'CN=csr', commonName: 'csr' },
          key: { type: 'ec', bits: 256, curve: 'P-256', algorithm: 'ecdsa-p256' },
          sans: [{ type: 'dns', value: 'etcd0' }],
          signatureAlgorithm: 'ecdsa-with-SHA256',
        },
      ]);
    for (const f of ['list.crl', 'list.crl.der'])
      expect(items(await decode(read(f)))).toMatchObject([
        { kind: 'crl', issuer: { commonName: 'p256' }, revokedCount: 0 },
      ]);
    const p7 = items(await decode(read('bundle.p7b'))) as DecodedCertificate[];
    expect(p7.map((c) => c.subject.commonName)).toEqual(['rsa', 'p256']);
    expect(
      (items(await decode(read('bundle.p7b.der'))) as DecodedCertificate[]).map(
        (c) => c.subject.commonName,
      ),
    ).toEqual(['rsa']);
  });

  it('detects PKCS#12 and asks for a passphrase, or hands it to the hook', async () => {
    expect(errorCode(await decode(read('bundle.p12')))).toBe('passphrase-needed');
    const hooked = await decodeBytes(read('bundle.p12'), 'b.p12', {
      crypto,
      decodePkcs12: async (bytes, name) => ({
        ok: true,
        value: {
          name,
          items: [],
          errors: [{ code: 'passphrase-wrong', message: String(bytes.length) }],
        },
      }),
    });
    expect(hooked.ok && hooked.value.errors[0]!.code).toBe('passphrase-wrong');
  });

  it('reads many blocks with text around, CRLF, BOM and UTF-16', async () => {
    const bundle = `Bag Attributes\n  friendlyName: x\n${readFileSync(p('rsa.pem'), 'utf8')}\nsome words\n${readFileSync(p('p256.key'), 'utf8')}${readFileSync(p('req.csr'), 'utf8')}`;
    const kinds = (r: DecodeResult) => items(r).map((i) => i.kind);
    const expected = ['certificate', 'private-key', 'csr'];
    expect(kinds(await decode(bundle))).toEqual(expected);
    expect(kinds(await decode(bundle.replace(/\n/g, '\r\n')))).toEqual(expected);
    expect(kinds(await decode(`\ufeff${bundle}`))).toEqual(expected);
    const le = new Uint8Array(Buffer.from(`\ufeff${bundle}`, 'utf16le'));
    expect(kinds(await decode(le))).toEqual(expected);
    const leNoBom = new Uint8Array(Buffer.from(bundle, 'utf16le'));
    expect(kinds(await decode(leNoBom))).toEqual(expected);
    const be = new Uint8Array(Buffer.from(`\ufeff${bundle}`, 'utf16le').swap16());
    expect(kinds(await decode(be))).toEqual(expected);
    // Bare base64 of a DER certificate (pasted without armour).
    expect(kinds(await decode(Buffer.from(read('p256.der')).toString('base64')))).toEqual([
      'certificate',
    ]);
  });

  it('reports per-block problems next to good blocks', async () => {
    const good = readFileSync(p('p256.pem'), 'utf8');
    const cut = good.slice(0, good.length - 40);
    const r = await decode(`${good}${cut}`, 'mixed.pem');
    expect(items(r)).toHaveLength(1);
    expect(r.ok && r.value.errors.map((e) => e.code)).toEqual(['input-truncated']);
    const pub = ssl('pkey', '-in', 'p256.key', '-pubout');
    const r2 = await decode(
      `${good}${pub}-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n`,
      'odd.pem',
    );
    expect(r2.ok && r2.value.errors.map((e) => e.code)).toEqual([
      'input-unsupported',
      'input-unsupported',
    ]);
    // A certificate label around a key is refused, not mis-read.
    const wrong = readFileSync(p('p256.key'), 'utf8').replace(/PRIVATE KEY/g, 'CERTIFICATE');
    expect(errorCode(await decode(wrong))).toBe('ok(input-not-pki)');
  });

  it('gives whole-file errors with typed codes', async () => {
    expect(errorCode(await decode(new Uint8Array()))).toBe('input-empty');
    expect(errorCode(await decode(' \n\t'))).toBe('input-empty');
    expect(errorCode(await decode('hello, not a certificate\n'))).toBe('input-not-pki');
    expect(errorCode(await decode(read('p256.der').slice(0, 100)))).toBe('input-truncated');
    expect(errorCode(await decode(new Uint8Array([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 1])))).toBe(
      'input-truncated',
    );
    expect(errorCode(await decode(read('p256.der'), 'big', 100))).toBe('input-too-large');
    // 5,000 nested SEQUENCEs: refused by the depth limit, without recursion.
    let deep: Uint8Array = new Uint8Array([0x05, 0x00]);
    for (let i = 0; i < 5000; i++) deep = encodeTlv(0x30, deep);
    expect(errorCode(await decode(deep))).toBe('input-not-pki');
  });
});
