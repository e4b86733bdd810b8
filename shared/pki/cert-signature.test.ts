/**
 * Signatures of openssl-made certificates, one issuer per key type and digest Go accepts (RSA
 * PKCS#1 v1.5 and PSS, ECDSA P-256/384/521, Ed25519): the issuer's key verifies, a same-name CA
 * with another key gives Go's failure text, SHA-1 and MD5 give Go's insecure-algorithm texts.
 */
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool, runOk, tempDir } from '../../electron/test-support/tools';
import {
  certSignedPartsFromPem,
  checkSignature,
  ecdsaDerToRaw,
  type CertSignedParts,
} from './cert-signature';

const crypto = webcrypto as unknown as Crypto;

const KEYS: Readonly<Record<string, string[]>> = {
  rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  p521: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  ed25519: ['-algorithm', 'ED25519'],
};

describe.skipIf(!needTool('openssl'))('certificate signatures as Go checks them', () => {
  const dir = tempDir('etw-sig-');
  const ssl = (...args: string[]) => runOk('openssl', args, { cwd: dir.path });
  const parts = (name: string): CertSignedParts =>
    certSignedPartsFromPem(readFileSync(join(dir.path, `${name}.pem`), 'utf8'))!;

  /** A CA named "sig-ca" with a key of `type`, in `<name>.pem` / `<name>.key`. */
  const ca = (name: string, type: string) => {
    ssl('genpkey', ...KEYS[type]!, '-out', `${name}.key`);
    ssl(
      'req',
      '-x509',
      '-new',
      '-key',
      `${name}.key`,
      '-subj',
      '/CN=sig-ca',
      '-days',
      '30',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-out',
      `${name}.pem`,
    );
  };
  /** A P-256 leaf signed by `issuer` with extra `x509 -req` options (digest, PSS). */
  const leaf = (name: string, issuer: string, opts: string[] = []) => {
    ssl('genpkey', ...KEYS.p256!, '-out', `${name}.key`);
    ssl('req', '-new', '-key', `${name}.key`, '-subj', `/CN=${name}`, '-out', `${name}.csr`);
    ssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${issuer}.pem`,
      '-CAkey',
      `${issuer}.key`,
      '-set_serial',
      '7',
      '-days',
      '5',
      ...opts,
      '-out',
      `${name}.pem`,
    );
  };

  beforeAll(() => {
    for (const type of Object.keys(KEYS)) {
      ca(`${type}-ca`, type);
      ca(`${type}-ca2`, type); // same name, new key: "ran the CA step twice"
    }
    leaf('rsa-sha256', 'rsa-ca', ['-sha256']);
    leaf('rsa-sha384', 'rsa-ca', ['-sha384']);
    leaf('rsa-sha512', 'rsa-ca', ['-sha512']);
    leaf('rsa-pss', 'rsa-ca', [
      '-sha256',
      '-sigopt',
      'rsa_padding_mode:pss',
      '-sigopt',
      'rsa_pss_saltlen:digest',
    ]);
    leaf('rsa-pss-salt20', 'rsa-ca', [
      '-sha256',
      '-sigopt',
      'rsa_padding_mode:pss',
      '-sigopt',
      'rsa_pss_saltlen:20',
    ]);
    leaf('rsa-sha1', 'rsa-ca', ['-sha1']);
    leaf('rsa-md5', 'rsa-ca', ['-md5']);
    leaf('p256-sha256', 'p256-ca', ['-sha256']);
    leaf('p384-sha384', 'p384-ca', ['-sha384']);
    leaf('p521-sha512', 'p521-ca', ['-sha512']);
    leaf('p256-sha1', 'p256-ca', ['-sha1']);
    leaf('ed25519', 'ed25519-ca');
  }, 120_000);
  afterAll(() => dir.remove());

  const check = (child: string, parent: string, allowSha1 = false) =>
    checkSignature(crypto, parts(child), parts(parent), { allowSha1 });

  it.each([
    ['rsa-sha256', 'rsa', 'SHA256-RSA', 'crypto/rsa: verification error'],
    ['rsa-sha384', 'rsa', 'SHA384-RSA', 'crypto/rsa: verification error'],
    ['rsa-sha512', 'rsa', 'SHA512-RSA', 'crypto/rsa: verification error'],
    ['rsa-pss', 'rsa', 'SHA256-RSAPSS', 'crypto/rsa: verification error'],
    ['p256-sha256', 'p256', 'ECDSA-SHA256', 'x509: ECDSA verification failure'],
    ['p384-sha384', 'p384', 'ECDSA-SHA384', 'x509: ECDSA verification failure'],
    ['p521-sha512', 'p521', 'ECDSA-SHA512', 'x509: ECDSA verification failure'],
    ['ed25519', 'ed25519', 'Ed25519', 'x509: Ed25519 verification failure'],
  ])('%s verifies with its issuer only', async (child, type, algorithm, failure) => {
    expect(parts(child).algorithm).toBe(algorithm);
    expect(await check(child, `${type}-ca`)).toBeNull();
    expect(await check(child, `${type}-ca2`)).toBe(failure);
  });

  it('reads the raw names Go compares and tells key types apart', async () => {
    expect(parts('rsa-sha256').rawIssuer).toBe(parts('rsa-ca').rawSubject);
    expect(parts('p384-ca').publicKey).toEqual({ type: 'ECDSA', curve: 'P-384' });
    expect(await check('p256-sha256', 'rsa-ca')).toBe(
      'x509: signature algorithm specifies an ECDSA public key, but have public key of type *rsa.PublicKey',
    );
  });

  it("refuses what Go refuses: SHA-1 (unless asked who signed), MD5, PSS with Go's unsupported salt", async () => {
    expect(await check('rsa-sha1', 'rsa-ca')).toBe(
      'x509: cannot verify signature: insecure algorithm SHA1-RSA (temporarily override with GODEBUG=x509sha1=1)',
    );
    expect(await check('p256-sha1', 'p256-ca')).toBe(
      'x509: cannot verify signature: insecure algorithm ECDSA-SHA1 (temporarily override with GODEBUG=x509sha1=1)',
    );
    expect(await check('rsa-sha1', 'rsa-ca', true)).toBeNull();
    expect(await check('p256-sha1', 'p256-ca2', true)).toBe('x509: ECDSA verification failure');
    expect(await check('rsa-md5', 'rsa-ca', true)).toBe(
      'x509: cannot verify signature: insecure algorithm MD5-RSA',
    );
    expect(parts('rsa-pss-salt20').algorithm).toBe('unknown');
    expect(await check('rsa-pss-salt20', 'rsa-ca')).toBe(
      'x509: cannot verify signature: algorithm unimplemented',
    );
  });

  it('converts DER ECDSA signatures to r||s and refuses malformed ones', () => {
    // SEQUENCE { INTEGER 0x00ff, INTEGER 0x01 } on a 2-byte "curve".
    const der = new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0xff, 0x02, 0x01, 0x01]);
    expect([...ecdsaDerToRaw(der, 2)!]).toEqual([0x00, 0xff, 0x00, 0x01]);
    expect(ecdsaDerToRaw(der.subarray(0, 8), 2)).toBeUndefined();
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x80]), 2)).toBeUndefined();
  });
});
