import { describe, expect, it } from 'vitest';
import type { DecodedCertificate } from '../pki/model';
import { classifyGatewayAnswer, classifyRefusal, looksLikePeerMembers } from './classify';

const NOW = new Date('2026-03-01T12:00:00Z');

/** A decoded certificate with only the fields the classifiers read. */
function cert(over: Partial<DecodedCertificate> = {}): DecodedCertificate {
  return {
    kind: 'certificate',
    subject: { text: 'CN=etcd0', commonName: 'etcd0' },
    issuer: { text: 'CN=etcd-ca', commonName: 'etcd-ca' },
    serialHex: '01',
    serialLength: 1,
    serialNegative: false,
    serialZero: false,
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
    key: { type: 'ec', curve: 'P-256' },
    signatureAlgorithm: 'ecdsa-with-SHA256',
    sans: [],
    extKeyUsage: { critical: false, usages: ['serverAuth', 'clientAuth'] },
    selfSigned: false,
    fingerprintSha256: 'AA',
    version: 3,
    pem: '',
    ...over,
  };
}

const CODE_14 = '{"error":"connection closed","message":"connection closed","code":14}';

describe('classifyGatewayAnswer', () => {
  it('200: the etcd version from the status answer', () => {
    expect(
      classifyGatewayAnswer(
        { status: 200, body: '{"version":"3.4.23","dbSize":"20480"}' },
        { now: NOW },
      ),
    ).toEqual({ status: 'pass', code: 'gateway-ok', params: { version: '3.4.23' } });
  });

  it('503 with gRPC code 14: blamed on the server certificate when it lacks clientAuth', () => {
    const served = cert({ extKeyUsage: { critical: false, usages: ['serverAuth'] } });
    expect(classifyGatewayAnswer({ status: 503, body: CODE_14 }, { served, now: NOW })).toEqual({
      status: 'fail',
      code: 'gateway-server-no-client-auth',
      params: { status: '503', body: CODE_14 },
    });
  });

  it('503 with gRPC code 14 and an expired server certificate', () => {
    const served = cert({ notAfter: '2026-02-01T00:00:00.000Z' });
    expect(
      classifyGatewayAnswer({ status: 503, body: CODE_14 }, { served, now: NOW }).valueOf(),
    ).toMatchObject({
      code: 'gateway-server-expired',
    });
  });

  it('503 with gRPC code 14 and a fine server certificate: unavailable, body quoted', () => {
    expect(
      classifyGatewayAnswer({ status: 503, body: CODE_14 }, { served: cert(), now: NOW }),
    ).toMatchObject({
      code: 'gateway-unavailable',
      params: { body: CODE_14 },
    });
  });

  it('404 needs a look at /members; 400 with the CommonName text names the client', () => {
    expect(classifyGatewayAnswer({ status: 404, body: '404 page not found' }, { now: NOW })).toBe(
      'ask-members',
    );
    expect(
      classifyGatewayAnswer(
        {
          status: 400,
          body: '{"error":"CommonName of client sending a request against gateway will be ignored and not used as expected","code":3}',
        },
        { client: cert({ subject: { text: 'CN=apisix', commonName: 'apisix' } }), now: NOW },
      ),
    ).toMatchObject({ code: 'gateway-cn-refused', params: { subject: 'CN=apisix' } });
  });

  it('a member list is a peer port; anything else is not', () => {
    expect(
      looksLikePeerMembers({ status: 200, body: '[{"id":1,"peerURLs":["https://a:2380"]}]' }),
    ).toBe(true);
    expect(looksLikePeerMembers({ status: 404, body: '404 page not found' })).toBe(false);
    expect(looksLikePeerMembers({ status: 200, body: '{"members":[]}' })).toBe(false);
  });
});

describe('classifyRefusal', () => {
  const ca = cert({ subject: { text: 'CN=etcd-ca' }, issuer: { text: 'CN=etcd-ca' } });
  const ctx = { now: NOW, caCerts: [ca], verify: (): boolean => true };
  const client = cert({
    subject: { text: 'CN=etcdctl' },
    extKeyUsage: { critical: false, usages: ['clientAuth'] },
  });

  it.each([
    ['no certificate given', undefined, ctx, 'client-cert-required'],
    [
      'no clientAuth',
      cert({ extKeyUsage: { critical: false, usages: ['serverAuth'] } }),
      ctx,
      'client-cert-no-client-auth',
    ],
    ['expired', cert({ notAfter: '2026-02-01T00:00:00.000Z' }), ctx, 'client-cert-expired'],
    ['from another CA', cert({ issuer: { text: 'CN=other-ca' } }), ctx, 'client-cert-other-ca'],
    [
      'signed by a look-alike CA',
      client,
      { ...ctx, verify: (): boolean => false },
      'client-cert-other-ca',
    ],
    ['fine here, so the member trusts another CA', client, ctx, 'client-cert-rejected'],
  ] as const)('%s', (_what, c, context, code) => {
    const r = classifyRefusal('sslv3 alert bad certificate, alert 42', {
      ...context,
      ...(c ? { client: c } : {}),
    });
    expect(r.code).toBe(code);
    expect(r.params.alert).toBe('sslv3 alert bad certificate, alert 42');
  });
});
