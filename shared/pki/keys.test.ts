// Key generation: native WebCrypto, every algorithm, PKCS#8 out, and signature parameters per key.
import { describe, expect, it } from 'vitest';
import { KEY_ALGORITHMS } from './algorithms';
import { readPrivateKey } from './key-formats';
import {
  exportPrivateKeyPem,
  generateKeyPairs,
  kindOfAlgorithm,
  keyAlgorithmWarning,
  signingParams,
} from './keys';

const crypto = globalThis.crypto as Crypto;

describe('keys', () => {
  it('generates every non-slow algorithm in one parallel call and exports PKCS#8 that reads back', async () => {
    const algs = KEY_ALGORITHMS.filter((a) => a !== 'rsa-4096' && a !== 'rsa-3072');
    const seen: number[] = [];
    const pairs = await generateKeyPairs(algs, crypto, (i) => seen.push(i));
    expect(seen.sort()).toEqual(algs.map((_, i) => i));
    for (const [i, alg] of algs.entries()) {
      const pem = await exportPrivateKeyPem(pairs[i]!.privateKey, crypto);
      expect(pem).toMatch(
        /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/,
      );
      const back = await readPrivateKey(pem, crypto);
      expect(back.ok && back.value.kind).toEqual(kindOfAlgorithm(alg));
      expect(back.ok && back.value.format).toBe('pkcs8');
    }
  });

  it('signs with SHA-256 for P-256 and RSA, SHA-384 for P-384, and Ed25519 itself', () => {
    expect(signingParams(kindOfAlgorithm('ecdsa-p256'))).toEqual({
      name: 'ECDSA',
      hash: 'SHA-256',
    });
    expect(signingParams(kindOfAlgorithm('ecdsa-p384'))).toEqual({
      name: 'ECDSA',
      hash: 'SHA-384',
    });
    expect(signingParams(kindOfAlgorithm('rsa-3072'))).toEqual({
      name: 'RSASSA-PKCS1-v1_5',
      hash: 'SHA-256',
    });
    expect(signingParams(kindOfAlgorithm('ed25519'))).toEqual({ name: 'Ed25519' });
  });

  it('warns only about Ed25519', () => {
    expect(KEY_ALGORITHMS.filter((a) => keyAlgorithmWarning(a))).toEqual(['ed25519']);
  });
});
