/**
 * The heavy half of `issue` (reading the plan, key generation, signing, the bundle's files and
 * their writing), loaded by issue.ts once the arguments are known good: a mistyped option never
 * loads yaml, zod or the PKI code.
 */
export { DEFAULT_MAX_DECODE_BYTES } from '../../shared/pki/decode';
export { checkTarget } from '../export/bundle-writer';
export { exportBundle } from '../export/export-service';
export { importExistingCa, issuePlan } from '../pki/pki-service';
export { readPlanFile } from '../plan/plan-reader';
