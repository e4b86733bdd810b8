/**
 * The Go judge says what Go says: certificates made by openssl, verdicts with Go's own texts
 * for a good chain, a wrong host, a look-alike CA, a wrong key usage and an expired leaf.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoJudge, judge, judgeAll, type JudgeRequest } from './go-judge';
import { needTool, runOk, tempDir } from './tools';

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

describe.skipIf(!needTool('go') || !needTool('openssl'))('Go judge', () => {
  const dir = tempDir('etw-go-judge-');
  const at = (name: string) => join(dir.path, name);
  const pem = (name: string) => readFileSync(at(name), 'utf8');
  // Read after the certificates exist: openssl starts their validity at the second it made them.
  let now: Date;

  /** A self-signed CA named etcd-ca in `<name>.crt`/`<name>.key`. */
  const ca = (name: string) =>
    runOk('openssl', [
      'req',
      '-x509',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.crt`),
      '-subj',
      '/CN=etcd-ca',
      '-days',
      '30',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);

  /** A leaf for etcd0 signed by `issuer`, valid for 10 days, with the given EKU. */
  const leaf = (name: string, issuer: string, eku: string) => {
    runOk('openssl', [
      'req',
      '-new',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.csr`),
      '-subj',
      '/CN=etcd0',
    ]);
    writeFileSync(
      at(`${name}.ext`),
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        `extendedKeyUsage=${eku}`,
        'subjectAltName=DNS:etcd0.example.internal,DNS:localhost,IP:10.0.0.10',
      ].join('\n'),
    );
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
      '0x1234',
      '-days',
      '10',
      '-extfile',
      at(`${name}.ext`),
      '-out',
      at(`${name}.crt`),
    ]);
  };

  let ask: (leafName: string, more?: Partial<JudgeRequest>) => JudgeRequest;

  beforeAll(() => {
    buildGoJudge();
    ca('ca');
    leaf('server', 'ca', 'serverAuth');
    // Same name, new key: what a re-run of "create the CA" produces.
    ca('other-ca');
    leaf('stranger', 'other-ca', 'serverAuth,clientAuth');
    now = new Date(Date.now() + 1000);
    ask = (leafName, more = {}) => ({
      roots: pem('ca.crt'),
      leaf: pem(`${leafName}.crt`),
      currentTime: now,
      ...more,
    });
  });
  afterAll(() => dir.remove());

  it('accepts a good chain for a DNS name and an IP in the SANs', () => {
    const [dns, ip] = judgeAll([
      ask('server', { name: 'etcd0.example.internal' }),
      ask('server', { name: '10.0.0.10', keyUsages: ['server'] }),
    ]);
    for (const v of [dns!, ip!]) {
      expect(v).toMatchObject({ ok: true, error: null, chainError: null, hostnameError: null });
      expect(v.chains).toEqual([['CN=etcd0', 'CN=etcd-ca']]);
    }
  });

  it("gives Go's text for a host the certificate does not cover", () => {
    const v = judge(ask('server', { name: 'etcd1.example.internal' }));
    expect(v.ok).toBe(false);
    expect(v.error).toBe(
      'x509: certificate is valid for etcd0.example.internal, localhost, not etcd1.example.internal',
    );
    expect(v.hostnameError).toBe(v.error);
    expect(v.chainError).toBeNull();
    expect(judge(ask('server', { name: '10.0.0.11' })).error).toBe(
      'x509: certificate is valid for 10.0.0.10, not 10.0.0.11',
    );
  });

  it('refuses a leaf signed by a re-generated CA of the same name', () => {
    const v = judge(ask('stranger', { name: 'etcd0.example.internal' }));
    expect(v.ok).toBe(false);
    // Go adds which candidate it tried: "(possibly because of … candidate authority certificate "etcd-ca")".
    expect(v.error).toMatch(/^x509: certificate signed by unknown authority\b/);
    expect(v.error).toContain('"etcd-ca"');
    expect(v.chainError).toBe(v.error);
    expect(v.hostnameError).toBeNull();
    expect(v.chains).toBeNull();
    // Trusting the new CA instead makes the same leaf good.
    expect(judge(ask('stranger', { roots: pem('other-ca.crt') })).ok).toBe(true);
  });

  it('checks the key usage the verifier asks for, and the time it is given', () => {
    expect(judge(ask('server', { keyUsages: ['client'] })).error).toBe(
      'x509: certificate specifies an incompatible key usage',
    );
    expect(judge(ask('server', { keyUsages: ['any'] })).ok).toBe(true);
    const later = new Date(now.getTime() + 20 * 86_400_000);
    expect(judge(ask('server', { currentTime: later })).error).toMatch(
      /^x509: certificate has expired or is not yet valid: current time \S+ is after \S+$/,
    );
  });

  it('throws on a malformed request instead of giving a verdict', () => {
    expect(() => judge(ask('server', { leaf: 'not PEM' }))).toThrow(/no CERTIFICATE block/);
  });
});
