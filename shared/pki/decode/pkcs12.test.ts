/** PKCS#12 files made by openssl 3 (default AES profile, -legacy RC2/3DES) and by our own builder. */
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../../../electron/test-support/tools';
import { buildPkcs12 } from '../../../electron/export/pkcs12';
import { decodeBytes, type DecodeResult } from '.';
import { decodePkcs12, pkcs12Decoder } from './pkcs12';
import type { DecodedCertificate, DecodedKey } from '../model';
import type { KdfHash } from '../pkcs12-kdf';

const crypto = webcrypto as unknown as Crypto;
const digest = (hash: KdfHash, data: Uint8Array): Uint8Array =>
  new Uint8Array(createHash(hash.replace('-', '').toLowerCase()).update(data).digest());

const summary = (r: DecodeResult) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const certs = r.value.items.filter((i): i is DecodedCertificate => i.kind === 'certificate');
  const keys = r.value.items.filter((i): i is DecodedKey => i.kind === 'private-key');
  return { certs, keys, errors: r.value.errors };
};

describe.skipIf(!needTool('openssl'))('decodePkcs12', () => {
  const dir = tempDir('etw-p12-');
  const p = (f: string) => join(dir.path, f);
  const read = (f: string) => new Uint8Array(readFileSync(p(f)));
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir.path });

  beforeAll(() => {
    ssl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-subj',
      '/CN=p12-ca',
      '-days',
      '30',
    );
    ssl(
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'leaf.key',
      '-out',
      'leaf.csr',
      '-subj',
      '/CN=etcdctl',
    );
    ssl(
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-days',
      '10',
      '-out',
      'leaf.pem',
    );
    ssl(
      'pkcs12',
      '-export',
      '-in',
      'leaf.pem',
      '-inkey',
      'leaf.key',
      '-certfile',
      'ca.pem',
      '-out',
      'aes.p12',
      '-passout',
      'pass:s3cret',
    );
    ssl(
      'pkcs12',
      '-export',
      '-legacy',
      '-in',
      'leaf.pem',
      '-inkey',
      'leaf.key',
      '-certfile',
      'ca.pem',
      '-out',
      'legacy.p12',
      '-passout',
      'pass:s3cret',
    );
    ssl(
      'pkcs12',
      '-export',
      '-in',
      'leaf.pem',
      '-inkey',
      'leaf.key',
      '-out',
      'nopass.p12',
      '-passout',
      'pass:',
    );
  });
  afterAll(() => dir.remove());

  it.each(['aes.p12', 'legacy.p12'])('reads the certificates and key of %s', async (file) => {
    for (const d of [digest, undefined]) {
      const r = summary(
        await decodePkcs12(read(file), file, {
          crypto,
          password: 's3cret',
          ...(d ? { digest: d } : {}),
        }),
      );
      expect(r.certs.map((c) => c.subject.commonName).sort()).toEqual(['etcdctl', 'p12-ca']);
      expect(r.keys).toHaveLength(1);
      expect(r.keys[0]!.key).toMatchObject({ type: 'rsa', bits: 2048 });
      const leaf = r.certs.find((c) => c.subject.commonName === 'etcdctl')!;
      expect(r.keys[0]!.publicKeySha256).toBe(leaf.publicKeySha256);
      expect(r.errors).toEqual([]);
    }
  });

  it.each(['aes.p12', 'legacy.p12'])('says the password of %s is wrong', async (file) => {
    const r = await decodePkcs12(read(file), file, { crypto, password: 'nope', digest });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('passphrase-wrong');
      expect(r.error.message).toBe(
        `${file}: the PKCS#12 password is wrong. Enter the password it was exported with.`,
      );
    }
  });

  it('asks for the password before it has one, through decodeBytes', async () => {
    const r = await decodeBytes(read('aes.p12'), 'aes.p12', {
      crypto,
      decodePkcs12: pkcs12Decoder({ crypto, password: undefined }),
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('passphrase-needed');
  });

  it('reads a file exported with an empty password', async () => {
    const r = summary(
      await decodePkcs12(read('nopass.p12'), 'nopass.p12', { crypto, password: '', digest }),
    );
    expect(r.certs).toHaveLength(1);
    expect(r.keys).toHaveLength(1);
  });

  it('reads the p12 files our own export writes (default and legacy)', async () => {
    for (const legacy of [false, true]) {
      const built = await buildPkcs12({
        certPem: readFileSync(p('leaf.pem'), 'utf8'),
        keyPem: readFileSync(p('leaf.key'), 'utf8'),
        caPems: [readFileSync(p('ca.pem'), 'utf8')],
        password: 'correct horse battery',
        legacy,
      });
      if (!built.ok) throw new Error(built.error.message);
      const r = summary(
        await decodePkcs12(built.value, 'x.p12', {
          crypto,
          password: 'correct horse battery',
          digest,
        }),
      );
      expect(r.certs).toHaveLength(2);
      expect(r.keys).toHaveLength(1);
    }
  });

  it('reports a truncated p12 as broken, not as a wrong password', async () => {
    const bytes = read('aes.p12');
    const r = await decodePkcs12(bytes.subarray(0, bytes.length - 40), 'cut.p12', {
      crypto,
      password: 's3cret',
      digest,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('input-not-pki');
  });
});
