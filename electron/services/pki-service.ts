/**
 * Node host for the pure PKI core: supplies the native WebCrypto and the clock, so that the
 * IPC handlers, the CLI and the browser host all issue certificates the same way.
 */
import type { Plan } from '../../shared/plan/schema';
import type { Result } from '../../shared/result';
import { importCa, type CaImportInput, type CaMaterial } from '../../shared/pki/ca';
import {
  issueOne,
  issuePki,
  type IssueDeps,
  type IssuedCert,
  type IssuedPki,
  type IssueWarning,
} from '../../shared/pki/issue';
import type { CertSpec } from '../../shared/pki/profiles';
import type { KeyAlgorithm } from '../../shared/pki/algorithms';

// Node's WebCrypto (native OpenSSL, key generation on the libuv pool) typed as the DOM Crypto
// that shared/ expects; the two declarations describe the same object.
const webCrypto = globalThis.crypto as unknown as IssueDeps['crypto'];

/** Issues the CA (or uses `ca`) and every certificate of `plan`, now. */
export function issuePlan(
  plan: Plan,
  opts: { ca?: CaMaterial; onProgress?: (done: number, total: number, label: string) => void } = {},
): Promise<Result<IssuedPki>> {
  return issuePki(plan, { crypto: webCrypto, now: new Date(), ...opts });
}

/** Re-issues one certificate from an existing CA (renewal, one-click fixes). */
export function reissue(
  spec: CertSpec,
  ca: CaMaterial,
  leaf: { key: KeyAlgorithm; validityDays: number },
): Promise<Result<{ cert: IssuedCert; warnings: IssueWarning[] }>> {
  return issueOne(spec, ca, { crypto: webCrypto, now: new Date(), leaf });
}

/** Imports an existing CA from user files (PEM or DER, any key form, optional passphrase). */
export function importExistingCa(input: CaImportInput): Promise<Result<CaMaterial>> {
  return importCa(input, webCrypto);
}
