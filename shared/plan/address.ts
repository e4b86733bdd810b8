/**
 * Tells IP addresses and DNS names apart and validates them, so that every SAN the wizard writes is
 * of the right type (Go matches IPs only against IP SANs: docs/go-x509.md#ip-addresses).
 */
import ipaddr from 'ipaddr.js';

export type Address =
  | { readonly type: 'ip'; readonly value: string }
  | { readonly type: 'dns'; readonly value: string };

export type AddressProblem =
  | 'empty'
  | 'has-scheme' // https://… typed where a host belongs
  | 'has-port'
  | 'bad-ip'
  | 'bad-dns'
  | 'wildcard-bare' // `*`
  | 'wildcard-partial' // `a*.b.c`
  | 'wildcard-not-leftmost' // `a.*.c`
  | 'wildcard-not-allowed'; // wildcard where a concrete host is needed (member address)

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

/** Returns the canonical IP text (IPv4 dotted quad, IPv6 RFC 5952) or undefined. */
export function parseIp(text: string): string | undefined {
  const t = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (ipaddr.IPv4.isValidFourPartDecimal(t)) return ipaddr.IPv4.parse(t).toString();
  if (t.includes(':') && ipaddr.IPv6.isValid(t)) {
    const ip = ipaddr.IPv6.parse(t);
    return ip.toRFC5952String();
  }
  return undefined;
}

/** Classifies one user-typed host (IP or DNS name, wildcards optional). */
export function classifyAddress(
  raw: string,
  opts: { allowWildcard: boolean } = { allowWildcard: false },
): { ok: true; address: Address } | { ok: false; problem: AddressProblem } {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, problem: 'has-scheme' };
  const ip = parseIp(text);
  if (ip !== undefined) return { ok: true, address: { type: 'ip', value: ip } };
  if (/^[0-9.]+$/.test(text)) return { ok: false, problem: 'bad-ip' };
  if (/:\d+$/.test(text) && !text.includes('::')) return { ok: false, problem: 'has-port' };
  if (text.includes(':')) return { ok: false, problem: 'bad-ip' };
  const name = text.toLowerCase().replace(/\.$/, '');
  const wildcard = wildcardProblem(name);
  if (wildcard === 'none') {
    if (name.length > 253 || !name.split('.').every((l) => LABEL.test(l)))
      return { ok: false, problem: 'bad-dns' };
    return { ok: true, address: { type: 'dns', value: name } };
  }
  if (wildcard !== 'ok') return { ok: false, problem: wildcard };
  if (!opts.allowWildcard) return { ok: false, problem: 'wildcard-not-allowed' };
  if (
    !name
      .split('.')
      .slice(1)
      .every((l) => LABEL.test(l))
  )
    return { ok: false, problem: 'bad-dns' };
  return { ok: true, address: { type: 'dns', value: name } };
}

/**
 * Checks a DNS name for wildcard rules as Go applies them (docs/go-x509.md#wildcards): `*` only as
 * the whole left-most label, standing for one label. `*.etcd` is fine for Go (cfssl guides give
 * it to StatefulSet pods, and etcd accepts it); that OpenSSL clients want two labels after `*` is
 * {@link opensslRefusesWildcard}'s concern, raised only where such a client dials.
 */
export function wildcardProblem(
  name: string,
):
  | 'none'
  | 'ok'
  | Exclude<
      AddressProblem,
      'empty' | 'has-scheme' | 'has-port' | 'bad-ip' | 'bad-dns' | 'wildcard-not-allowed'
    > {
  if (!name.includes('*')) return 'none';
  if (name === '*') return 'wildcard-bare';
  const labels = name.split('.');
  if (labels.slice(1).some((l) => l.includes('*'))) return 'wildcard-not-leftmost';
  if (labels[0] !== '*') return 'wildcard-partial';
  return 'ok';
}

/**
 * True for a wildcard Go honours but OpenSSL's X509_check_host (APISIX, curl) does not: `*` with
 * a single label after it (`*.etcd`). OpenSSL wants at least two.
 */
export const opensslRefusesWildcard = (name: string): boolean =>
  wildcardProblem(name.toLowerCase()) === 'ok' && name.split('.').length < 3;
