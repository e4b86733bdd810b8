/**
 * Go's answer to "will a client accept this certificate?", composed in Go's own order from what
 * the analysis already knows: the certificate's dates, then the host name, then the chain to the
 * CAs among the files, then the key usage along that chain. Synchronous and cheap, so the
 * endpoint grid can ask it for every endpoint without another signature check.
 */
import { verifyCertificateHostname } from '../pki/hostname';
import type { DecodedCertificate } from '../pki/model';
import type { ChainVerdict } from './chain';
import { goValidityError } from './go-texts';

/** Where Go's verification stopped. `unchecked`: no CA among the files to check the chain. */
export type VerifyStage = 'validity' | 'hostname' | 'chain' | 'unchecked' | 'usage';

/** Go's verdict: fine, or the stage that failed with Go's exact error text. */
export type GoVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly stage: VerifyStage; readonly error: string };

/** The usage a verifier asks for: clients ask serverAuth, etcd asks clientAuth of its clients. */
export type VerifyUsage = 'serverAuth' | 'clientAuth' | 'any';

const INCOMPATIBLE = 'x509: certificate specifies an incompatible key usage';

/**
 * Go's `Verify` (with `DNSName` when a host is given, `KeyUsages` from `usage`) for a certificate
 * whose chain the analysis judged at the same `now`.
 */
export function goVerify(
  cert: Pick<DecodedCertificate, 'sans' | 'subject' | 'notBefore' | 'notAfter'>,
  chain: ChainVerdict,
  opts: { readonly now: Date; readonly host?: string; readonly usage: VerifyUsage },
): GoVerdict {
  const validity = goValidityError(cert, opts.now);
  if (validity !== null) return { ok: false, stage: 'validity', error: validity };
  if (opts.host !== undefined && opts.host !== '') {
    const h = verifyCertificateHostname(cert, opts.host);
    if (!h.ok) return { ok: false, stage: 'hostname', error: h.error };
  }
  if (chain.status === 'unchecked') return { ok: false, stage: 'unchecked', error: chain.error };
  if (chain.status === 'untrusted') return { ok: false, stage: 'chain', error: chain.error };
  if (opts.usage === 'any' || chain[opts.usage]) return { ok: true };
  return { ok: false, stage: 'usage', error: INCOMPATIBLE };
}
