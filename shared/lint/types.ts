/**
 * Types of the certificate lint: rule ids, findings and context. Every user-visible text is keyed
 * by rule id (messages-en.ts, messages-zh-CN.ts), so the UI can switch language without
 * touching the rules.
 */
import type { ClientKind } from '../plan/schema';
import type { DecodedCertificate, Role } from '../pki/model';

/** Every rule the linter knows; the order is the order findings are listed in. */
export const LINT_RULE_IDS = [
  'expired',
  'not-yet-valid',
  'ca-not-ca',
  'ca-missing-key-cert-sign',
  'unknown-authority',
  'eku-missing-server-auth',
  'server-missing-client-auth',
  'peer-missing-client-auth',
  'client-missing-client-auth',
  'no-sans',
  'host-not-in-sans',
  'server-missing-loopback',
  'invalid-wildcard',
  'wildcard-openssl',
  'apisix-client-cn-with-auth',
  'weak-signature',
  'rsa-key-too-small',
  'serial-negative',
  'serial-zero',
  'serial-too-long',
  'leaf-outlives-ca',
  'expiring-soon',
  'missing-ski',
  'missing-aki',
  'issuer-not-provided',
] as const;
export type LintRuleId = (typeof LINT_RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a rule is about: `breaks` when a real program (etcd, a Go client, OpenSSL in APISIX or
 * curl) refuses something; `risk` when nothing fails today but a CA/B-style linter would flag it
 * as a real risk (or it fails on a known date).
 */
export type Impact = 'breaks' | 'risk';

/** Why a certificate can or cannot serve a role (keys of the role texts). */
export type RoleReason =
  | 'ca-ok'
  | 'not-ca'
  | 'ca-no-key-cert-sign'
  | 'is-ca'
  | 'server-ok'
  | 'server-no-client-auth'
  | 'no-server-auth'
  | 'peer-ok'
  | 'peer-no-client-auth'
  | 'client-ok'
  | 'no-client-auth';

/**
 * What a certificate recognised as not etcd's is for (shared/lint/purpose.ts): it is listed and
 * checked for what holds for any certificate (dates, chain, signature), never for an etcd role.
 */
export type ForeignPurpose =
  'kube-apiserver-serving' | 'kube-apiserver-kubelet-client' | 'kube-front-proxy-client';

/** Wildcard SAN problems (same names as shared/plan/address.ts). */
export type WildcardProblem = 'wildcard-bare' | 'wildcard-partial' | 'wildcard-not-leftmost';

/**
 * What the chain check found about a certificate, for the chain rules. Only the inspector knows
 * it: the wizard issues the chain itself.
 */
export type ChainContext =
  /** Go refuses it with UnknownAuthorityError against the CAs among the files (its exact text). */
  | { readonly status: 'untrusted'; readonly goError: string }
  /** No CA among the files could have issued it: the chain cannot be checked. */
  | { readonly status: 'unchecked'; readonly issuer: string };

/** User-visible texts of one rule. `detail` may hold `{placeholders}` filled per finding. */
export interface RuleText {
  readonly title: string;
  readonly explanation: string;
  readonly seenAs: string;
  readonly fix: string;
  readonly detail: string;
}

/** All texts of one language. */
export interface LintMessages {
  readonly rules: Readonly<Record<LintRuleId, RuleText>>;
  readonly roleReasons: Readonly<Record<RoleReason, string>>;
  readonly roleNames: Readonly<Record<Role, string>>;
  /** What a non-etcd certificate is, said so the user sees why it has no etcd role. */
  readonly purposes: Readonly<Record<ForeignPurpose, string>>;
  readonly wildcard: Readonly<Record<WildcardProblem, string>>;
}

/** What the linter is told about the certificate's use. */
export interface LintContext {
  /** The role the certificate is meant for; inferred from its usages when absent. */
  readonly role?: Role;
  /** The certificate that issued it, for lifetime and key id checks. */
  readonly issuer?: DecodedCertificate;
  /** Member addresses a server or peer certificate must cover (checked as Go does). */
  readonly hosts?: readonly string[];
  readonly now: Date;
  /** etcd auth is enabled (with --client-cert-auth): the gateway refuses client certs with a CN. */
  readonly etcdAuth?: boolean;
  /** Which client uses the certificate. */
  readonly kind?: ClientKind;
  /**
   * A client that verifies with OpenSSL (APISIX, curl) dials this server certificate, so the
   * wildcards OpenSSL reads differently from Go matter. `kind: 'apisix'` implies it.
   */
  readonly opensslClients?: boolean;
  /** The chain check's result (inspector only). */
  readonly chain?: ChainContext;
}

/** One problem found, with all texts rendered in the chosen language. */
export interface Finding {
  readonly ruleId: LintRuleId;
  readonly severity: Severity;
  readonly impact: Impact;
  /**
   * The role the rule was checked for; absent on a certificate recognised as not etcd's, which
   * only gets the rules that hold for any certificate.
   */
  readonly role?: Role;
  readonly title: string;
  readonly explanation: string;
  readonly seenAs: string;
  readonly fix: string;
  readonly reference: string;
  /** This certificate's specifics (which SAN, which date…). */
  readonly detail: string;
  /** Values filled into `detail` (so another language can render it again). */
  readonly params: Readonly<Record<string, string>>;
}

/** Whether a certificate can serve a role, and if not why, quoting what the user would see. */
export interface RoleVerdict {
  readonly role: Role;
  readonly ok: boolean;
  /**
   * The certificate is meant for this role (given, or judged from its usages): only then is a
   * "no" a failure. A leaf that is no CA, or a client certificate that cannot serve, is simply
   * what it is.
   */
  readonly intended: boolean;
  readonly reason: RoleReason;
  readonly text: string;
  /** The error text the failure produces (empty when ok, or when the role is not intended). */
  readonly seenAs: string;
}
