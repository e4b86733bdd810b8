/**
 * Go's `crypto/x509` `Certificate.VerifyHostname`, rule for rule
 * (docs/go-x509.md#host-name-matching), with the exact `HostnameError` texts. etcdctl,
 * kube-apiserver and etcd peers are Go clients, so this predicts what they will say about a server
 * certificate before anyone dials it.
 */
import ipaddr from 'ipaddr.js';
import type { DecodedCertificate } from './model';

/** The certificate fields VerifyHostname looks at. */
export interface HostnameTarget {
  readonly dnsNames: readonly string[];
  /** IP SANs as text (any valid IPv4/IPv6 form). */
  readonly ipAddresses: readonly string[];
  readonly commonName?: string;
  /** Whether the SAN extension is present (Go's hasSANExtension), even if it lists nothing Go uses. */
  readonly hasSanExtension: boolean;
}

/** Result of a hostname check: fine, or the error text Go prints. */
export type HostnameCheck = { readonly ok: true } | { readonly ok: false; readonly error: string };

/**
 * The target of a decoded certificate. The decoded model keeps SANs, not the raw extension, so
 * "has a SAN extension" is taken as "has at least one SAN" (an empty SAN extension is invalid
 * under RFC 5280 and practically never seen).
 */
export function hostnameTargetOf(
  cert: Pick<DecodedCertificate, 'sans' | 'subject'>,
): HostnameTarget {
  return {
    dnsNames: cert.sans.filter((s) => s.type === 'dns').map((s) => s.value),
    ipAddresses: cert.sans.filter((s) => s.type === 'ip').map((s) => s.value),
    ...(cert.subject.commonName !== undefined ? { commonName: cert.subject.commonName } : {}),
    hasSanExtension: cert.sans.length > 0,
  };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Go's net.ParseIP as 16 bytes (IPv4 as ::ffff:a.b.c.d, so that ip.Equal semantics hold), or
 * undefined. Like Go ≥ 1.17 it refuses leading zeros in IPv4 and, like ParseIP, zones.
 */
export function parseGoIp(text: string): Uint8Array | undefined {
  const v4 = IPV4.exec(text);
  if (v4) {
    const parts = v4.slice(1).map((p) => (p.length > 1 && p.startsWith('0') ? NaN : Number(p)));
    if (parts.some((n) => !(n >= 0 && n <= 255))) return undefined;
    return new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...parts]);
  }
  if (!text.includes(':') || text.includes('%') || !ipaddr.IPv6.isValid(text)) return undefined;
  try {
    return new Uint8Array(ipaddr.IPv6.parse(text).toByteArray());
  } catch {
    return undefined;
  }
}

/** Go's net.IP.String(): dotted quad for IPv4 (also IPv4-mapped), RFC 5952 for IPv6. */
export function formatGoIp(ip: Uint8Array): string {
  const mapped = ip.subarray(0, 12).every((b, i) => (i < 10 ? b === 0 : b === 0xff));
  if (mapped) return Array.from(ip.subarray(12)).join('.');
  return (ipaddr.fromByteArray(Array.from(ip)) as ipaddr.IPv6).toRFC5952String();
}

const toLowerAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Go's validHostname: RFC 6125 shape with leniency (`_`), wildcard only as a whole first label. */
function validHostname(host: string, isPattern: boolean): boolean {
  const h = isPattern ? host : host.endsWith('.') ? host.slice(0, -1) : host;
  if (h.length === 0) return false;
  const labels = h.split('.');
  for (let i = 0; i < labels.length; i++) {
    const part = labels[i]!;
    if (part === '') return false;
    if (isPattern && i === 0 && part === '*') continue;
    for (let j = 0; j < part.length; j++) {
      const c = part[j]!;
      if (/[a-zA-Z0-9_]/.test(c) || (c === '-' && j !== 0)) continue;
      return false;
    }
  }
  return true;
}

function matchExactly(a: string, b: string): boolean {
  if (a === '' || a === '.' || b === '' || b === '.') return false;
  return toLowerAscii(a) === toLowerAscii(b);
}

/** Go's matchHostnames: equal label count, `*` only as the whole left-most label. */
export function matchHostnames(pattern: string, host: string): boolean {
  const p = toLowerAscii(pattern);
  const h = toLowerAscii(host.endsWith('.') ? host.slice(0, -1) : host);
  if (p.length === 0 || h.length === 0) return false;
  const pp = p.split('.');
  const hp = h.split('.');
  if (pp.length !== hp.length) return false;
  return pp.every((part, i) => (i === 0 && part === '*') || part === hp[i]);
}

/** Go's HostnameError.Error() for a failed check of `host` (brackets already removed for IPs). */
function hostnameError(t: HostnameTarget, host: string): string {
  if (!t.hasSanExtension && matchHostnames(t.commonName ?? '', host))
    return 'x509: certificate relies on legacy Common Name field, use SANs instead';
  let valid: string;
  if (parseGoIp(host) !== undefined) {
    const ips = t.ipAddresses.map(parseGoIp).filter((ip): ip is Uint8Array => ip !== undefined);
    if (ips.length === 0)
      return `x509: cannot validate certificate for ${host} because it doesn't contain any IP SANs`;
    valid = ips.map(formatGoIp).join(', ');
  } else {
    valid = t.dnsNames.join(', ');
  }
  if (valid.length === 0)
    return `x509: certificate is not valid for any names, but wanted to match ${host}`;
  return `x509: certificate is valid for ${valid}, not ${host}`;
}

const sameIp = (a: Uint8Array, b: Uint8Array): boolean => a.every((x, i) => x === b[i]);

/** Go's Certificate.VerifyHostname(host): ok, or the exact error text Go would print. */
export function verifyHostname(t: HostnameTarget, host: string): HostnameCheck {
  const candidateIp =
    host.length >= 3 && host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const ip = parseGoIp(candidateIp);
  if (ip !== undefined) {
    // IPs match only IP SANs (RFC 6125 B.2); DNS SANs and CN are never consulted.
    for (const san of t.ipAddresses) {
      const s = parseGoIp(san);
      if (s !== undefined && sameIp(ip, s)) return { ok: true };
    }
    return { ok: false, error: hostnameError(t, candidateIp) };
  }
  const name = toLowerAscii(host);
  const validName = validHostname(name, false);
  for (const match of t.dnsNames) {
    // Wildcards and the trailing dot apply only when both sides are valid host names;
    // otherwise only an exact (case-insensitive) match counts.
    const hit =
      validName && validHostname(match, true)
        ? matchHostnames(match, name)
        : matchExactly(match, name);
    if (hit) return { ok: true };
  }
  return { ok: false, error: hostnameError(t, host) };
}

/** Checks a decoded certificate against a host, as a Go client dialling that host would. */
export const verifyCertificateHostname = (
  cert: Pick<DecodedCertificate, 'sans' | 'subject'>,
  host: string,
): HostnameCheck => verifyHostname(hostnameTargetOf(cert), host);
