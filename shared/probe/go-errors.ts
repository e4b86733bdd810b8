/**
 * The texts Go's crypto/x509 prints when a chain fails (docs/go-x509.md#error-texts), built from
 * decoded certificates so the live check can quote exactly what etcdctl, kube-apiserver or an
 * etcd peer would say about the same chain.
 */
import { GO_UNKNOWN_AUTHORITY, goValidityError as lintValidityError } from '../lint/go-texts';
import type { DecodedCertificate } from '../pki/model';

// The time format, the validity text and the bare unknown-authority text are the chain lint's:
// one definition, so the live check and the lint quote Go alike.
export { goTime, GO_UNKNOWN_AUTHORITY } from '../lint/go-texts';

/** `x509: certificate has expired or is not yet valid: …`, or undefined when `now` is inside. */
export function goValidityError(cert: DecodedCertificate, now: Date): string | undefined {
  return lintValidityError(cert, now) ?? undefined;
}

/** Go's ConstraintViolationError: the parent is no CA, or its key usage lacks keyCertSign. */
export const GO_CANNOT_SIGN =
  'x509: invalid signature: parent certificate cannot sign this kind of certificate';

/** Go's text for an EKU that does not allow the usage checked. */
export const GO_INCOMPATIBLE_USAGE = 'x509: certificate specifies an incompatible key usage';

/** Go's signature failure text for the parent's key type. */
export function goSignatureError(parent: DecodedCertificate): string {
  if (parent.key.type === 'rsa') return 'crypto/rsa: verification error';
  if (parent.key.type === 'ed25519') return 'x509: Ed25519 verification failure';
  return 'x509: ECDSA verification failure';
}

/** Decimal text of a hex serial (Go prints big.Int in base 10). */
function serialDecimal(hex: string): string {
  try {
    return BigInt(`0x${hex.replace(/[^0-9a-f]/gi, '') || '0'}`).toString(10);
  } catch {
    return hex;
  }
}

/** The name Go gives a candidate issuer: its CN, else its first O, else `serial:N`. */
export function goCandidateName(cert: DecodedCertificate): string {
  if (cert.subject.commonName) return cert.subject.commonName;
  const o = cert.subject.organization?.[0];
  return o ?? `serial:${serialDecimal(cert.serialHex)}`;
}

/** Go's %q: a double-quoted string with Go escapes for quotes, backslashes and controls. */
const goQuote = (s: string): string =>
  `"${s
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;

/** UnknownAuthorityError.Error(), with the reason the last candidate issuer was refused. */
export function goUnknownAuthority(hint?: {
  readonly error: string;
  readonly candidate: DecodedCertificate;
}): string {
  if (!hint) return GO_UNKNOWN_AUTHORITY;
  return `${GO_UNKNOWN_AUTHORITY} (possibly because of ${goQuote(hint.error)} while trying to verify candidate authority certificate ${goQuote(goCandidateName(hint.candidate))})`;
}
