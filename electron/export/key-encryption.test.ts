import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needTool, run, tempDir } from '../test-support/tools';
import {
  checkPassphrase,
  encryptPrivateKeyPem,
  MIN_PBKDF2_ITERATIONS,
  readPrivateKey,
} from './key-encryption';
import { renderText } from '../../shared/text/render';

const PASS = 'correct horse battery staple';

function pkcs8(type: 'ec' | 'rsa' | 'ed25519'): string {
  const { privateKey } =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

describe('passphrase policy', () => {
  it('refuses empty and short passphrases with a clear message', () => {
    const empty = checkPassphrase('', 'CA key');
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(renderText(empty.error.text, 'en')).toMatch(/CA key: a passphrase is required/);
    const short = checkPassphrase('elevenchars', 'PKCS#12');
    expect(short.ok).toBe(false);
    if (!short.ok)
      expect(renderText(short.error.text, 'en')).toMatch(/11 characters; use at least 12/);
    expect(checkPassphrase('twelve chars', 'x').ok).toBe(true);
  });

  it('never encrypts with a weak passphrase', async () => {
    const r = await encryptPrivateKeyPem(pkcs8('ec'), 'short');
    expect(r.ok).toBe(false);
    await expect(encryptPrivateKeyPem(pkcs8('ec'), PASS, { iterations: 1000 })).rejects.toThrow(
      /600000/,
    );
  });
});

describe.skipIf(!needTool('openssl'))('encrypted CA key read by openssl', () => {
  const dir = tempDir('etw-keyenc-');
  afterAll(() => dir.remove());

  it.each(['ec', 'rsa', 'ed25519'] as const)(
    '%s: openssl decrypts it to the same key and shows PBES2 parameters',
    async (type) => {
      const plain = pkcs8(type);
      const r = await encryptPrivateKeyPem(plain, PASS);
      if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
      expect(r.value).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
      const file = join(dir.path, `${type}.key`);
      writeFileSync(file, r.value);

      const dec = run('openssl', ['pkey', '-in', file, '-passin', `pass:${PASS}`]);
      expect(dec.status, dec.stderr).toBe(0);
      expect(dec.stdout).toBe(plain);

      const wrong = run('openssl', ['pkey', '-in', file, '-passin', 'pass:wrong passphrase!']);
      expect(wrong.status).not.toBe(0);

      const parsed = run('openssl', ['asn1parse', '-in', file]);
      expect(parsed.status).toBe(0);
      expect(parsed.stdout).toContain(':PBES2');
      expect(parsed.stdout).toContain(':PBKDF2');
      expect(parsed.stdout).toContain(':hmacWithSHA256');
      expect(parsed.stdout).toContain(':aes-256-cbc');
      // 600000 = 0x0927C0
      expect(parsed.stdout).toMatch(/INTEGER\s+:0927C0/);
      expect(MIN_PBKDF2_ITERATIONS).toBe(600000);

      // Node reads it back with the passphrase and refuses a wrong one, with typed errors.
      const back = readPrivateKey(r.value, PASS, 'ca.key');
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.value.export({ type: 'pkcs8', format: 'pem' })).toBe(plain);
      const bad = readPrivateKey(r.value, 'wrong passphrase!', 'ca.key');
      expect(bad.ok ? '' : bad.error.code).toBe('passphrase-wrong');
      const none = readPrivateKey(r.value, undefined, 'ca.key');
      expect(none.ok ? '' : none.error.code).toBe('passphrase-needed');
    },
  );
});
