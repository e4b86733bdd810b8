/**
 * The lint rule table: severity, the roles each rule applies to and where the rule comes from.
 * Texts live in the message tables (per language); {@link lintRules} joins both for display.
 */
import type { Role } from '../pki/model';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH_CN } from './messages-zh-CN';
import type { Impact, LintMessages, LintRuleId, RuleText, Severity } from './types';

/** Language-independent data of one rule. */
export interface RuleMeta {
  readonly id: LintRuleId;
  readonly severity: Severity;
  /** Whether a real program refuses something (`breaks`) or it is a linter-grade `risk`. */
  readonly impact: Impact;
  readonly appliesTo: readonly Role[];
  /**
   * Where the rule is explained: `docs/lint-rules.md#<rule id>`, followed by the upstream source it
   * rests on where there is one (etcd issue or PR, Go or OpenSSL error, RFC 5280 section).
   */
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
    reference: 'docs/lint-rules.md#expired; Go crypto/x509 CertificateInvalidError (Expired)',
  },
  {
    id: 'not-yet-valid',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference: 'docs/lint-rules.md#not-yet-valid',
  },
  {
    id: 'ca-not-ca',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['ca'],
    reference: 'docs/lint-rules.md#ca-not-ca; Go verify.go ConstraintViolationError',
  },
  {
    id: 'ca-missing-key-cert-sign',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['ca'],
    reference:
      'docs/lint-rules.md#ca-missing-key-cert-sign; RFC 5280 §4.2.1.3; OpenSSL X509_V_ERR_KEYUSAGE_NO_CERTSIGN',
  },
  {
    id: 'unknown-authority',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'docs/lint-rules.md#unknown-authority; Go verify.go buildChains (UnknownAuthorityError)',
  },
  {
    id: 'eku-missing-server-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'docs/lint-rules.md#eku-missing-server-auth',
  },
  {
    id: 'server-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'docs/lint-rules.md#server-missing-client-auth; etcd issue 9785',
  },
  {
    id: 'peer-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['etcd-peer'],
    reference: 'docs/lint-rules.md#peer-missing-client-auth',
  },
  {
    id: 'client-missing-client-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['client'],
    reference: 'docs/lint-rules.md#client-missing-client-auth',
  },
  {
    id: 'no-sans',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'docs/lint-rules.md#no-sans',
  },
  {
    id: 'host-not-in-sans',
    severity: 'error',
    impact: 'breaks',
    appliesTo: SERVING,
    reference: 'docs/lint-rules.md#host-not-in-sans',
  },
  {
    id: 'server-missing-loopback',
    severity: 'warning',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'docs/lint-rules.md#server-missing-loopback',
  },
  {
    id: 'invalid-wildcard',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'docs/lint-rules.md#invalid-wildcard',
  },
  {
    id: 'wildcard-openssl',
    severity: 'warning',
    impact: 'breaks',
    appliesTo: ['etcd-server'],
    reference: 'docs/lint-rules.md#wildcard-openssl; OpenSSL X509_check_host',
  },
  {
    id: 'apisix-client-cn-with-auth',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ['client'],
    reference: 'docs/lint-rules.md#apisix-client-cn-with-auth; etcd PRs 10366/10392',
  },
  {
    id: 'weak-signature',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'docs/lint-rules.md#weak-signature; Go crypto/x509 InsecureAlgorithmError (Go 1.18+); OpenSSL X509_V_ERR_CA_MD_TOO_WEAK',
  },
  {
    id: 'rsa-key-too-small',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'docs/lint-rules.md#rsa-key-too-small; OpenSSL security level 2 (X509_V_ERR_EE_KEY_TOO_SMALL)',
  },
  {
    id: 'serial-negative',
    severity: 'error',
    impact: 'breaks',
    appliesTo: ALL,
    reference:
      'docs/lint-rules.md#serial-negative; RFC 5280 §4.1.2.2; Go 1.23 ParseCertificate (GODEBUG x509negativeserial)',
  },
  {
    id: 'serial-zero',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'docs/lint-rules.md#serial-zero; RFC 5280 §4.1.2.2',
  },
  {
    id: 'serial-too-long',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'docs/lint-rules.md#serial-too-long; RFC 5280 §4.1.2.2',
  },
  {
    id: 'leaf-outlives-ca',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'docs/lint-rules.md#leaf-outlives-ca',
  },
  {
    id: 'expiring-soon',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'docs/lint-rules.md#expiring-soon',
  },
  {
    id: 'missing-ski',
    severity: 'warning',
    impact: 'risk',
    appliesTo: ['ca'],
    reference: 'docs/lint-rules.md#missing-ski; RFC 5280 §4.2.1.2',
  },
  {
    id: 'missing-aki',
    severity: 'warning',
    impact: 'risk',
    appliesTo: LEAF,
    reference: 'docs/lint-rules.md#missing-aki; RFC 5280 §4.2.1.1',
  },
  {
    id: 'issuer-not-provided',
    severity: 'info',
    impact: 'risk',
    appliesTo: ALL,
    reference: 'docs/lint-rules.md#issuer-not-provided',
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
