/**
 * Adapter between the handlers and the Node services (issuance, CA import, export, inspection).
 * Handlers depend on this interface only, so tests can pass fakes and the services can evolve
 * behind it. The wiring to the real services is in ./services-live.ts.
 */
import type { ParsedArgOf } from '../../shared/ipc/contract';
import type { FilePayload } from '../../shared/ipc/define';
import type { IssuedCertSummary, PkiProgress } from '../../shared/ipc/channels-pki';
import type { WriteBundleResult } from '../../shared/ipc/channels-export';
import type { CaMaterial } from '../../shared/pki/ca';
import type { IssuedPki as CoreIssuedPki } from '../../shared/pki/issue';
import type { DecodedCertificate, KeyInfo } from '../../shared/pki/model';
import type { Plan } from '../../shared/plan/schema';
import type { Result } from '../../shared/result';
import { liveServices } from './services-live';

/**
 * An issued PKI as main keeps it (the "session"): the summaries the renderer saw, plus the plan
 * it was issued for and the key material, which never leave main. Fakes in tests may leave the
 * main-only parts out; the live export refuses a session without them.
 */
export interface IssuedPki {
  readonly certificates: readonly IssuedCertSummary[];
  /** The validated plan the PKI was issued for (export generates the configs from it). */
  readonly plan?: Plan;
  /** Certificates and private keys as the PKI core returned them. */
  readonly issued?: CoreIssuedPki;
}

/** An imported CA as main keeps it: what the renderer saw, plus the decrypted key material. */
export interface ImportedCa {
  readonly certificate: DecodedCertificate;
  readonly key: KeyInfo;
  /** PKCS#8 key, unencrypted; stays in main. Fakes in tests may leave it out. */
  readonly material?: CaMaterial;
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
  /** Opens a folder in the system file manager (Electron); hosts without one leave it out. */
  readonly openFolder?: (path: string) => Promise<Result<void>>;
}

/** The services wired into the app. */
export function defaultServices(): Services {
  return liveServices();
}
