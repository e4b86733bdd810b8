import { describe, expect, it } from 'vitest';
import { formatGoIp, parseGoIp, verifyHostname, type HostnameTarget } from './hostname';

const cert = (
  dnsNames: string[],
  ipAddresses: string[] = [],
  commonName?: string,
  hasSanExtension = dnsNames.length + ipAddresses.length > 0,
): HostnameTarget => ({
  dnsNames,
  ipAddresses,
  hasSanExtension,
  ...(commonName !== undefined ? { commonName } : {}),
});

const server = cert(['localhost', 'n1.etcd-lab.test'], ['127.0.0.1', '10.0.0.1'], 'n1');

// Each row: certificate, host, expected (true = matches, string = Go's exact error text).
// Semantics from golang/go src/crypto/x509/verify.go (VerifyHostname, validHostname,
// matchHostnames, matchExactly, HostnameError.Error), explained in
// docs/go-x509.md#host-name-matching.
const table: [string, HostnameTarget, string, true | string][] = [
  ['IP SAN match', server, '127.0.0.1', true],
  ['IP in brackets', server, '[127.0.0.1]', true],
  ['IPv4-mapped IPv6 equals IPv4 SAN', server, '::ffff:10.0.0.1', true],
  [
    'IP not in SANs lists IP SANs only',
    server,
    '10.0.0.2',
    'x509: certificate is valid for 127.0.0.1, 10.0.0.1, not 10.0.0.2',
  ],
  [
    'IP host never matches a DNS SAN (interop case b)',
    cert(['localhost', 'n1.etcd-lab.test']),
    '127.0.0.1',
    "x509: cannot validate certificate for 127.0.0.1 because it doesn't contain any IP SANs",
  ],
  [
    'brackets are removed in the message',
    cert(['localhost']),
    '[::1]',
    "x509: cannot validate certificate for ::1 because it doesn't contain any IP SANs",
  ],
  [
    'IPv6 SAN in long form matches short host',
    cert([], ['2001:db8:0:0:0:0:0:1']),
    '2001:db8::1',
    true,
  ],
  [
    'IPv6 SANs are printed the way Go prints them',
    cert([], ['2001:db8:0:0:0:0:0:1', '::ffff:192.0.2.1']),
    '2001:db8::2',
    'x509: certificate is valid for 2001:db8::1, 192.0.2.1, not 2001:db8::2',
  ],
  [
    'interop case f',
    cert([], ['127.0.0.2']),
    '127.0.0.1',
    'x509: certificate is valid for 127.0.0.2, not 127.0.0.1',
  ],
  ['DNS is case-insensitive', server, 'N1.ETCD-LAB.TEST', true],
  ['trailing dot on the host is trimmed', server, 'n1.etcd-lab.test.', true],
  [
    'DNS mismatch lists DNS SANs only, host as given',
    server,
    'N2.etcd-lab.test',
    'x509: certificate is valid for localhost, n1.etcd-lab.test, not N2.etcd-lab.test',
  ],
  [
    'DNS host against a cert with only IP SANs',
    cert([], ['10.0.0.1']),
    'etcd-0',
    'x509: certificate is not valid for any names, but wanted to match etcd-0',
  ],
  ['wildcard matches one label', cert(['*.etcd.svc']), 'etcd-0.etcd.svc', true],
  [
    'wildcard does not match the bare domain',
    cert(['*.etcd.svc']),
    'etcd.svc',
    'x509: certificate is valid for *.etcd.svc, not etcd.svc',
  ],
  [
    'wildcard does not match two labels',
    cert(['*.etcd.svc']),
    'a.b.etcd.svc',
    'x509: certificate is valid for *.etcd.svc, not a.b.etcd.svc',
  ],
  [
    'bare * matches any single-label name (docs/go-x509.md#wildcards)',
    cert(['*']),
    'localhost',
    true,
  ],
  [
    'bare * does not match a dotted name',
    cert(['*']),
    'a.b',
    'x509: certificate is valid for *, not a.b',
  ],
  [
    'partial wildcard is not a wildcard',
    cert(['f*.example.com']),
    'foo.example.com',
    'x509: certificate is valid for f*.example.com, not foo.example.com',
  ],
  ['partial wildcard still matches literally', cert(['f*.example.com']), 'f*.example.com', true],
  [
    'wildcard not left-most never matches',
    cert(['a.*.example.com']),
    'a.b.example.com',
    'x509: certificate is valid for a.*.example.com, not a.b.example.com',
  ],
  [
    'SAN with a trailing dot is an invalid pattern: exact match only',
    cert(['n1.example.com.']),
    'n1.example.com',
    'x509: certificate is valid for n1.example.com., not n1.example.com',
  ],
  [
    'SAN with a trailing dot matches the same text',
    cert(['n1.example.com.']),
    'n1.example.com.',
    true,
  ],
  ['underscore is allowed in names', cert(['*.my_svc.local']), 'a.my_svc.local', true],
  [
    'CN is ignored, and said so when it would have matched',
    cert([], [], 'etcd0.example.com', false),
    'etcd0.example.com',
    'x509: certificate relies on legacy Common Name field, use SANs instead',
  ],
  [
    'CN that would not match gives the no-names text',
    cert([], [], 'etcd0', false),
    'etcd1',
    'x509: certificate is not valid for any names, but wanted to match etcd1',
  ],
  [
    'CN equal to an IP host is still the legacy-CN error',
    cert([], [], '127.0.0.1', false),
    '127.0.0.1',
    'x509: certificate relies on legacy Common Name field, use SANs instead',
  ],
  [
    'no legacy hint when a SAN extension exists',
    cert(['other.example'], [], 'etcd0.example.com'),
    'etcd0.example.com',
    'x509: certificate is valid for other.example, not etcd0.example.com',
  ],
  [
    'IPv4 with leading zeros is a name for Go, not an IP',
    cert([], ['10.0.0.1']),
    '010.0.0.1',
    'x509: certificate is not valid for any names, but wanted to match 010.0.0.1',
  ],
  [
    'empty host never matches',
    cert(['']),
    '',
    'x509: certificate is not valid for any names, but wanted to match ',
  ],
];

describe('verifyHostname (Go crypto/x509 semantics)', () => {
  it.each(table)('%s', (_title, target, host, expected) => {
    const r = verifyHostname(target, host);
    if (expected === true) expect(r).toEqual({ ok: true });
    else expect(r).toEqual({ ok: false, error: expected });
  });
});

describe('Go IP parsing and printing', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['::1', '::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['2001:DB8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ])('%s prints as %s', (text, printed) => {
    expect(formatGoIp(parseGoIp(text)!)).toBe(printed);
  });
  it.each(['1.2.3', '256.1.1.1', '01.2.3.4', 'fe80::1%eth0', 'localhost', ''])(
    '%s is not an IP for Go',
    (text) => expect(parseGoIp(text)).toBeUndefined(),
  );
});
