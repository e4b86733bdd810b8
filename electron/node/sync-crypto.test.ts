/**
 * The command line's synchronous crypto issues what Node's WebCrypto issues: every key type the
 * wizard offers, checked with node:crypto (chain signature, key pair), and a CA loaded back from
 * its PEM signs again.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeyAlgorithm } from '../../shared/pki/algorithms';
import { issueOne, issuePki } from '../../shared/pki/issue';
import { validatePlan } from '../../shared/plan/plan';
import { syncCrypto } from './sync-crypto';
import { renderText } from '../../shared/text/render';

const plan = (key: KeyAlgorithm) => {
  const r = validatePlan({
    version: 1,
    ca: { key },
    leaf: { key },
    cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] }] },
    clients: ['etcdctl'],
  });
  if (!r.plan) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};

describe('syncCrypto', () => {
  it.each<KeyAlgorithm>(['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'ed25519'])(
    'issues a %s PKI that verifies',
    async (key) => {
      const r = await issuePki(plan(key), { crypto: syncCrypto, now: new Date() });
      if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
      const ca = new X509Certificate(r.value.ca.certPem);
      expect(ca.checkPrivateKey(createPrivateKey(r.value.ca.keyPem))).toBe(true);
      expect(ca.verify(ca.publicKey)).toBe(true);
      expect(r.value.certs).toHaveLength(3);
      for (const c of r.value.certs) {
        const x = new X509Certificate(c.certPem);
        expect(x.verify(ca.publicKey), c.spec.id).toBe(true);
        expect(x.checkPrivateKey(createPrivateKey(c.keyPem))).toBe(true);
        expect(x.fingerprint256).toBe(c.fingerprintSha256);
      }
    },
  );

  it('loads a CA from its PEM and signs a renewal with it', async () => {
    const first = await issuePki(plan('ecdsa-p256'), { crypto: syncCrypto, now: new Date() });
    if (!first.ok) throw new Error(renderText(first.error.text, 'en'));
    const { certPem, keyPem } = first.value.ca;
    const again = await issueOne(
      first.value.certs[0]!.spec,
      { certPem, keyPem },
      {
        crypto: syncCrypto,
        now: new Date(),
        leaf: { key: 'ecdsa-p256', validityDays: 30 },
      },
    );
    if (!again.ok) throw new Error(renderText(again.error.text, 'en'));
    const x = new X509Certificate(again.value.cert.certPem);
    expect(x.verify(new X509Certificate(certPem).publicKey)).toBe(true);
  });

  it('refuses a CA key that is not the certificate’s', async () => {
    const a = await issuePki(plan('ecdsa-p256'), { crypto: syncCrypto, now: new Date() });
    const b = await issuePki(plan('ecdsa-p256'), { crypto: syncCrypto, now: new Date() });
    if (!a.ok || !b.ok) throw new Error('issue failed');
    const r = await issuePki(plan('ecdsa-p256'), {
      crypto: syncCrypto,
      now: new Date(),
      ca: { certPem: a.value.ca.certPem, keyPem: b.value.ca.keyPem },
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('key-mismatch');
  });
});
