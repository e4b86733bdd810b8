/**
 * The probe's chain verdict against Go's own: openssl makes each chain, Node checks the
 * signatures, and the Go judge (crypto/x509, as etcdctl runs it) must print the very text the
 * probe quotes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../shared/pki/decode';
import type { DecodedCertificate } from '../../shared/pki/model';
import { judgeServedChain } from '../../shared/probe/chain';
import { judge } from '../test-support/go-judge';
import { needTool, runOk, tempDir } from '../test-support/tools';
import { webCrypto } from '../node/node-crypto';
import { nodeSignatureCheck } from './served-chain';

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const DAY = 86_400_000;

describe.skipIf(!needTool('openssl') || !needTool('go'))('served chain, judged as Go does', () => {
  const dir = tempDir('etw-probe-chain-');
  const at = (n: string) => join(dir.path, n);
  const pem = (n: string) => readFileSync(at(`${n}.crt`), 'utf8');
  let now: Date;

  const ca = (name: string, cn: string, ext: string[], days = 30) =>
    runOk('openssl', [
      'req',
      '-x509',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.crt`),
      '-subj',
      `/CN=${cn}`,
      '-days',
      String(days),
      ...ext.flatMap((e) => ['-addext', e]),
    ]);
  const signed = (name: string, cn: string, issuer: string, ext: string[], days = 10) => {
    runOk('openssl', [
      'req',
      '-new',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.csr`),
      '-subj',
      `/CN=${cn}`,
    ]);
    writeFileSync(at(`${name}.ext`), ext.join('\n'));
    runOk('openssl', [
      'x509',
      '-req',
      '-in',
      at(`${name}.csr`),
      '-CA',
      at(`${issuer}.crt`),
      '-CAkey',
      at(`${issuer}.key`),
      '-set_serial',
      '0x0a0b0c',
      '-days',
      String(days),
      '-extfile',
      at(`${name}.ext`),
      '-out',
      at(`${name}.crt`),
    ]);
  };
  const LEAF = ['basicConstraints=critical,CA:FALSE', 'subjectAltName=IP:127.0.0.1'];
  const CA_EXT = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign'];

  const decoded = async (n: string): Promise<DecodedCertificate> => {
    const r = await decodeBytes(new Uint8Array(readFileSync(at(`${n}.crt`))), n, {
      crypto: webCrypto,
    });
    if (!r.ok || r.value.items[0]?.kind !== 'certificate') throw new Error(`${n} unreadable`);
    return r.value.items[0];
  };

  beforeAll(() => {
    ca('root', 'etcd-ca', CA_EXT);
    ca('lookalike', 'etcd-ca', CA_EXT);
    ca('nosign', 'etcd-ca', [
      'basicConstraints=critical,CA:TRUE',
      'keyUsage=critical,digitalSignature',
    ]);
    signed('mid', 'etcd-intermediate', 'root', CA_EXT, 20);
    signed('good', 'etcd0', 'root', [...LEAF, 'extendedKeyUsage=serverAuth,clientAuth']);
    signed('clientonly', 'etcd0', 'root', [...LEAF, 'extendedKeyUsage=clientAuth']);
    signed('viamid', 'etcd0', 'mid', [...LEAF, 'extendedKeyUsage=serverAuth']);
    signed('fromnosign', 'etcd0', 'nosign', [...LEAF, 'extendedKeyUsage=serverAuth']);
    // Outlives its CA: at +40 days the leaf is valid and the CA is not.
    signed('outlives', 'etcd0', 'root', [...LEAF, 'extendedKeyUsage=serverAuth'], 60);
    now = new Date(Date.now() + 60_000);
  });
  afterAll(() => dir.remove());

  /** The probe's verdict and Go's chain error for one served chain. */
  async function both(served: string[], roots: string[], at: Date) {
    const chain = await Promise.all(served.map(decoded));
    const rootCerts = await Promise.all(roots.map(decoded));
    const probe = judgeServedChain(chain, rootCerts, at, nodeSignatureCheck);
    const go = judge({
      roots: roots.map(pem).join(''),
      intermediates: served.slice(1).map(pem).join(''),
      leaf: pem(served[0]!),
      currentTime: at,
    });
    return { probe, go };
  }

  it('a good leaf verifies against its CA', async () => {
    const { probe, go } = await both(['good'], ['root'], now);
    expect(go.chainError).toBeNull();
    expect(probe).toEqual({ status: 'pass', code: 'chain-ok', params: { ca: 'CN=etcd-ca' } });
  });

  it('through an intermediate the member serves', async () => {
    const { probe, go } = await both(['viamid', 'mid'], ['root'], now);
    expect(go.chainError).toBeNull();
    expect(probe.code).toBe('chain-ok');
  });

  it.each([
    ['expired leaf', ['good'], ['root'], 11, 'chain-expired'],
    [
      'a CA of the same name with another key',
      ['good'],
      ['lookalike'],
      0,
      'chain-unknown-authority',
    ],
    ['a CA without keyCertSign', ['fromnosign'], ['nosign'], 0, 'chain-unknown-authority'],
    ['an expired CA', ['outlives'], ['root'], 40, 'chain-expired'],
    ['a missing intermediate', ['viamid'], ['root'], 0, 'chain-unknown-authority'],
    ['a leaf without serverAuth', ['clientonly'], ['root'], 0, 'chain-no-server-auth'],
  ])('%s: the text Go prints', async (_what, served, roots, days, code) => {
    const { probe, go } = await both(served, roots, new Date(now.getTime() + days * DAY));
    expect(probe.status).toBe('fail');
    expect(probe.code).toBe(code);
    expect(go.chainError).not.toBeNull();
    expect(probe.params.goError).toBe(go.chainError);
  });

  it('without a CA file only the dates and usage count', async () => {
    const chain = [await decoded('good')];
    expect(judgeServedChain(chain, undefined, now, nodeSignatureCheck)).toEqual({
      status: 'skip',
      code: 'chain-no-ca',
      params: {},
    });
    const narrow = [await decoded('clientonly')];
    expect(judgeServedChain(narrow, undefined, now, nodeSignatureCheck).code).toBe(
      'chain-no-server-auth',
    );
  });
});
