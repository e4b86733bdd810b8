/**
 * Go's crypto/x509 texts and small rules the chain verdicts quote and apply: the validity error,
 * the UnknownAuthorityError with its hint (Go's %q quoting, the candidate's name or serial), and
 * checkChainForKeyUsage. Kept apart from the chain search so each can be read on its own.
 */
import type { DecodedCertificate, ExtKeyUsage } from '../pki/model';

/** Go's UnknownAuthorityError text without a hint. */
export const GO_UNKNOWN_AUTHORITY = 'x509: certificate signed by unknown authority';
/** Go's time.RFC3339 in UTC, as in its validity errors. */
export const goTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

type Dated = Pick<DecodedCertificate, 'notBefore' | 'notAfter'>;

/** A validity period as milliseconds since the epoch (NaN for a date that does not parse). */
export interface ValidityMs {
  readonly notBefore: number;
  readonly notAfter: number;
}

const periods = new WeakMap<Dated, ValidityMs>();

/**
 * The validity period of `cert` in milliseconds, parsed once per certificate object: the chain
 * search asks for the dates of the same issuer for each of its leaves, and the rules ask again.
 */
export function validityMs(cert: Dated): ValidityMs {
  let p = periods.get(cert);
  if (p === undefined) {
    p = { notBefore: Date.parse(cert.notBefore), notAfter: Date.parse(cert.notAfter) };
    periods.set(cert, p);
  }
  return p;
}

/** Go's CertificateInvalidError{Expired} text, or null inside the validity period. */
export function goValidityError(cert: Dated, now: Date): string | null {
  const { notBefore, notAfter } = validityMs(cert);
  const at = now.getTime();
  if (at < notBefore)
    return `x509: certificate has expired or is not yet valid: current time ${goTime(now)} is before ${goTime(new Date(notBefore))}`;
  if (at > notAfter)
    return `x509: certificate has expired or is not yet valid: current time ${goTime(now)} is after ${goTime(new Date(notAfter))}`;
  return null;
}

/** Go's %q of a string: quotes, backslashes and control characters escaped. */
export function goQuote(s: string): string {
  const named: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
  };
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    out +=
      named[ch] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : ch);
  }
  return `${out}"`;
}

/** The serial as Go's big.Int prints it (two's complement, decimal). */
export function goSerial(hex: string): string {
  if (hex === '') return '0';
  let n = BigInt(`0x${hex}`);
  if (parseInt(hex[0]!, 16) >= 8) n -= 1n << BigInt(hex.length * 4);
  return n.toString();
}

/** Go's UnknownAuthorityError text, with the rejected candidate when there was one. */
export function goUnknownAuthority(hint?: { error: string; cert: DecodedCertificate }): string {
  if (!hint) return GO_UNKNOWN_AUTHORITY;
  const s = hint.cert.subject;
  const name = s.commonName || s.organization?.[0] || `serial:${goSerial(hint.cert.serialHex)}`;
  return `${GO_UNKNOWN_AUTHORITY} (possibly because of ${goQuote(hint.error)} while trying to verify candidate authority certificate ${goQuote(name)})`;
}

/** Go's checkChainForKeyUsage for one usage: every certificate with EKUs must allow it. */
export function chainAllows(chain: readonly DecodedCertificate[], usage: ExtKeyUsage): boolean {
  return chain.every((c) => {
    const u = c.extKeyUsage?.usages ?? [];
    return u.length === 0 || u.includes('any') || u.includes(usage);
  });
}
