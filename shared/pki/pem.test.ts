// PEM/DER helpers and the private-key reader: round trips, and property tests (fixed seed) that
// any input gives a result, never a crash or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeOid, oidText, readOne } from './der';
import { readPrivateKey } from './key-formats';
import { base64Decode, base64Encode, pemBlocks, toPem } from './pem';

const crypto = globalThis.crypto as Crypto;
const SEED = 20260301;

describe('pem helpers', () => {
  it('round-trips base64 like Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const b64 = base64Encode(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64Decode(b64)).toEqual(bytes);
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(base64Decode('not base64!')).toBeUndefined();
  });

  it('writes 64-column PEM and reads blocks back in order, skipping broken ones', () => {
    const der = Uint8Array.from({ length: 100 }, (_, i) => i);
    const pem = toPem('CERTIFICATE', der);
    expect(pem.split('\n').map((l) => l.length)).toEqual([27, 64, 64, 8, 25, 0]);
    const text = `junk\n${pem}-----BEGIN X-----\nAAAA\n-----END Y-----\n${toPem('PRIVATE KEY', der.slice(0, 5))}`;
    expect(pemBlocks(text).map((b) => [b.label, b.der.length])).toEqual([
      ['CERTIFICATE', 100],
      ['PRIVATE KEY', 5],
    ]);
    const legacy = pemBlocks(
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----',
    );
    expect(legacy[0]!.headers).toEqual({
      'Proc-Type': '4,ENCRYPTED',
      'DEK-Info': 'AES-256-CBC,00',
    });
  });

  it('round-trips OIDs through DER', () => {
    for (const oid of [
      '1.2.840.113549.1.1.1',
      '1.3.101.112',
      '2.16.840.1.101.3.4.1.42',
      '1.3.6.1.4.1.11591.4.11',
    ])
      expect(oidText(readOne(encodeOid(oid)))).toBe(oid);
  });
});

describe('readPrivateKey on hostile input', () => {
  it('answers any bytes with a typed error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const r = await readPrivateKey(bytes, crypto);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['input-not-pki', 'input-unsupported']).toContain(r.error.code);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('answers DER-shaped noise and truncated real keys with a typed error', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
    ]);
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    expect((await readPrivateKey(pkcs8, crypto)).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(pkcs8.length - 1),
        fc.nat(255),
        fc.nat(pkcs8.length - 1),
        async (cut, value, at) => {
          const mutated = pkcs8.slice(0, Math.max(cut, 1));
          if (at < mutated.length) mutated[at] = value;
          const r = await readPrivateKey(mutated, crypto);
          if (!r.ok) expect(['input-not-pki', 'input-unsupported']).toContain(r.error.code);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
