/**
 * The heavy half of `issue` (key generation, signing, the bundle's files and their writing),
 * loaded by issue.ts after it has started the plan-reading worker, so that compiling this code
 * and the worker's start-up run at the same time on two cores.
 */
export { DEFAULT_MAX_DECODE_BYTES } from '../../shared/pki/decode';
export { checkTarget } from '../export/bundle-writer';
export { exportBundle } from '../export/export-service';
export { importExistingCa, issuePlan } from '../pki/pki-service';
