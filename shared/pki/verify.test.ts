// The app's own chain and key checks must agree with what openssl would say.
import { beforeAll, describe, expect, it } from 'vitest';
import { planSchema } from '../plan/schema';
import { issuePki, type IssuedPki } from './issue';
import { pemBlocks, toPem } from './pem';
import { keyMatchesCertificate, verifyChain } from './verify';

const crypto = globalThis.crypto as Crypto;
const NOW = new Date('2026-03-01T12:00:00Z');
const plan = planSchema.parse({
  version: 1,
  cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10'] }] },
  clients: ['etcdctl'],
});

describe('verifyChain and keyMatchesCertificate', () => {
  let a: IssuedPki;
  let b: IssuedPki;
  beforeAll(async () => {
    const [ra, rb] = await Promise.all([
      issuePki(plan, { crypto, now: NOW }),
      issuePki(plan, { crypto, now: NOW }),
    ]);
    if (!ra.ok || !rb.ok) throw new Error('issue failed');
    a = ra.value;
    b = rb.value;
  });

  it('accepts a leaf with its own CA, and checks validity when given a time', async () => {
    for (const c of a.certs)
      expect(await verifyChain(c.certPem, a.ca.certPem, crypto, NOW)).toEqual({ valid: true });
    expect(await verifyChain(a.ca.certPem, a.ca.certPem, crypto)).toEqual({ valid: true });
    const late = await verifyChain(
      a.certs[0]!.certPem,
      a.ca.certPem,
      crypto,
      new Date('2028-01-01T00:00:00Z'),
    );
    expect(late).toEqual({
      valid: false,
      reason: 'the certificate expired 2027-03-01T12:00:00.000Z',
    });
  });

  it('rejects a leaf from another CA of the same name, by key identifier', async () => {
    const r = await verifyChain(a.certs[0]!.certPem, b.ca.certPem, crypto);
    expect(r.valid).toBe(false);
    if (!r.valid)
      expect(r.reason).toMatch(
        /^authority key id [0-9a-f]{40} is not the CA's subject key id [0-9a-f]{40}$/,
      );
  });

  it('rejects a tampered signature and unreadable input', async () => {
    const der = new Uint8Array(pemBlocks(a.certs[0]!.certPem)[0]!.der);
    der[der.length - 3] = der[der.length - 3]! ^ 0x01;
    expect(await verifyChain(toPem('CERTIFICATE', der), a.ca.certPem, crypto)).toEqual({
      valid: false,
      reason: 'the signature does not verify with the CA key',
    });
    expect((await verifyChain('nope', a.ca.certPem, crypto)).valid).toBe(false);
  });

  it('matches keys to their certificates only', async () => {
    for (const c of a.certs)
      expect(await keyMatchesCertificate(c.keyPem, c.certPem, crypto)).toBe(true);
    expect(await keyMatchesCertificate(a.ca.keyPem, a.ca.certPem, crypto)).toBe(true);
    expect(await keyMatchesCertificate(b.certs[0]!.keyPem, a.certs[0]!.certPem, crypto)).toBe(
      false,
    );
    expect(await keyMatchesCertificate(a.ca.keyPem, a.certs[0]!.certPem, crypto)).toBe(false);
    expect(await keyMatchesCertificate('garbage', a.certs[0]!.certPem, crypto)).toBe(false);
  });
});
