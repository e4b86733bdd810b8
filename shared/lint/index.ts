/** Public entry of the certificate lint: rule table, texts, role inference and the linters. */
export {
  EXPIRY_WARNING_DAYS,
  findIssuer,
  lintCertificate,
  lintSet,
  type CertificateLint,
} from './lint';
export { MESSAGES_EN } from './messages-en';
export { MESSAGES_ZH_CN } from './messages-zh-CN';
export { allowsUsage, inferRoles, isCa, likelyRoles } from './roles';
export {
  RULE_META,
  fillTemplate,
  lintMessages,
  lintRules,
  ruleMeta,
  type LintLocale,
  type LintRule,
  type RuleMeta,
} from './rules';
export * from './types';
