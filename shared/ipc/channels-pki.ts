/**
 * PKI channels. Private keys stay in the Node side: pki:issue and pki:import-ca return summaries
 * and an id of the session store entry that holds the keys (docs/ARCHITECTURE.md#secrets).
 */
import * as z from 'zod';
import type { DecodedCertificate, KeyInfo, Role } from '../pki/model';
import { planSchema } from '../plan/schema';
import { event, filePayload, handleId, request, type EventSpec, type RequestSpec } from './define';

/** One issued certificate as the review step shows it. No key bytes. */
export interface IssuedCertSummary {
  /** `ca`, or the CertSpec id (`server:etcd0`, `peer:etcd0`, `client:apisix`): stable across runs. */
  readonly id: string;
  readonly role: Role;
  /** Member or client name (`etcd0`, `kube-apiserver`); `ca` for the CA. */
  readonly name: string;
  /** Bundle path of its files without extension, e.g. `nodes/etcd0/server` (+ .crt / .key). */
  readonly fileBase: string;
  readonly certificate: DecodedCertificate;
}

/** Result of pki:issue: the session that holds the keys, and what was issued. */
export interface IssueResult {
  readonly sessionId: string;
  readonly certificates: readonly IssuedCertSummary[];
}

/** Result of pki:import-ca: the stored CA's id and what it is. */
export interface ImportCaResult {
  readonly importId: string;
  readonly certificate: DecodedCertificate;
  readonly key: KeyInfo;
}

/** Progress of a long issuance (RSA-4096 keys take seconds). */
export interface PkiProgress {
  readonly done: number;
  readonly total: number;
  /** What was just finished, e.g. `etcd1-peer`. */
  readonly label: string;
}

/** Request channels of the `pki` domain. */
export const pkiRequests = {
  'pki:issue': request(
    z.strictObject({
      plan: planSchema,
      /** Sign with an imported CA (from pki:import-ca) instead of creating one. */
      caImportId: handleId.optional(),
    }),
  ).returns<IssueResult>(),
  'pki:import-ca': request(
    z.strictObject({
      cert: filePayload,
      key: filePayload,
      passphrase: z.string().max(1024).optional(),
    }),
  ).returns<ImportCaResult>(),
} satisfies Record<`pki:${string}`, RequestSpec<z.ZodType, unknown>>;

/** Event channels of the `pki` domain. */
export const pkiEvents = {
  'pki:progress': event<PkiProgress>(),
} satisfies Record<`pki:${string}`, EventSpec<unknown>>;
