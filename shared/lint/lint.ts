/**
 * Runs the rule table over decoded certificates. Pure: the clock, the intended role and the
 * member addresses come in through the context, so the same call serves the wizard's review
 * step, the inspector and the CLI.
 */
import { opensslRefusesWildcard, wildcardProblem } from '../plan/address';
import { parseGoIp, verifyCertificateHostname } from '../pki/hostname';
import type { Crypto } from '../pki/webcrypto';
import type { DecodedCertificate, DecodedItem, Role } from '../pki/model';
import { analyseChains, type ChainVerdict } from './chain';
import { goValidityError, validityMs } from './go-texts';
import { judgedAs } from './purpose';
import { allowsUsage, inferRoles, isCa } from './roles';
import { RULE_META, fillTemplate, lintMessages, ruleMeta, type LintLocale } from './rules';
import type {
  ChainContext,
  Finding,
  ForeignPurpose,
  LintContext,
  LintRuleId,
  RoleVerdict,
  WildcardProblem,
} from './types';

const DAY_MS = 86_400_000;
/** Certificates ending within this many days get `expiring-soon`. */
export const EXPIRY_WARNING_DAYS = 30;

const GO_SIGNATURE_NAMES: Readonly<Record<string, string>> = {
  sha1WithRSAEncryption: 'SHA1-RSA',
  'ecdsa-with-SHA1': 'ECDSA-SHA1',
  'dsa-with-SHA1': 'DSA-SHA1',
  md5WithRSAEncryption: 'MD5-RSA',
  md2WithRSAEncryption: 'MD2-RSA',
};

/** Position of each rule in the table, to list findings in table order. */
const ruleIndex = new Map<LintRuleId, number>(RULE_META.map((r, i) => [r.id, i]));

const ekuText = (cert: DecodedCertificate): string =>
  cert.extKeyUsage?.usages.join(', ') || '(none)';

/** Leaf roles: a rule that applies to all of them holds for any certificate, etcd's or not. */
const LEAF_ROLES: readonly Role[] = ['etcd-server', 'etcd-peer', 'client'];

/**
 * Lints one certificate for its role (given, or the most likely ones). A certificate recognised
 * as not etcd's (shared/lint/purpose.ts) only gets the rules that hold for any certificate.
 */
export function lintCertificate(
  cert: DecodedCertificate,
  ctx: LintContext,
  locale: LintLocale = 'en',
): Finding[] {
  const texts = lintMessages(locale);
  const { roles, purpose } = judgedAs(cert, ctx.role);
  const findings: Finding[] = [];
  const emit = (id: LintRuleId, params: Record<string, string> = {}): void => {
    const meta = ruleMeta(id);
    const role = meta.appliesTo.find((r) => roles.includes(r));
    const generic = purpose !== undefined && LEAF_ROLES.every((r) => meta.appliesTo.includes(r));
    if (role === undefined && !generic) return;
    const t = texts.rules[id];
    findings.push({
      ruleId: id,
      severity: meta.severity,
      impact: meta.impact,
      ...(role ? { role } : {}),
      title: t.title,
      explanation: t.explanation,
      seenAs: t.seenAs,
      fix: t.fix,
      reference: meta.reference,
      detail: fillTemplate(t.detail, params),
      params,
    });
  };
  const has = (...r: Role[]): boolean => r.some((x) => roles.includes(x));

  // Validity.
  const now = ctx.now.getTime();
  const { notBefore, notAfter } = validityMs(cert);
  const validity = goValidityError(cert, ctx.now);
  if (now > notAfter) {
    emit('expired', { notAfter: cert.notAfter, goError: validity ?? '' });
  } else if (now < notBefore) {
    emit('not-yet-valid', { notBefore: cert.notBefore, goError: validity ?? '' });
  } else if (notAfter - now < EXPIRY_WARNING_DAYS * DAY_MS) {
    emit('expiring-soon', {
      notAfter: cert.notAfter,
      days: String(Math.floor((notAfter - now) / DAY_MS)),
    });
  }

  // CA.
  if (has('ca') && !isCa(cert)) emit('ca-not-ca', { subject: cert.subject.text });
  if (has('ca') && isCa(cert) && cert.keyUsage && !cert.keyUsage.usages.includes('keyCertSign'))
    emit('ca-missing-key-cert-sign', { usages: cert.keyUsage.usages.join(', ') || '(none)' });
  if (ctx.chain?.status === 'untrusted') emit('unknown-authority', { goError: ctx.chain.goError });

  // Usages.
  const usages = { usages: ekuText(cert) };
  if (has('etcd-server', 'etcd-peer') && !allowsUsage(cert, 'serverAuth'))
    emit('eku-missing-server-auth', usages);
  if (!allowsUsage(cert, 'clientAuth')) {
    if (has('etcd-server')) emit('server-missing-client-auth', usages);
    if (has('etcd-peer')) emit('peer-missing-client-auth', usages);
    if (has('client')) emit('client-missing-client-auth', usages);
  }

  // Names.
  const dns = cert.sans.filter((s) => s.type === 'dns').map((s) => s.value);
  const ips = cert.sans.filter((s) => s.type === 'ip').map((s) => s.value);
  if (has('etcd-server', 'etcd-peer')) {
    if (dns.length + ips.length === 0) {
      emit('no-sans', { cn: cert.subject.commonName ?? '' });
    } else if (has('etcd-server')) {
      const loopback = parseGoIp('127.0.0.1')!;
      const hasLoopback = ips.some((ip) => parseGoIp(ip)?.every((b, i) => b === loopback[i]));
      if (!hasLoopback) emit('server-missing-loopback', { ips: ips.join(', ') || '(none)' });
    }
    for (const host of ctx.hosts ?? []) {
      const r = verifyCertificateHostname(cert, host);
      if (!r.ok) emit('host-not-in-sans', { host, goError: r.error });
    }
  }
  const wildcards = dns
    .map((name) => ({ name, problem: wildcardProblem(name.toLowerCase()) }))
    .filter(
      (w): w is { name: string; problem: WildcardProblem } =>
        w.problem !== 'none' && w.problem !== 'ok',
    );
  if (wildcards.length > 0)
    emit('invalid-wildcard', {
      problems: wildcards.map((w) => `"${w.name}" ${texts.wildcard[w.problem]}`).join('; '),
    });
  // Go matches `*.etcd`; only a client verifying with OpenSSL is hurt by it.
  const opensslMisses = dns.filter(opensslRefusesWildcard);
  if ((ctx.opensslClients === true || ctx.kind === 'apisix') && opensslMisses.length > 0)
    emit('wildcard-openssl', { names: opensslMisses.map((n) => `"${n}"`).join(', ') });
  const cn = cert.subject.commonName ?? '';
  if (has('client') && ctx.kind === 'apisix' && ctx.etcdAuth === true && cn !== '')
    emit('apisix-client-cn-with-auth', { cn });

  // Crypto. A self-signed root's own signature is not checked by Go or OpenSSL, so only
  // certificates signed by someone else are flagged for a weak digest.
  const goName = GO_SIGNATURE_NAMES[cert.signatureAlgorithm];
  if (goName !== undefined && !cert.selfSigned)
    emit('weak-signature', { algorithm: cert.signatureAlgorithm, goName });
  if (cert.key.type === 'rsa' && cert.key.bits !== undefined && cert.key.bits < 2048)
    emit('rsa-key-too-small', { bits: String(cert.key.bits) });

  // Serial and identifiers.
  if (cert.serialNegative) emit('serial-negative', { serial: cert.serialHex });
  else if (cert.serialZero) emit('serial-zero');
  if (cert.serialLength > 20) emit('serial-too-long', { length: String(cert.serialLength) });
  if (ctx.issuer && !cert.selfSigned && notAfter > validityMs(ctx.issuer).notAfter)
    emit('leaf-outlives-ca', { notAfter: cert.notAfter, caNotAfter: ctx.issuer.notAfter });
  if (cert.subjectKeyId === undefined) emit('missing-ski');
  if (cert.authorityKeyId === undefined && !cert.selfSigned) emit('missing-aki');
  if (ctx.chain?.status === 'unchecked') emit('issuer-not-provided', { issuer: ctx.chain.issuer });

  const order = (id: LintRuleId): number => ruleIndex.get(id) ?? 0;
  return findings.sort((a, b) => order(a.ruleId) - order(b.ruleId));
}

/**
 * The chain finding a certificate gets from Go's verdict: Go's UnknownAuthorityError becomes
 * `unknown-authority` (unless it only repeats `weak-signature`), no CA to check against becomes
 * `issuer-not-provided`. Other chain errors (an expired CA…) are the CA's own findings.
 */
export function chainContext(
  cert: DecodedCertificate,
  verdict: ChainVerdict,
): ChainContext | undefined {
  if (verdict.status === 'unchecked') return { status: 'unchecked', issuer: cert.issuer.text };
  if (verdict.status !== 'untrusted' || !verdict.unknownAuthority) return undefined;
  const weak = GO_SIGNATURE_NAMES[cert.signatureAlgorithm] !== undefined;
  if (weak && /insecure algorithm/.test(verdict.hint?.error ?? '')) return undefined;
  return { status: 'untrusted', goError: verdict.error };
}

/** One certificate's lint result inside a set. */
export interface CertificateLint {
  readonly cert: DecodedCertificate;
  /** Roles it was linted for; none when it is recognised as not etcd's (then `purpose`). */
  readonly roles: readonly Role[];
  readonly purpose?: ForeignPurpose;
  readonly verdicts: readonly RoleVerdict[];
  /** The certificate whose key verifies its signature, when it is in the set. */
  readonly issuer?: DecodedCertificate;
  readonly chain: ChainVerdict;
  readonly findings: readonly Finding[];
}

/**
 * Lints every certificate among `items`, pairing each with the certificate whose key signed it
 * and judging its chain as Go would with every CA of the set trusted. A certificate that signed
 * another one in the set is linted as a CA; `ctx.role` applies to the others.
 */
export async function lintSet(
  items: readonly DecodedItem[],
  ctx: Omit<LintContext, 'issuer' | 'chain'>,
  options: { readonly crypto: Crypto; readonly locale?: LintLocale },
): Promise<CertificateLint[]> {
  const locale = options.locale ?? 'en';
  const certs = items.filter((i): i is DecodedCertificate => i.kind === 'certificate');
  const chains = analyseChains(options.crypto, certs, ctx.now);
  const signers = await Promise.all(certs.map((c) => chains.signerOf(c)));
  const verdicts = await Promise.all(certs.map((c) => chains.verdictOf(c)));
  const issuedSomething = new Set(
    signers.flatMap((s) => (s.status === 'found' ? [s.signer.fingerprintSha256] : [])),
  );
  return certs.map((cert, i) => {
    const signer = signers[i]!;
    const issuer = signer.status === 'found' ? signer.signer : undefined;
    const role: Role | undefined =
      issuedSomething.has(cert.fingerprintSha256) || isCa(cert) ? 'ca' : ctx.role;
    const { roles, purpose } = judgedAs(cert, role);
    const chain = chainContext(cert, verdicts[i]!);
    const findings = lintCertificate(
      cert,
      { ...ctx, role, ...(issuer ? { issuer } : {}), ...(chain ? { chain } : {}) },
      locale,
    );
    return {
      cert,
      roles,
      ...(purpose ? { purpose } : {}),
      verdicts: inferRoles(cert, locale, roles),
      ...(issuer ? { issuer } : {}),
      chain: verdicts[i]!,
      findings,
    };
  });
}
