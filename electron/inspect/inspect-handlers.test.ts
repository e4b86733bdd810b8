/**
 * inspect:read-files on the openssl-made corpus, through the real handler table and the contract
 * check: every file gets a result or its own clear error (the message the user sees is asserted),
 * one bad file never hides the others, PKCS#12 asks for and checks its password.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadFilesResult } from '../../shared/ipc/channels-inspect';
import {
  CORPUS_P12_PASSWORD,
  makeInspectCorpus,
  manyCertificatePems,
} from '../test-support/inspect-corpus';
import { fakeDialogs } from '../test-support/fake-dialogs';
import { needTool, tempDir } from '../test-support/tools';
import { dispatch } from '../rpc/dispatch';

import { createHandlerTable, createStores, nodeServices } from '../rpc/table';

const NOW = new Date('2026-01-15T00:00:00Z');
type Read = Extract<ReadFilesResult, { status: 'read' }>;

function handlerCall() {
  const table = createHandlerTable({
    info: { name: 'x', version: '1', platform: 'linux', locale: 'en', isElectron: false },
    dialogs: fakeDialogs(),
    services: nodeServices(),
    now: () => NOW,
    stores: createStores(),
  });
  return async (arg: unknown): Promise<Read> => {
    const r = await dispatch(table, 'inspect:read-files', arg, { emit: () => {} });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    const value = r.value as ReadFilesResult;
    if (value.status !== 'read') throw new Error(value.status);
    return value;
  };
}

/** The renderer's rule: bytes under the cap, only the size above it. */
const payload = (dir: string, name: string) => {
  const size = statSync(join(dir, name)).size;
  return size > 5 * 1024 * 1024
    ? { name, bytes: new Uint8Array(0), size }
    : { name, bytes: new Uint8Array(readFileSync(join(dir, name))) };
};

describe.skipIf(!needTool('openssl'))('inspect:read-files on the corpus', () => {
  const dir = tempDir('etw-inspect-corpus-');
  let names: string[] = [];
  const call = handlerCall();
  const read = (passwords?: Record<string, string>) =>
    call({
      files: names.map((n) => payload(dir.path, n)),
      hosts: ['etcd0-0.etcd'],
      ...(passwords ? { passwords } : {}),
    });

  beforeAll(() => {
    names = makeInspectCorpus(dir.path);
  });
  afterAll(() => dir.remove());

  it('gives every file a result, and each broken one its own message', async () => {
    const r = await read();
    expect(r.files.map((f) => f.name)).toEqual(names);
    const error = (name: string) => r.files.find((f) => f.name === name)!.error;
    const kinds = (name: string) => r.files.find((f) => f.name === name)!.items.map((i) => i.kind);
    expect(error('truncated.pem')).toEqual({
      code: 'input-truncated',
      message:
        'truncated.pem: block 1 (line 1, CERTIFICATE) has no matching "-----END CERTIFICATE-----" line: the block is cut off. Copy the whole block again.',
      path: 'truncated.pem',
    });
    expect(error('bad-base64.pem')?.message).toBe(
      'bad-base64.pem: block 1 (line 1, CERTIFICATE) is not valid base64; the file is damaged. Export it again.',
    );
    expect(error('corrupted.pem')?.message).toBe(
      'corrupted.pem: block 1 (line 1, CERTIFICATE) is not well-formed DER (bad lengths or tags). It is not a certificate, key, CSR, CRL or bundle.',
    );
    expect(error('garbage.bin')?.message).toBe(
      'garbage.bin is a binary file but not DER: it is not a certificate, key, CSR, CRL or bundle.',
    );
    expect(error('empty.pem')).toMatchObject({
      code: 'input-empty',
      message: 'empty.pem is empty.',
    });
    expect(error('huge.bin')).toMatchObject({
      code: 'input-too-large',
      message:
        'huge.bin is 10.0 MB; files over 5.0 MB are not read. Certificates, keys and bundles are a few KB: pick the certificate files themselves.',
    });
    expect(error('deep.der')?.message).toBe(
      'deep.der is not well-formed DER (nested too deeply). It is not a certificate, key, CSR, CRL or bundle.',
    );
    expect(error('notes.txt')?.message).toBe(
      'notes.txt is text without any "-----BEGIN …-----" block; it is not a PEM certificate, key, CSR or CRL.',
    );
    expect(error('client.p12')).toMatchObject({
      code: 'passphrase-needed',
      message:
        'client.p12 is a PKCS#12 (.p12/.pfx) file; enter its password to read the certificates and key inside.',
    });
    // Good files next to the broken ones are all read.
    expect(kinds('etcd1-chain-crlf.pem')).toEqual(['certificate', 'certificate']);
    expect(kinds('utf16.pem')).toEqual(['certificate']);
    expect(kinds('etcd2.csr')).toEqual(['csr']);
    expect(kinds('ca.crl')).toEqual(['crl']);
    expect(r.analysis.others.find((o) => o.file === 'ca.crl')?.item).toMatchObject({
      kind: 'crl',
      issuer: { text: 'CN=etcd-ca' },
    });
  });

  it('matches keys to certificates and names the missing issuer', async () => {
    const r = await read();
    const key = (file: string) => r.analysis.keys.find((k) => k.file === file)!;
    expect(key('etcd0.key').certificates.map((c) => c.subject)).toEqual(['CN=etcd0']);
    expect(key('ca.key').certificates.map((c) => c.subject)).toEqual(['CN=etcd-ca']);
    expect(key('lonely.key')).toMatchObject({
      key: { key: { type: 'ec', curve: 'P-256' } },
      certificates: [],
    });
    // The key summary never carries key bytes.
    expect(JSON.stringify(r.analysis.keys)).not.toMatch(/PRIVATE KEY/);
    const cert = (cn: string) =>
      r.analysis.certificates.find((c) => c.certificate.subject.commonName === cn)!;
    expect(cert('foreign-server').issuer).toMatchObject({
      status: 'missing',
      issuer: 'CN=other-ca',
    });
    expect(cert('etcd0').issuer).toMatchObject({ status: 'found', file: 'ca.pem' });
    expect(cert('etcd0').keyFiles).toEqual(['etcd0.key']);
  });

  it('explains roles and hosts with the texts Go prints', async () => {
    const r = await read();
    const cert = (cn: string) =>
      r.analysis.certificates.find((c) => c.certificate.subject.commonName === cn)!;
    // A serverAuth-only certificate is meant as a server: there the missing clientAuth fails.
    const server = cert('etcd-gateway').verdicts.find((v) => v.role === 'etcd-server')!;
    expect(server).toMatchObject({ ok: false, intended: true });
    expect(server.seenAs).toContain(
      'tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage',
    );
    // Not being a peer or a CA is not a failure: no error is quoted for those.
    for (const role of ['etcd-peer', 'ca'])
      expect(cert('etcd-gateway').verdicts.find((v) => v.role === role)).toMatchObject({
        ok: false,
        intended: false,
        seenAs: '',
      });
    expect(cert('etcdctl').verdicts.find((v) => v.role === 'client')).toMatchObject({
      ok: true,
      intended: true,
    });
    expect(cert('etcd1').hostChecks).toEqual([
      {
        host: 'etcd0-0.etcd',
        ok: false,
        error: 'x509: certificate is valid for etcd1-0.etcd, localhost, not etcd0-0.etcd',
      },
    ]);
    expect(cert('old-client').findings.map((f) => f.ruleId)).toContain('expired');
  });

  it('reads the PKCS#12 with the right password and says so for a wrong one', async () => {
    const wrong = await read({ 'client.p12': 'nope' });
    expect(wrong.files.find((f) => f.name === 'client.p12')!.error).toEqual({
      code: 'passphrase-wrong',
      message:
        'client.p12: the PKCS#12 password is wrong. Enter the password it was exported with.',
      path: 'client.p12',
    });
    const right = await read({ 'client.p12': CORPUS_P12_PASSWORD });
    const p12 = right.files.find((f) => f.name === 'client.p12')!;
    expect(p12.error).toBeUndefined();
    expect(p12.items.map((i) => i.kind).sort()).toEqual([
      'certificate',
      'certificate',
      'private-key',
    ]);
    // The key inside belongs to the etcdctl certificate (also dropped as etcdctl.pem).
    expect(
      right.analysis.keys.find((k) => k.file === 'client.p12')!.certificates.map((c) => c.subject),
    ).toEqual(['CN=etcdctl']);
  });

  it('reads a folder of 500 certificates, every one listed', async () => {
    const { ca, leaves } = await manyCertificatePems(500);
    const files = [
      { name: 'bulk/ca.pem', bytes: new TextEncoder().encode(ca) },
      ...leaves.map((pem, i) => ({
        name: `bulk/member-${i}.pem`,
        bytes: new TextEncoder().encode(pem),
      })),
    ];
    const r = await call({ files });
    expect(r.files).toHaveLength(501);
    expect(r.files.every((f) => !f.error && f.items.length === 1)).toBe(true);
    expect(r.analysis.certificates).toHaveLength(501);
    expect(r.analysis.certificates.filter((c) => c.issuer.status === 'found')).toHaveLength(500);
  });

  it('refuses an oversized file in the request itself without failing the others', async () => {
    const r = await call({
      files: [
        { name: 'big.pem', bytes: new Uint8Array(0), size: 6 * 1024 * 1024 },
        payload(dir.path, 'etcd0.pem'),
      ],
    });
    expect(r.files[0]!.error?.code).toBe('input-too-large');
    expect(r.files[1]!.items).toHaveLength(1);
  });
});
