/** Public entry of the certificate lint: rule table, texts, role inference and the linters. */
export { analyseChains, type ChainAnalysis, type ChainVerdict, type Signer } from './chain';
export { chainAllows, goUnknownAuthority, goValidityError } from './go-texts';
export {
  EXPIRY_WARNING_DAYS,
  chainContext,
  lintCertificate,
  lintSet,
  type CertificateLint,
} from './lint';
export { MESSAGES_EN } from './messages-en';
export { MESSAGES_ZH_CN } from './messages-zh-CN';
export { foreignPurpose, judgedAs } from './purpose';
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
export { goVerify, type GoVerdict, type VerifyStage, type VerifyUsage } from './trust';
export * from './types';
