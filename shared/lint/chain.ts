/**
 * Go's chain building (crypto/x509 Verify, Go 1.19 as the tests' judge runs it) over the
 * certificates of one inspection: the self-signed ones are the roots, the others the
 * intermediates, as if every CA among the files were in the trust file. Candidates are found by
 * byte-equal names through an index, and each signature is verified once with the injected
 * WebCrypto, so 10,000 leaves of one CA cost 10,000 verifications, not 10,000².
 */
import {
  GO_UNSUPPORTED_ALGORITHM,
  signedPartsOf,
  checkSignature,
  type CertSignedParts,
} from '../pki/cert-signature';
import type { Crypto, CryptoKey } from '../pki/webcrypto';
import type { DecodedCertificate } from '../pki/model';
import { chainAllows, goUnknownAuthority, goValidityError } from './go-texts';
import { isCa } from './roles';

/** What Go says about a certificate's chain to the CAs among the files (its own dates aside). */
export type ChainVerdict =
  | {
      readonly status: 'trusted';
      /** Each chain Go built, leaf first, as SHA-256 fingerprints. */
      readonly chains: readonly (readonly string[])[];
      /** Some chain allows the usage (Go's checkChainForKeyUsage: EKUs nest down the chain). */
      readonly serverAuth: boolean;
      readonly clientAuth: boolean;
    }
  | {
      readonly status: 'untrusted';
      /** Go's exact error text. */
      readonly error: string;
      /** It is Go's UnknownAuthorityError ("certificate signed by unknown authority…"). */
      readonly unknownAuthority: boolean;
      /** The rejected candidate and why, when Go names one. */
      readonly hint?: { readonly error: string; readonly fingerprintSha256: string };
    }
  /** No CA among the files could have issued it: nothing to check against. */
  | { readonly status: 'unchecked'; readonly error: string };

/** Who signed a certificate, judged by whose key verifies its signature. */
export type Signer =
  | { readonly status: 'self-signed' }
  | { readonly status: 'found'; readonly signer: DecodedCertificate }
  /** Certificates with its issuer's name exist, but none of their keys verifies it. */
  | { readonly status: 'wrong'; readonly candidates: readonly DecodedCertificate[] }
  | { readonly status: 'missing' };

/** Go's texts for the chain errors built here. */
const CONSTRAINT =
  'x509: invalid signature: parent certificate cannot sign this kind of certificate';
const NOT_AUTHORIZED = 'x509: certificate is not authorized to sign other certificates';
const TOO_MANY = 'x509: too many intermediates for path length constraint';
const SIG_LIMIT = 'x509: signature check attempts limit reached while verifying certificate chain';
/** Go's maxChainSignatureChecks. */
const MAX_SIGNATURE_CHECKS = 100;

interface Node {
  readonly cert: DecodedCertificate;
  readonly parts: CertSignedParts;
  readonly fp: string;
  /** Position among the nodes: a short key for the signature cache. */
  readonly id: number;
  /** SHA-1 signatures are checked twice (allowed when finding signers, not in chains). */
  readonly sha1: boolean;
}

const sameSans = (a: DecodedCertificate, b: DecodedCertificate): boolean =>
  JSON.stringify(a.sans) === JSON.stringify(b.sans);

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The chains, signers and verdicts of one set of certificates. */
export interface ChainAnalysis {
  /** Who signed `cert` among the set. */
  readonly signerOf: (cert: DecodedCertificate) => Promise<Signer>;
  /** Go's verdict on `cert`'s chain (its own validity period is the caller's to check). */
  readonly verdictOf: (cert: DecodedCertificate) => Promise<ChainVerdict>;
}

/**
 * Prepares chain building over `certs` (distinct, in input order: Go tries candidates in the order
 * they were added to its pools). Roots: the self-signed certificates; intermediates: the others.
 */
export function analyseChains(
  crypto: Crypto,
  certs: readonly DecodedCertificate[],
  now: Date,
): ChainAnalysis {
  const nodes = new Map<string, Node>();
  let nextId = 0;
  for (const cert of certs) {
    const parts = signedPartsOf(cert);
    if (parts)
      nodes.set(cert.fingerprintSha256, {
        cert,
        parts,
        fp: cert.fingerprintSha256,
        id: nextId++,
        sha1: /SHA1/.test(parts.algorithm),
      });
  }
  const index = (pool: Node[]) => {
    const m = new Map<string, Node[]>();
    for (const n of pool) {
      const list = m.get(n.parts.rawSubject);
      if (list) list.push(n);
      else m.set(n.parts.rawSubject, [n]);
    }
    return m;
  };
  const all = [...nodes.values()];
  const roots = index(all.filter((n) => n.cert.selfSigned));
  const intermediates = index(all.filter((n) => !n.cert.selfSigned));
  const everyone = index(all);
  // A CA among the files that a chain could end at: without one, nothing can be judged.
  const anchored = all.some((n) => n.cert.selfSigned && isCa(n.cert));
  const keys = new Map<string, Promise<CryptoKey | undefined>>();
  const signatures = new Map<string, Promise<string | null>>();

  const signature = (child: Node, parent: Node, allowSha1: boolean): Promise<string | null> => {
    const key = `${child.id}>${parent.id}${child.sha1 ? `|${allowSha1}` : ''}`;
    let r = signatures.get(key);
    if (r === undefined) {
      r = checkSignature(crypto, child.parts, parent.parts, { allowSha1, keys });
      signatures.set(key, r);
    }
    return r;
  };

  /** Go's CheckSignatureFrom: the parent must be allowed to sign, then its key must verify. */
  const checkSignatureFrom = async (child: Node, parent: Node): Promise<string | null> => {
    const p = parent.cert;
    const bc = p.basicConstraints;
    if ((p.version === 3 && bc === undefined) || (bc !== undefined && !bc.ca)) return CONSTRAINT;
    const ku = p.keyUsage?.usages ?? [];
    if (ku.length > 0 && !ku.includes('keyCertSign')) return CONSTRAINT;
    if (parent.parts.publicKey.type === 'unknown') return GO_UNSUPPORTED_ALGORITHM;
    return signature(child, parent, false);
  };

  /** Go's findPotentialParents: key id match first, then one id missing, then a mismatch. */
  const potentialParents = (pool: Map<string, Node[]>, c: Node): Node[] => {
    const aki = c.cert.authorityKeyId;
    const match: Node[] = [];
    const one: Node[] = [];
    const mismatch: Node[] = [];
    for (const cand of pool.get(c.parts.rawIssuer) ?? []) {
      const ski = cand.cert.subjectKeyId;
      if ((ski ?? '') === (aki ?? '')) match.push(cand);
      else if (ski === undefined || aki === undefined) one.push(cand);
      else mismatch.push(cand);
    }
    return [...match, ...one, ...mismatch];
  };

  /** Go's isValid for a candidate issuer (the parts of it that apply here). */
  const isValid = (
    c: Node,
    type: 'root' | 'intermediate',
    currentChain: readonly Node[],
  ): string | null => {
    const dates = goValidityError(c.cert, now);
    if (dates !== null) return dates;
    const bc = c.cert.basicConstraints;
    if (type === 'intermediate' && !bc?.ca) return NOT_AUTHORIZED;
    if (bc?.pathLen !== undefined && currentChain.length - 1 > bc.pathLen) return TOO_MANY;
    return null;
  };

  const alreadyInChain = (cand: Node, chain: readonly Node[]): boolean =>
    chain.some(
      (c) =>
        c.parts.rawSubject === cand.parts.rawSubject &&
        sameBytes(c.parts.spki, cand.parts.spki) &&
        sameSans(c.cert, cand.cert),
    );

  interface Built {
    chains: Node[][];
    err: string | null;
    unknownAuthority: boolean;
    hint?: { error: string; node: Node };
  }

  /** Go's buildChains, step for step (including which error survives). */
  const buildChains = async (
    c: Node,
    currentChain: Node[],
    sigChecks: { n: number },
  ): Promise<Built> => {
    let hint: { error: string; node: Node } | undefined;
    let err: Built | null = null;
    const chains: Node[][] = [];
    const consider = async (type: 'root' | 'intermediate', cand: Node): Promise<void> => {
      if (alreadyInChain(cand, currentChain)) return;
      if (++sigChecks.n > MAX_SIGNATURE_CHECKS) {
        err = { chains: [], err: SIG_LIMIT, unknownAuthority: false };
        return;
      }
      const sigErr = await checkSignatureFrom(c, cand);
      if (sigErr !== null) {
        hint ??= { error: sigErr, node: cand };
        return;
      }
      const invalid = isValid(cand, type, currentChain);
      err = invalid === null ? null : { chains: [], err: invalid, unknownAuthority: false };
      if (invalid !== null) return;
      if (type === 'root') chains.push([...currentChain, cand]);
      else {
        const child = await buildChains(cand, [...currentChain, cand], sigChecks);
        err = child.err === null ? null : child;
        chains.push(...child.chains);
      }
    };
    for (const r of potentialParents(roots, c)) await consider('root', r);
    for (const i of potentialParents(intermediates, c)) await consider('intermediate', i);
    if (chains.length > 0) return { chains, err: null, unknownAuthority: false };
    if (err !== null) return err;
    const h = hint as { error: string; node: Node } | undefined;
    return {
      chains: [],
      err: goUnknownAuthority(h && { error: h.error, cert: h.node.cert }),
      unknownAuthority: true,
      ...(h ? { hint: h } : {}),
    };
  };

  const verdicts = new Map<string, Promise<ChainVerdict>>();
  const verdictOf = (cert: DecodedCertificate): Promise<ChainVerdict> => {
    let v = verdicts.get(cert.fingerprintSha256);
    if (v === undefined) {
      v = verdict(cert);
      verdicts.set(cert.fingerprintSha256, v);
    }
    return v;
  };
  const verdict = async (cert: DecodedCertificate): Promise<ChainVerdict> => {
    const node = nodes.get(cert.fingerprintSha256);
    if (node === undefined)
      return { status: 'unchecked', error: 'the certificate could not be read again' };
    let chains: Node[][];
    if (cert.selfSigned) chains = [[node]];
    else {
      const built = await buildChains(node, [node], { n: 0 });
      if (built.err !== null) {
        if (built.unknownAuthority && built.hint === undefined && !anchored)
          return { status: 'unchecked', error: built.err };
        return {
          status: 'untrusted',
          error: built.err,
          unknownAuthority: built.unknownAuthority,
          ...(built.hint
            ? { hint: { error: built.hint.error, fingerprintSha256: built.hint.node.fp } }
            : {}),
        };
      }
      chains = built.chains;
    }
    const certsOf = (chain: Node[]) => chain.map((n) => n.cert);
    return {
      status: 'trusted',
      chains: chains.map((ch) => ch.map((n) => n.fp)),
      serverAuth: chains.some((ch) => chainAllows(certsOf(ch), 'serverAuth')),
      clientAuth: chains.some((ch) => chainAllows(certsOf(ch), 'clientAuth')),
    };
  };

  const signerOf = async (cert: DecodedCertificate): Promise<Signer> => {
    if (cert.selfSigned) return { status: 'self-signed' };
    const node = nodes.get(cert.fingerprintSha256);
    if (node === undefined) return { status: 'missing' };
    const candidates = potentialParents(everyone, node).filter((c) => c !== node);
    // As Go does, give up after a bounded number of signatures: a folder of thousands of
    // same-name CAs must not make the inspection quadratic.
    for (const cand of candidates.slice(0, MAX_SIGNATURE_CHECKS)) {
      const r = await signature(node, cand, true);
      if (r === null) return { status: 'found', signer: cand.cert };
      // MD2/MD5 cannot be verified here: fall back to the name (already equal) and key ids.
      if (r === GO_UNSUPPORTED_ALGORITHM || /insecure algorithm MD/.test(r)) {
        const { authorityKeyId: aki } = cert;
        const { subjectKeyId: ski } = cand.cert;
        if (aki === undefined || ski === undefined || aki === ski)
          return { status: 'found', signer: cand.cert };
      }
    }
    return candidates.length > 0
      ? { status: 'wrong', candidates: candidates.map((c) => c.cert) }
      : { status: 'missing' };
  };

  return { signerOf, verdictOf };
}
