/**
 * The fast certificate reader must give exactly what the @peculiar/x509 reader gave. The golden
 * file holds the old reader's output for every certificate the existing test suites decode
 * (decode, CLI inspect, handlers, inspector corpus, parity), issuePki's output for all six
 * algorithms and the unusual certificates of cert-corpus.ts; the live half compares both readers
 * on freshly made certificates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCertCorpus } from '../../../electron/test-support/cert-corpus';
import { makeInspectCorpus } from '../../../electron/test-support/inspect-corpus';
import { needTool, tempDir } from '../../../electron/test-support/tools';
import { planSchema } from '../../plan/schema';
import { KEY_ALGORITHMS } from '../algorithms';
import { decodeBytes } from '.';
import { decodeCertificateDer } from './cert';
import { fastCertificateFields } from './cert-fast';
import { validateDer } from './der';
import { pemBlocks } from './text';
import { issuePki } from '../issue';
import type { DecodedCertificate } from '../model';

const crypto = globalThis.crypto as Crypto;
const GOLDEN: readonly DecodedCertificate[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'testdata', 'cert-golden.json'), 'utf8'),
);

/** Every certificate DER in a PEM text. */
const ders = (pem: string): Uint8Array[] =>
  pemBlocks(pem)
    .filter((b) => b.label === 'CERTIFICATE' && b.der !== undefined)
    .map((b) => b.der!);

/** Both readers' output (or error text) as JSON, which also holds key order to the old output. */
async function both(
  der: Uint8Array,
): Promise<{ fast: string; library: string; onFast: boolean } | undefined> {
  const v = validateDer(der);
  if (!v.ok) return undefined; // the inspector corpus holds broken files on purpose
  const read = (library: boolean): Promise<string> =>
    decodeCertificateDer(crypto, der, v.root, { library }).then(
      (c) => JSON.stringify(c),
      (e: unknown) => `error: ${String(e)}`,
    );
  return {
    fast: await read(false),
    library: await read(true),
    onFast: fastCertificateFields(der, v.root) !== undefined,
  };
}

/** Certificates the fast reader leaves to the library, by subject CN (see cert-fast.ts). */
const LIBRARY_ONLY = ['aia', 'aki-issuer', 'crldp', 'policies', 'san-dirname', 'san-othername'];

describe('fast certificate reader against the golden output of the @peculiar/x509 reader', () => {
  it('holds a wide corpus', () => {
    expect(GOLDEN.length).toBeGreaterThan(100);
    const algs = new Set(GOLDEN.map((c) => c.key.algorithm ?? `${c.key.type}/${c.key.curve}`));
    for (const alg of KEY_ALGORITHMS) expect(algs).toContain(alg);
  });

  it('decodes every golden certificate to the recorded output, field for field and in order', async () => {
    for (const want of GOLDEN) {
      const r = await decodeBytes(new TextEncoder().encode(want.pem), 'golden.pem', { crypto });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.errors).toEqual([]);
      const got = r.value.items[0] as DecodedCertificate;
      expect(got).toStrictEqual(want);
      expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    }
  });

  it('reads all but the deliberately unusual certificates on the fast path', () => {
    const slow = GOLDEN.filter((c) => {
      const der = ders(c.pem)[0]!;
      const v = validateDer(der);
      return v.ok && fastCertificateFields(der, v.root) === undefined;
    });
    // Bit-flipped certificates from the property test (odd times, odd attribute types) aside.
    const fuzz = (c: DecodedCertificate) => c.subject.text.includes('fuzz');
    const named = slow.filter((c) => !fuzz(c)).map((c) => c.subject.commonName);
    expect([...new Set(named)].sort()).toEqual(LIBRARY_ONLY);
    expect(slow.filter(fuzz).length).toBeLessThan(GOLDEN.filter(fuzz).length / 2);
  });
});

describe.skipIf(!needTool('openssl'))('fast and library readers on fresh certificates', () => {
  const dir = tempDir('etw-cert-fast-');
  afterAll(() => dir.remove());

  it('agree on every openssl-made certificate (unusual corpus and inspector corpus)', async () => {
    const files = [
      ...makeCertCorpus(dir.path),
      ...makeInspectCorpus(join(dir.path, 'inspect')).map((f) => join(dir.path, 'inspect', f)),
    ];
    let compared = 0;
    let fast = 0;
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(f, 'latin1');
      } catch {
        continue; // a directory entry
      }
      for (const der of ders(text)) {
        const r = await both(der);
        if (r === undefined) continue;
        expect(r.fast, f).toBe(r.library);
        compared++;
        if (r.onFast) fast++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    expect(compared - fast).toBe(LIBRARY_ONLY.length);
  }, 120_000);

  it.each(KEY_ALGORITHMS)(
    'agree on everything issuePki makes with %s',
    async (alg) => {
      const plan = planSchema.parse({
        version: 1,
        ca: { commonName: 'ETW Test CA', organization: 'ETW Tests', key: alg },
        leaf: { key: alg },
        etcd: { auth: true },
        cluster: {
          extraSans: ['etcd.example.internal'],
          members: [
            { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
            { name: 'etcd2', addresses: ['fd00::12', 'etcd2.example.internal'] },
          ],
        },
        clients: ['kube-apiserver', 'apisix', 'etcdctl', { name: 'backup-job', kind: 'custom' }],
      });
      const r = await issuePki(plan, { crypto, now: new Date('2026-03-01T12:00:00.123Z') });
      if (!r.ok) throw new Error(r.error.message);
      const pems = [r.value.ca.certPem, ...r.value.certs.map((c) => c.certPem)];
      for (const der of pems.flatMap(ders)) {
        const x = await both(der);
        expect(x?.onFast).toBe(true);
        expect(x?.fast).toBe(x?.library);
      }
    },
    120_000,
  );
});
