/**
 * Runs the rule table over decoded certificates. Pure: the clock, the intended role and the
 * member addresses come in through the context, so the same call serves the wizard's review
 * step, the inspector and the CLI.
 */
import { wildcardProblem } from '../plan/address';
import { parseGoIp, verifyCertificateHostname } from '../pki/hostname';
import type { DecodedCertificate, DecodedItem, Role } from '../pki/model';
import { allowsUsage, inferRoles, isCa, likelyRoles } from './roles';
import { RULE_META, fillTemplate, lintMessages, ruleMeta, type LintLocale } from './rules';
import type { Finding, LintContext, LintRuleId, RoleVerdict, WildcardProblem } from './types';

const DAY_MS = 86_400_000;
/** Certificates ending within this many days get `expiring-soon`. */
export const EXPIRY_WARNING_DAYS = 30;

/** Go's time.RFC3339 in UTC (no fractional seconds), as in its expiry messages. */
const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

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

/** Lints one certificate for its role (given, or the most likely ones). */
export function lintCertificate(
  cert: DecodedCertificate,
  ctx: LintContext,
  locale: LintLocale = 'en',
): Finding[] {
  const texts = lintMessages(locale);
  const roles: readonly Role[] = ctx.role ? [ctx.role] : likelyRoles(cert);
  const findings: Finding[] = [];
  const emit = (id: LintRuleId, params: Record<string, string> = {}): void => {
    const meta = ruleMeta(id);
    const role = meta.appliesTo.find((r) => roles.includes(r));
    if (role === undefined) return;
    const t = texts.rules[id];
    findings.push({
      ruleId: id,
      severity: meta.severity,
      role,
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
  const notBefore = new Date(cert.notBefore);
  const notAfter = new Date(cert.notAfter);
  if (now > notAfter.getTime()) {
    emit('expired', {
      notAfter: cert.notAfter,
      goError: `x509: certificate has expired or is not yet valid: current time ${rfc3339(ctx.now)} is after ${rfc3339(notAfter)}`,
    });
  } else if (now < notBefore.getTime()) {
    emit('not-yet-valid', {
      notBefore: cert.notBefore,
      goError: `x509: certificate has expired or is not yet valid: current time ${rfc3339(ctx.now)} is before ${rfc3339(notBefore)}`,
    });
  } else if (notAfter.getTime() - now < EXPIRY_WARNING_DAYS * DAY_MS) {
    emit('expiring-soon', {
      notAfter: cert.notAfter,
      days: String(Math.floor((notAfter.getTime() - now) / DAY_MS)),
    });
  }

  // CA.
  if (has('ca') && !isCa(cert)) emit('ca-not-ca', { subject: cert.subject.text });
  if (has('ca') && isCa(cert) && cert.keyUsage && !cert.keyUsage.usages.includes('keyCertSign'))
    emit('ca-missing-key-cert-sign', { usages: cert.keyUsage.usages.join(', ') || '(none)' });

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
  if (ctx.issuer && !cert.selfSigned && new Date(cert.notAfter) > new Date(ctx.issuer.notAfter))
    emit('leaf-outlives-ca', { notAfter: cert.notAfter, caNotAfter: ctx.issuer.notAfter });
  if (cert.subjectKeyId === undefined) emit('missing-ski');
  if (cert.authorityKeyId === undefined && !cert.selfSigned) emit('missing-aki');

  const order = (id: LintRuleId): number => ruleIndex.get(id) ?? 0;
  return findings.sort((a, b) => order(a.ruleId) - order(b.ruleId));
}

/**
 * The issuer of `cert` among `candidates`: same name as its issuer and, when both carry key ids,
 * the same key id (so a rotated CA with the same name is told apart). Undefined for self-signed.
 */
export function findIssuer(
  cert: DecodedCertificate,
  candidates: readonly DecodedCertificate[],
): DecodedCertificate | undefined {
  if (cert.selfSigned) return undefined;
  return candidates.find(
    (c) =>
      c !== cert &&
      c.subject.text === cert.issuer.text &&
      (cert.authorityKeyId === undefined ||
        c.subjectKeyId === undefined ||
        c.subjectKeyId === cert.authorityKeyId),
  );
}

/**
 * findIssuer for a whole set: the candidates indexed by subject once, so that matching every
 * certificate of a set of n is linear, not n² (10,000 certificates must not take minutes).
 * Gives the same answer as findIssuer: the first candidate in order that fits.
 */
export function issuerFinder(
  candidates: readonly DecodedCertificate[],
): (cert: DecodedCertificate) => DecodedCertificate | undefined {
  const bySubject = new Map<string, DecodedCertificate[]>();
  for (const c of candidates) {
    const list = bySubject.get(c.subject.text);
    if (list) list.push(c);
    else bySubject.set(c.subject.text, [c]);
  }
  return (cert) =>
    cert.selfSigned ? undefined : findIssuer(cert, bySubject.get(cert.issuer.text) ?? []);
}

/** One certificate's lint result inside a set. */
export interface CertificateLint {
  readonly cert: DecodedCertificate;
  readonly roles: readonly Role[];
  readonly verdicts: readonly RoleVerdict[];
  readonly issuer?: DecodedCertificate;
  readonly findings: readonly Finding[];
}

/**
 * Lints every certificate among `items`, pairing each with its issuer from the same set. A
 * certificate that issued another one in the set is linted as a CA; `ctx.role` applies to the
 * others.
 */
export function lintSet(
  items: readonly DecodedItem[],
  ctx: Omit<LintContext, 'issuer'>,
  locale: LintLocale = 'en',
): CertificateLint[] {
  const certs = items.filter((i): i is DecodedCertificate => i.kind === 'certificate');
  const find = issuerFinder(certs);
  const issuers = new Map(certs.map((c) => [c, find(c)] as const));
  const issuedSomething = new Set([...issuers.values()].filter((c) => c !== undefined));
  return certs.map((cert) => {
    const issuer = issuers.get(cert);
    const role: Role | undefined = issuedSomething.has(cert) || isCa(cert) ? 'ca' : ctx.role;
    const findings = lintCertificate(cert, { ...ctx, role, ...(issuer ? { issuer } : {}) }, locale);
    return {
      cert,
      roles: role ? [role] : likelyRoles(cert),
      verdicts: inferRoles(cert, locale),
      ...(issuer ? { issuer } : {}),
      findings,
    };
  });
}
