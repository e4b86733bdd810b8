/**
 * The lint rule table: severity, the roles each rule applies to and where the rule comes from.
 * Texts live in the message tables (per language); {@link lintRules} joins both for display.
 */
import type { Role } from '../pki/model';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH_CN } from './messages-zh-CN';
import type { Impact, LintMessages, LintRuleId, RuleText, Severity } from './types';

/** Language-independent facts of one rule. */
export interface RuleMeta {
  readonly id: LintRuleId;
  readonly severity: Severity;
  /** Whether a real program refuses something (`breaks`) or it is a linter-grade `risk`. */
  readonly impact: Impact;
  readonly appliesTo: readonly Role[];
  /** Facts sheet section, interop-lab case or upstream issue the rule rests on. */
  readonly reference: string;
}

const ALL: readonly Role[] = ['ca', 'etcd-server', 'etcd-peer', 'client'];
const LEAF: readonly Role[] = ['etcd-server', 'etcd-peer', 'client'];
const SERVING: readonly Role[] = ['etcd-server', 'etcd-peer'];

/** The rules, in listing order. */
export const RULE_META: readonly RuleMeta[] = [
  {
    id: 'expired',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference: 'facts §9.1 (CertificateInvalidError Expired)',
  },
  {
    id: 'not-yet-valid',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference: 'facts §9.1',
  },
  {
    id: 'ca-not-ca',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['ca'],
    reference: 'facts §1.3; Go verify.go ConstraintViolationError',
  },
  {
    id: 'ca-missing-key-cert-sign',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['ca'],
    reference: 'RFC 5280 §4.2.1.3; OpenSSL X509_V_ERR_KEYUSAGE_NO_CERTSIGN; interop-lab §1 ca.cnf',
  },
  {
    id: 'unknown-authority',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'Go verify.go buildChains/UnknownAuthorityError; interop-lab §2 (client certificate from another CA)',
  },
  {
    id: 'eku-missing-server-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'facts §1.3, §9.1',
  },
  {
    id: 'server-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'facts §0.2, §1.3, §4.1; etcd issue 9785; interop-lab §2 (a)',
  },
  {
    id: 'peer-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['etcd-peer'],
    reference: 'facts §0.3, §1.3; interop-lab §2 (c)',
  },
  {
    id: 'client-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['client'],
    reference: 'facts §1.3; interop-lab §2 (e)',
  },
  {
    id: 'no-sans',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'facts §0.19, §9.1',
  },
  {
    id: 'host-not-in-sans',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'facts §1.4, §1.5, §9.1; interop-lab §2 (b), (f)',
  },
  {
    id: 'server-missing-loopback',
    severity: 'warning',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'facts §1.4, §3.1 (default endpoint 127.0.0.1:2379); interop-lab §2 (b)',
  },
  {
    id: 'invalid-wildcard',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'facts §0.19, §9.1',
  },
  {
    id: 'wildcard-openssl',
    severity: 'warning',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'OpenSSL X509_check_host (two labels after "*"); go-x509.md Wildcards',
  },
  {
    id: 'apisix-client-cn-with-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['client'],
    reference: 'facts §0.5, §4.3, §6.2; etcd PRs 10366/10392',
  },
  {
    id: 'weak-signature',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'Go crypto/x509 InsecureAlgorithmError (Go 1.18+); OpenSSL X509_V_ERR_CA_MD_TOO_WEAK',
  },
  {
    id: 'rsa-key-too-small',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference: 'OpenSSL security level 2 (X509_V_ERR_EE_KEY_TOO_SMALL)',
  },
  {
    id: 'serial-negative',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference: 'RFC 5280 §4.1.2.2; Go 1.23 ParseCertificate (GODEBUG x509negativeserial)',
  },
  {
    id: 'serial-zero',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'RFC 5280 §4.1.2.2',
  },
  {
    id: 'serial-too-long',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'RFC 5280 §4.1.2.2',
  },
  {
    id: 'leaf-outlives-ca',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'facts §9.1 (chain validity)',
  },
  {
    id: 'expiring-soon',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'peers.md (expiry overview)',
  },
  {
    id: 'missing-ski',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ['ca'],
    reference: 'RFC 5280 §4.2.1.2; interop-lab §1 (subjectKeyIdentifier=hash)',
  },
  {
    id: 'missing-aki',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'RFC 5280 §4.2.1.1; interop-lab §1 (authorityKeyIdentifier=keyid:always)',
  },
  {
    id: 'issuer-not-provided',
    severity: 'info',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'Go verify.go (a chain needs the issuing CA in the trust file)',
  },
];

/** Meta of a rule by id. */
export const ruleMeta = (id: LintRuleId): RuleMeta => RULE_META.find((r) => r.id === id)!;

/** Languages the lint texts exist in. */
export type LintLocale = 'en' | 'zh-CN';

/** The message table of a language. */
export const lintMessages = (locale: LintLocale = 'en'): LintMessages =>
  locale === 'zh-CN' ? MESSAGES_ZH_CN : MESSAGES_EN;

/** A full rule row: meta plus texts, the table shown in docs, the UI and `inspect --rules`. */
export type LintRule = RuleMeta & Omit<RuleText, 'detail'>;

/** The rule table in one language. */
export function lintRules(locale: LintLocale = 'en'): LintRule[] {
  const texts = lintMessages(locale).rules;
  return RULE_META.map((m) => {
    const { title, explanation, seenAs, fix } = texts[m.id];
    return { ...m, title, explanation, seenAs, fix };
  });
}

/** Fills `{name}` placeholders. */
export const fillTemplate = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
