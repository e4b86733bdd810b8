/**
 * Judges the chain a member served the way a Go TLS client does (etcdctl, kube-apiserver, an
 * etcd peer; docs/go-x509.md): the leaf's validity first, then a path from the leaf through the
 * served intermediates to a certificate of the CA file, each parent a CA allowed to sign whose
 * key verifies the child's signature and whose dates hold, then `serverAuth` along the chain.
 * The signature check itself is passed in (Node's X509Certificate.verify on the Node side).
 */
import { allowsUsage } from '../lint/roles';
import type { DecodedCertificate } from '../pki/model';
import {
  GO_CANNOT_SIGN,
  GO_INCOMPATIBLE_USAGE,
  goSignatureError,
  goTime,
  goUnknownAuthority,
  goValidityError,
} from './go-errors';
import type { ProbeCheck } from './types';

/** True when `parent`'s public key verifies `child`'s signature. */
export type SignatureCheck = (child: DecodedCertificate, parent: DecodedCertificate) => boolean;

/** Most links a chain may have (Go has no fixed limit; real etcd chains have two or three). */
const MAX_DEPTH = 8;

const sameCert = (a: DecodedCertificate, b: DecodedCertificate): boolean =>
  a.fingerprintSha256 === b.fingerprintSha256;

/** Go's CheckSignatureFrom: the parent must be a CA allowed to sign, and its key must verify. */
function signatureProblem(
  child: DecodedCertificate,
  parent: DecodedCertificate,
  verify: SignatureCheck,
): string | undefined {
  const bc = parent.basicConstraints;
  if ((parent.version === 3 && bc === undefined) || (bc !== undefined && !bc.ca))
    return GO_CANNOT_SIGN;
  if (parent.keyUsage !== undefined && !parent.keyUsage.usages.includes('keyCertSign'))
    return GO_CANNOT_SIGN;
  return verify(child, parent) ? undefined : goSignatureError(parent);
}

interface Hint {
  error: string;
  candidate: DecodedCertificate;
  /** Go returns a candidate's own date error as is, not as a hint of "unknown authority". */
  dates?: boolean;
}

/** Depth-first search for a path to a root, remembering why candidates were refused. */
function buildChain(
  chain: readonly DecodedCertificate[],
  roots: readonly DecodedCertificate[],
  intermediates: readonly DecodedCertificate[],
  now: Date,
  verify: SignatureCheck,
  hint: { value?: Hint },
): DecodedCertificate[] | undefined {
  const child = chain[chain.length - 1]!;
  if (chain.length > MAX_DEPTH) return undefined;
  const consider = (candidate: DecodedCertificate, isRoot: boolean) => {
    if (chain.some((c) => sameCert(c, candidate))) return undefined;
    const sig = signatureProblem(child, candidate, verify);
    if (sig !== undefined) {
      hint.value ??= { error: sig, candidate };
      return undefined;
    }
    const dates = goValidityError(candidate, now);
    if (dates !== undefined) {
      hint.value = { error: dates, candidate, dates: true };
      return undefined;
    }
    if (isRoot) return [...chain, candidate];
    return buildChain([...chain, candidate], roots, intermediates, now, verify, hint);
  };
  for (const root of roots.filter((r) => r.subject.text === child.issuer.text)) {
    const found = consider(root, true);
    if (found) return found;
  }
  for (const mid of intermediates.filter((r) => r.subject.text === child.issuer.text)) {
    const found = consider(mid, false);
    if (found) return found;
  }
  return undefined;
}

type ChainCheck = Omit<ProbeCheck, 'check'>;

/** A certificate of the chain outside its dates (the leaf, or the CA when Go says so). */
function datesCheck(cert: DecodedCertificate, goError: string, now: Date): ChainCheck {
  const subject = cert.subject.text;
  return now < new Date(cert.notBefore)
    ? {
        status: 'fail',
        code: 'chain-not-yet-valid',
        params: { subject, notBefore: goTime(new Date(cert.notBefore)), goError },
      }
    : {
        status: 'fail',
        code: 'chain-expired',
        params: { subject, notAfter: goTime(new Date(cert.notAfter)), goError },
      };
}

/**
 * The chain check of a served chain (leaf first). Without a CA file only the leaf's dates and
 * usage are judged and the trust part is reported as not checked.
 */
export function judgeServedChain(
  served: readonly DecodedCertificate[],
  roots: readonly DecodedCertificate[] | undefined,
  now: Date,
  verify: SignatureCheck,
): ChainCheck {
  const leaf = served[0];
  if (!leaf)
    return {
      status: 'fail',
      code: 'chain-unknown-authority',
      params: { issuer: '', goError: goUnknownAuthority() },
    };
  const dates = goValidityError(leaf, now);
  if (dates !== undefined) return datesCheck(leaf, dates, now);
  let chain: DecodedCertificate[] | undefined;
  if (roots !== undefined) {
    const hint: { value?: Hint } = {};
    chain = roots.some((r) => sameCert(r, leaf))
      ? [leaf]
      : buildChain([leaf], roots, served.slice(1), now, verify, hint);
    const h = hint.value;
    if (!chain && h?.dates) return datesCheck(h.candidate, h.error, now);
    if (!chain)
      return {
        status: 'fail',
        code: 'chain-unknown-authority',
        params: { issuer: leaf.issuer.text, goError: goUnknownAuthority(h) },
      };
  }
  // Go's checkChainForKeyUsage: every certificate of the chain that lists EKUs must allow it.
  const usageChain = chain ?? [leaf];
  const narrow = usageChain.find((c) => !allowsUsage(c, 'serverAuth'));
  if (narrow)
    return {
      status: 'fail',
      code: 'chain-no-server-auth',
      params: { subject: narrow.subject.text, goError: GO_INCOMPATIBLE_USAGE },
    };
  if (!chain) return { status: 'skip', code: 'chain-no-ca', params: {} };
  return {
    status: 'pass',
    code: 'chain-ok',
    params: { ca: chain[chain.length - 1]!.subject.text },
  };
}
