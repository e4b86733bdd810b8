/**
 * Day-2 channels: open an exported bundle, unlock its CA key, see what a change (renew, add or
 * remove a member, rotate the CA) will do, then write the new bundle into a folder main handed
 * out. Main keeps the bundle, the unlocked CA and the prepared change behind ids; the renderer
 * gets decoded certificates (no key bytes) and sends the CA key passphrase once, to unlock.
 */
import * as z from 'zod';
import type { Warning } from '../generate/types';
import type { AppText } from '../text/text';
import type { RotationPhase } from '../day2/rotation';
import type { DecodedCertificate, KeyInfo } from '../pki/model';
import { planSchema, type Plan } from '../plan/schema';
import { INSPECT_MAX_FILES, inspectFilePayload } from './channels-inspect';
import type { WriteBundleResult } from './channels-export';
import { filePayload, handleId, request, type RequestSpec } from './define';

/** One leaf of an opened bundle. */
export interface Day2Certificate {
  /** `server:etcd0`, `peer:etcd0`, `client:apisix` (manifest.json's id). */
  readonly id: string;
  readonly role: 'etcd-server' | 'etcd-peer' | 'client';
  /** Member or client name. */
  readonly name: string;
  /** Bundle-relative certificate file. */
  readonly file: string;
  readonly certificate: DecodedCertificate;
}

/** An opened bundle as the window shows it. */
export interface Day2Bundle {
  /** The folder (Electron: its path; handed-over files: the dropped folder's or zip's name). */
  readonly name: string;
  readonly plan: Plan;
  /** When the bundle was written (manifest.json). */
  readonly createdAt: string;
  /** The CA that issued the leaves. */
  readonly ca: DecodedCertificate;
  /** How the bundle holds the CA key. */
  readonly caKey: 'none' | 'encrypted' | 'plain';
  /** Every CA of the trust file (two during a CA rotation). */
  readonly trust: readonly DecodedCertificate[];
  readonly certificates: readonly Day2Certificate[];
  /** The bundle has client .p12 files (new ones need a password). */
  readonly pkcs12: boolean;
  /**
   * `bundle`: a bundle this app wrote. `inspection`: certificates dropped on the inspector, with a
   * plan rebuilt from them; they can only be renewed (all of them, into a first real bundle).
   */
  readonly origin: 'bundle' | 'inspection';
}

/** Outcome of day2:open-bundle. */
export type OpenBundleResult =
  | { readonly status: 'opened'; readonly bundleId: string; readonly bundle: Day2Bundle }
  | { readonly status: 'cancelled' }
  /** The browser host has no folder dialog: the renderer must upload and call again. */
  | { readonly status: 'upload-needed' };

/** Result of day2:unlock-ca: the CA key opened and checked against the bundle's CA. */
export interface UnlockCaResult {
  readonly key: KeyInfo;
}

const port = z.number().int().min(1).max(65535);
/** A certificate in PEM is a few KB; a chain a few more. */
const PEM_MAX = 64 * 1024;

/** What to renew: everything, what ends within N days, or chosen certificate ids. */
export const renewSelection = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('all') }),
  z.strictObject({ mode: z.literal('expiring'), withinDays: z.number().int().min(1).max(3650) }),
  z.strictObject({
    mode: z.literal('chosen'),
    ids: z.array(z.string().min(1).max(200)).min(1).max(1000),
  }),
]);

/** One day-2 change. */
export const day2Change = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('renew'), select: renewSelection }),
  z.strictObject({
    kind: z.literal('add-member'),
    member: z.strictObject({
      name: z.string().min(1).max(64),
      addresses: z.array(z.string().min(1).max(253)).min(1).max(32),
      clientPort: port.optional(),
      peerPort: port.optional(),
    }),
  }),
  z.strictObject({ kind: z.literal('remove-member'), name: z.string().min(1).max(64) }),
  z.strictObject({
    kind: z.literal('rotate-ca'),
    commonName: z.string().min(1).max(64).optional(),
  }),
]);
/** A day-2 change as the renderer sends it. */
export type Day2Change = z.infer<typeof day2Change>;
/** The kinds of day-2 change. */
export type Day2ChangeKind = Day2Change['kind'];

/** What happens to one certificate. */
export interface CertificateChange {
  readonly id: string;
  readonly role: Day2Certificate['role'];
  readonly name: string;
  /**
   * `renewed`: same names, new key and serial from the same CA; `reissued`: from the new CA (CA
   * rotation); `added`/`removed`: a member comes or goes; `kept`: copied byte for byte.
   */
  readonly change: 'renewed' | 'reissued' | 'added' | 'removed' | 'kept';
  readonly before?: DecodedCertificate;
  readonly after?: DecodedCertificate;
}

/** Result of day2:plan-change: what the change will do, held by main under `changeId`. */
export interface ChangePreview {
  readonly changeId: string;
  readonly kind: Day2ChangeKind;
  /** Every certificate of the bundle before and after, in bundle order. */
  readonly certificates: readonly CertificateChange[];
  /** The trust file before and after (after a rotation: the last phase's). */
  readonly trust: {
    readonly before: readonly DecodedCertificate[];
    readonly after: readonly DecodedCertificate[];
  };
  readonly members: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Things the README will also say (cluster size…), in both languages. */
  readonly notes: readonly Warning[];
  /** Issuance warnings (validity cut at the CA's end…), as texts. */
  readonly warnings: readonly AppText[];
  /** What the write step must ask for. */
  readonly needs: {
    readonly p12Password: boolean;
    readonly newCaPassphrase: boolean;
    /** Where the CA key goes is chosen at export (a renewal of loose certificates). */
    readonly caKeyChoice?: boolean;
  };
  /** CA rotation: the three phases in order. */
  readonly phases?: readonly RotationPhase[];
}

/** Result of day2:apply: the written bundle, as after a first export, and the change's guide. */
export interface Day2ApplyResult extends WriteBundleResult {
  readonly kind: Day2ChangeKind;
  /**
   * The steps of the change itself, in order: the README's membership section, or RUNBOOK.md
   * for a CA rotation (whose phase folders replace the install steps).
   */
  readonly guide?: { readonly path: string; readonly text: string };
}

/** Request channels of the `day2` domain. */
export const day2Requests = {
  /**
   * Without `files`, the host shows its folder dialog (Electron) or asks for an upload (browser
   * host). With them: the files of a dropped folder (names keep the folder path) or one .zip.
   */
  'day2:open-bundle': request(
    z
      .strictObject({
        files: z
          .array(inspectFilePayload)
          .min(1)
          .max(INSPECT_MAX_FILES, `at most ${INSPECT_MAX_FILES} files at once`)
          .optional(),
      })
      .optional(),
  ).returns<OpenBundleResult>(),
  /**
   * Certificates dropped on the inspector that are not a bundle: the plan the window rebuilt from
   * them, their CA certificate and the old certificate of each plan id it matched (PEM text).
   */
  'day2:open-renewal': request(
    z.strictObject({
      plan: planSchema,
      caCertPem: z.string().min(1).max(PEM_MAX),
      previous: z
        .array(
          z.strictObject({ id: z.string().min(1).max(200), pem: z.string().min(1).max(PEM_MAX) }),
        )
        .max(1000),
    }),
  ).returns<Extract<OpenBundleResult, { status: 'opened' }>>(),
  /** Opens the CA key (the bundle's, or `keyFile` when the bundle has none) for this bundle. */
  'day2:unlock-ca': request(
    z.strictObject({
      bundleId: handleId,
      passphrase: z.string().max(1024).optional(),
      keyFile: filePayload.optional(),
    }),
  ).returns<UnlockCaResult>(),
  /** Prepares a change (issues what it needs) and describes it; nothing is written. */
  'day2:plan-change': request(
    z.strictObject({ bundleId: handleId, change: day2Change }),
  ).returns<ChangePreview>(),
  /** Writes the prepared change as a new bundle into a folder from export:choose-folder. */
  'day2:apply': request(
    z.strictObject({
      changeId: handleId,
      folderId: handleId,
      options: z
        .strictObject({
          zip: z.boolean().default(false),
          /** Language of the README and comments; the plan's when absent. */
          language: z.enum(['en', 'zh-CN']).optional(),
          /** Password of new client .p12 files (when the bundle has .p12 files). */
          pkcs12Password: z.string().max(1024).optional(),
          /** Encrypts the new CA key of a CA rotation. */
          newCaPassphrase: z.string().max(1024).optional(),
          /** A renewal of loose certificates: whether the new bundle keeps the CA key. */
          caKey: z.enum(['none', 'encrypted', 'plain']).optional(),
          /** Encrypts the CA key when `caKey` is `encrypted`. */
          caPassphrase: z.string().max(1024).optional(),
        })
        .prefault({}),
    }),
  ).returns<Day2ApplyResult>(),
} satisfies Record<`day2:${string}`, RequestSpec<z.ZodType, unknown>>;
