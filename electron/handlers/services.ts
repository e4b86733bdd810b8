/**
 * Adapter between the handlers and the Node services other modules implement (issuance, CA
 * import, export, inspection). Handlers depend on this interface only, so tests can pass fakes
 * and the services can evolve behind it.
 *
 * inspectFiles is wired to electron/services/inspect-service.ts.
 * TODO(services): wire the rest; their implementations landed while this was written:
 *   issuePki     -> electron/services/pki-service.ts `issuePlan(plan, { ca, onProgress })`, then
 *                   map IssuedPki.certs (certPem + spec) to IssuedCertSummary via decodeBytes
 *   importCa     -> pki-service.ts `importExistingCa(input)` (CaMaterial; decode its cert)
 *   exportBundle -> electron/services/export-service.ts `exportBundle({ plan, issued, target,
 *                   caKey, caPassphrase, pkcs12, zip, now })` (keep the plan with the PKI)
 * Until then those answer with a Result that says so.
 */
import type { ParsedArgOf } from '../../shared/ipc/contract';
import type { FilePayload } from '../../shared/ipc/define';
import type { InspectedFile } from '../../shared/ipc/channels-inspect';
import type { IssuedCertSummary, PkiProgress } from '../../shared/ipc/channels-pki';
import type { WriteBundleResult } from '../../shared/ipc/channels-export';
import type { DecodedCertificate, KeyInfo } from '../../shared/pki/model';
import type { Plan } from '../../shared/plan/schema';
import { fail, type Result } from '../../shared/result';
import { inspectFiles } from '../services/inspect-service';

/** An issued PKI as main keeps it; implementations add their key material to it. */
export interface IssuedPki {
  readonly certificates: readonly IssuedCertSummary[];
}

/** An imported CA as main keeps it; implementations add the decrypted key to it. */
export interface ImportedCa {
  readonly certificate: DecodedCertificate;
  readonly key: KeyInfo;
}

/** Options of export:write-bundle after validation. */
export type ExportOptions = ParsedArgOf<'export:write-bundle'>['options'];

/** The services the handlers call. */
export interface Services {
  readonly issuePki: (
    plan: Plan,
    opts: {
      readonly now: Date;
      readonly ca?: ImportedCa;
      readonly onProgress: (p: PkiProgress) => void;
    },
  ) => Promise<Result<IssuedPki>>;
  readonly importCa: (input: {
    readonly cert: FilePayload;
    readonly key: FilePayload;
    readonly passphrase?: string;
    readonly now: Date;
  }) => Promise<Result<ImportedCa>>;
  readonly exportBundle: (
    pki: IssuedPki,
    target: string,
    options: ExportOptions,
    now: Date,
  ) => Promise<Result<WriteBundleResult>>;
  readonly inspectFiles: (
    files: readonly FilePayload[],
    now: Date,
  ) => Promise<readonly InspectedFile[]>;
}

const pending = (what: string) =>
  `${what} is not available in this build yet (its service is still being written)`;

/** The services wired into the app. */
export function defaultServices(): Services {
  return {
    issuePki: async () => fail('crypto-failed', pending('Issuing certificates')),
    importCa: async () => fail('crypto-failed', pending('Importing a CA')),
    exportBundle: async () => fail('destination-unwritable', pending('Writing a bundle')),
    inspectFiles,
  };
}
