import { createPrivateKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needTool, run, runOk, tempDir } from '../test-support/tools';
import { buildPkcs12, pkcs12Kdf } from './pkcs12';
import { renderText } from '../../shared/text/render';

const PASS = 'p12 password for tests';
const GENPKEY: Record<string, string[]> = {
  rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  ec: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  ed25519: ['-algorithm', 'ED25519'],
};

/** A CA and a client certificate made by openssl itself, so the test does not trust our issuer. */
function makeClient(dir: string, alg: string) {
  const f = (n: string) => join(dir, `${alg}-${n}`);
  runOk('openssl', ['genpkey', ...GENPKEY[alg]!, '-out', f('ca.key')]);
  runOk('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    f('ca.key'),
    '-subj',
    '/CN=test-ca',
    '-days',
    '2',
    '-out',
    f('ca.crt'),
  ]);
  runOk('openssl', ['genpkey', ...GENPKEY[alg]!, '-out', f('client.key')]);
  runOk('openssl', [
    'req',
    '-new',
    '-key',
    f('client.key'),
    '-subj',
    '/CN=apisix',
    '-out',
    f('client.csr'),
  ]);
  writeFileSync(f('ext'), 'extendedKeyUsage=clientAuth\n');
  runOk('openssl', [
    'x509',
    '-req',
    '-in',
    f('client.csr'),
    '-CA',
    f('ca.crt'),
    '-CAkey',
    f('ca.key'),
    '-days',
    '1',
    '-extfile',
    f('ext'),
    '-out',
    f('client.crt'),
  ]);
  const read = (n: string) => readFileSync(f(n), 'utf8');
  return { certPem: read('client.crt'), keyPem: read('client.key'), caPem: read('ca.crt') };
}

const pemBlocks = (text: string, label: string) =>
  text.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g')) ?? [];

describe('PKCS#12 KDF', () => {
  it('matches a published vector (RFC 7292 KDF, as used by OpenSSL/BouncyCastle tests)', async () => {
    // BouncyCastle PKCS12Test: password "smeg", salt 0A58CF64530D823F, id 1, 1 iteration, 24 bytes.
    const key = await pkcs12Kdf('sha1', 'smeg', Buffer.from('0A58CF64530D823F', 'hex'), 1, 1, 24);
    expect(Buffer.from(key).toString('hex').toUpperCase()).toBe(
      '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3',
    );
  });
});

describe('buildPkcs12 policy', () => {
  it('requires a password of at least 12 characters (no default password)', async () => {
    const none = await buildPkcs12({ certPem: '', keyPem: '', caPems: [], password: undefined });
    expect(none.ok ? '' : renderText(none.error.text, 'en')).toMatch(
      /PKCS#12 password: a passphrase is required/,
    );
    const short = await buildPkcs12({ certPem: '', keyPem: '', caPems: [], password: 'short' });
    expect(short.ok ? '' : renderText(short.error.text, 'en')).toMatch(/use at least 12/);
  });
});

describe.skipIf(!needTool('openssl'))('PKCS#12 read back by openssl', () => {
  const dir = tempDir('etw-p12-');
  afterAll(() => dir.remove());

  it.each([
    ['rsa', false],
    ['ec', false],
    ['ed25519', false],
    ['rsa', true],
    ['ec', true],
    ['ed25519', true],
  ] as const)(
    '%s (legacy=%s): same certificate and key; algorithms as announced',
    async (alg, legacy) => {
      const c = makeClient(dir.path, alg);
      const r = await buildPkcs12({
        certPem: c.certPem,
        keyPem: c.keyPem,
        caPems: [c.caPem],
        password: PASS,
        friendlyName: 'apisix',
        legacy,
      });
      if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
      const file = join(dir.path, `${alg}-${legacy}.p12`);
      writeFileSync(file, r.value);

      const out = run('openssl', [
        'pkcs12',
        '-in',
        file,
        '-passin',
        `pass:${PASS}`,
        '-nodes',
        ...(legacy ? ['-legacy'] : []),
      ]);
      expect(out.status, out.stderr).toBe(0);
      const certs = pemBlocks(out.stdout, 'CERTIFICATE');
      expect(certs).toEqual([c.certPem.trim(), c.caPem.trim()]);
      const keys = pemBlocks(out.stdout, 'PRIVATE KEY');
      expect(keys).toHaveLength(1);
      const got = createPrivateKey(keys[0]!).export({ type: 'pkcs8', format: 'pem' });
      expect(got).toBe(createPrivateKey(c.keyPem).export({ type: 'pkcs8', format: 'pem' }));
      expect(out.stdout).toContain('friendlyName: apisix');

      const info = run('openssl', [
        'pkcs12',
        '-in',
        file,
        '-passin',
        `pass:${PASS}`,
        '-info',
        '-noout',
        ...(legacy ? ['-legacy'] : []),
      ]);
      expect(info.status, info.stderr).toBe(0);
      if (legacy) {
        expect(info.stderr).toMatch(/MAC: sha1, Iteration 2048/);
        expect(info.stderr).toMatch(
          /Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/,
        );
        expect(info.stderr).toMatch(
          /PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/,
        );
      } else {
        expect(info.stderr).toMatch(/MAC: sha256, Iteration 600000/);
        expect(info.stderr).toMatch(
          /Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256/,
        );
        expect(info.stderr).toMatch(
          /PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256/,
        );
      }

      const wrong = run('openssl', [
        'pkcs12',
        '-in',
        file,
        '-passin',
        'pass:not the password',
        '-nodes',
        ...(legacy ? ['-legacy'] : []),
      ]);
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toMatch(/Mac verify error/);
    },
  );

  it('refuses a key that does not belong to the certificate', async () => {
    const a = makeClient(dir.path, 'ec');
    const b = readFileSync(join(dir.path, 'ec-ca.key'), 'utf8');
    const r = await buildPkcs12({ certPem: a.certPem, keyPem: b, caPems: [], password: PASS });
    expect(r.ok ? '' : r.error.code).toBe('key-mismatch');
  });
});
