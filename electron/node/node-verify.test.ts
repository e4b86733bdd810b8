/**
 * The inspector's node:crypto signature checks give WebCrypto's answers: true for a good
 * signature, false for a changed message or a malformed signature, a rejected import for a key of
 * another algorithm, and keys imported for anything but `verify` still go to WebCrypto.
 */
import { generateKeyPairSync, sign, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webCrypto } from './node-crypto';
import { VerifyKey } from './node-verify';

const CASES = [
  {
    name: 'ECDSA P-256',
    keys: generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
    importParams: { name: 'ECDSA', namedCurve: 'P-256' },
    verifyParams: { name: 'ECDSA', hash: 'SHA-256' },
    sign: (k: Parameters<typeof sign>[2], m: Buffer) =>
      sign('sha256', m, { key: k as never, dsaEncoding: 'ieee-p1363' }),
  },
  {
    name: 'RSA PKCS#1 v1.5',
    keys: generateKeyPairSync('rsa', { modulusLength: 2048 }),
    importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    verifyParams: { name: 'RSASSA-PKCS1-v1_5' },
    sign: (k: Parameters<typeof sign>[2], m: Buffer) => sign('sha256', m, k),
  },
  {
    name: 'Ed25519',
    keys: generateKeyPairSync('ed25519'),
    importParams: { name: 'Ed25519' },
    verifyParams: { name: 'Ed25519' },
    sign: (k: Parameters<typeof sign>[2], m: Buffer) => sign(null, m, k),
  },
] as const;

describe('node:crypto verify behind WebCrypto', () => {
  for (const c of CASES)
    it(`${c.name}: the same answers as WebCrypto`, async () => {
      const spki = c.keys.publicKey.export({ type: 'spki', format: 'der' });
      const message = Buffer.from('to be signed');
      const good = c.sign(c.keys.privateKey, message);
      const ours = await webCrypto.subtle.importKey('spki', spki, c.importParams, false, [
        'verify',
      ]);
      expect(ours).toBeInstanceOf(VerifyKey);
      const theirs = await webcrypto.subtle.importKey('spki', spki, c.importParams, false, [
        'verify',
      ]);
      const bytes = (b: Uint8Array) => new Uint8Array(b);
      const inputs = [
        [bytes(good), bytes(message)],
        [bytes(good), bytes(Buffer.from('something else'))],
        [bytes(good.subarray(1)), bytes(message)],
        [new Uint8Array(0), bytes(message)],
      ] as const;
      for (const [sig, data] of inputs)
        expect(await webCrypto.subtle.verify(c.verifyParams, ours, sig, data)).toBe(
          await webcrypto.subtle.verify(c.verifyParams, theirs, sig, data),
        );
    });

  it('refuses a key of another algorithm, as WebCrypto does', async () => {
    const spki = CASES[2].keys.publicKey.export({ type: 'spki', format: 'der' });
    await expect(
      webCrypto.subtle.importKey('spki', spki, CASES[0].importParams, false, ['verify']),
    ).rejects.toThrow();
    await expect(
      webcrypto.subtle.importKey('spki', spki, CASES[0].importParams, false, ['verify']),
    ).rejects.toThrow();
  });

  it('leaves extractable keys and RSA-PSS to WebCrypto', async () => {
    const ec = CASES[0].keys.publicKey.export({ type: 'spki', format: 'der' });
    const extractable = await webCrypto.subtle.importKey('spki', ec, CASES[0].importParams, true, [
      'verify',
    ]);
    expect(extractable).not.toBeInstanceOf(VerifyKey);
    expect(extractable.constructor.name).toBe('CryptoKey');
    const rsa = CASES[1].keys.publicKey.export({ type: 'spki', format: 'der' });
    const pss = await webCrypto.subtle.importKey(
      'spki',
      rsa,
      { name: 'RSA-PSS', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    expect(pss).not.toBeInstanceOf(VerifyKey);
    expect(pss.constructor.name).toBe('CryptoKey');
  });
});
