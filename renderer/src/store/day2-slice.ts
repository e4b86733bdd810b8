/**
 * The day-2 slice: the opened bundle (main holds it; this is its summary and id), whether its CA
 * key is unlocked, the change being planned, its preview and the written result. Passphrases
 * never land here: actions take them as arguments and hand them to main once. Not persisted:
 * the bundle and its keys live in main's memory and die with it.
 */
import type { StateCreator } from 'zustand';
import type {
  ChangePreview,
  Day2ApplyResult,
  Day2Bundle,
  Day2Certificate,
} from '../../../shared/ipc/channels-day2';
import type { OpenFolderResult } from '../../../shared/ipc/channels-export';
import type { InspectFilePayload } from '../../../shared/ipc/channels-inspect';
import type { FilePayload } from '../../../shared/ipc/define';
import type { Finding } from '../../../shared/lint';
import type { KeyInfo } from '../../../shared/pki/model';
import type { PlanInput } from '../../../shared/plan/schema';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import { INITIAL_FORM, changeOf, type Day2Form } from '../day2/day2-form';
import type { LooseRenewal } from '../inspector/bundle-renewal';
import type { BundleLanguage } from './export-slice';
import type { AppState } from './index';

/** Where the day-2 page is. */
export type Day2Stage = 'open' | 'change' | 'review' | 'export';

/** A certificate named as the window shows it: member or client, and its kind. */
export interface RenewedName {
  readonly name: string;
  readonly role: Day2Certificate['role'];
}

/** What a renewal started from the inspector renews and fixes (shown as a banner). */
export interface RenewalBanner {
  /** The certificates being renewed. */
  readonly certificates: readonly RenewedName[];
  /** Findings the renewal makes go away, with the certificate they are about. */
  readonly fixes: readonly (RenewedName & { readonly finding: Finding })[];
  /** Subject of the dropped CA certificate. */
  readonly caSubject?: string;
}

/** State of the day-2 slice (never a passphrase or a key). */
export interface Day2State {
  readonly stage: Day2Stage;
  readonly opening: boolean;
  readonly openError?: AppError;
  /** The browser host has no folder dialog: point at the drop zone and upload buttons. */
  readonly uploadHint: boolean;
  readonly bundleId?: string;
  readonly bundle?: Day2Bundle;
  readonly ca: {
    readonly status: 'locked' | 'unlocking' | 'unlocked';
    readonly key?: KeyInfo;
    readonly error?: AppError;
  };
  readonly form: Day2Form;
  readonly previewing: boolean;
  readonly preview?: ChangePreview;
  readonly previewError?: AppError;
  readonly folder?: { readonly folderId: string; readonly displayPath: string };
  readonly choices: { readonly zip: boolean; readonly language?: BundleLanguage };
  readonly writing: 'idle' | 'writing' | 'done' | 'error';
  readonly result?: Day2ApplyResult;
  readonly writeError?: AppError;
  readonly opened?: OpenFolderResult;
  readonly banner?: RenewalBanner;
  /** The CA key file dropped on the inspector, filled into the unlock form (sent on unlock). */
  readonly caKeyFile?: FilePayload;
}

/** Secrets of a write, passed through once. */
export interface Day2WriteSecrets {
  readonly pkcs12Password?: string;
  readonly newCaPassphrase?: string;
  /** Loose certificates renewed: whether the new bundle keeps the CA key, and its passphrase. */
  readonly caKey?: 'none' | 'encrypted' | 'plain';
  readonly caPassphrase?: string;
}

/** The day-2 slice. */
export interface Day2Slice {
  readonly day2: Day2State;
  /** Opens a bundle: handed-over files, or (no files) the host's folder dialog. */
  readonly openDay2Bundle: (files?: readonly InspectFilePayload[]) => Promise<boolean>;
  readonly setDay2Stage: (stage: Day2Stage) => void;
  readonly setDay2Form: (form: Partial<Day2Form>) => void;
  /** Sends the passphrase (and a key file when the bundle has none) to main, once. */
  readonly unlockDay2Ca: (passphrase: string, keyFile?: FilePayload) => Promise<boolean>;
  /** Asks main to prepare the change and show it; moves to the review stage. */
  readonly previewDay2Change: () => Promise<boolean>;
  readonly chooseDay2Folder: () => Promise<void>;
  readonly setDay2Choices: (choices: Partial<Day2State['choices']>) => void;
  readonly writeDay2Bundle: (
    language: BundleLanguage,
    secrets: Day2WriteSecrets,
  ) => Promise<boolean>;
  readonly openDay2Folder: (file?: 'README.md') => Promise<void>;
  /**
   * A renewal started from the inspector: opens the dropped bundle, ticks `pick(bundle)` for
   * renewal, shows the banner and the day-2 page. False when the files are not one bundle.
   */
  readonly renewFromInspection: (
    files: readonly InspectFilePayload[],
    plan: (bundle: Day2Bundle) => { ids: readonly string[]; banner: RenewalBanner },
  ) => Promise<boolean>;
  /**
   * A renewal of loose certificates started from the inspector: main takes the plan rebuilt from
   * them, their CA certificate and the old certificates; the dropped CA key (if any) is filled
   * into the unlock form. False when main refuses (the wizard then takes over).
   */
  readonly renewRebuiltFromInspection: (
    plan: PlanInput,
    found: LooseRenewal,
    caKeyFile?: FilePayload,
  ) => Promise<boolean>;
  readonly dismissDay2Banner: () => void;
  readonly resetDay2: () => void;
}

/** Initial day-2 state. */
export const initialDay2State: Day2State = {
  stage: 'open',
  opening: false,
  uploadHint: false,
  ca: { status: 'locked' },
  form: INITIAL_FORM,
  previewing: false,
  choices: { zip: false },
  writing: 'idle',
};

/** Creates the day-2 slice. */
export const createDay2Slice: StateCreator<AppState, [], [], Day2Slice> = (set, get) => {
  const patch = (p: Partial<Day2State>) => set((s) => ({ day2: { ...s.day2, ...p } }));
  // A new or changed change starts its export afresh: the last folder is no longer empty.
  const afterChange = {
    folder: undefined,
    preview: undefined,
    previewError: undefined,
    result: undefined,
    writeError: undefined,
    writing: 'idle',
    opened: undefined,
  } as const;
  return {
    day2: initialDay2State,

    openDay2Bundle: async (files) => {
      patch({ opening: true, openError: undefined, uploadHint: false });
      const r = await api.day2OpenBundle(files ? { files: [...files] } : undefined);
      if (!r.ok) {
        patch({ opening: false, openError: r.error });
        return false;
      }
      if (r.value.status === 'upload-needed') {
        patch({ opening: false, uploadHint: true });
        return false;
      }
      if (r.value.status === 'cancelled') {
        patch({ opening: false });
        return false;
      }
      const { bundleId, bundle } = r.value;
      set({
        day2: {
          ...initialDay2State,
          stage: 'change',
          bundleId,
          bundle,
          ca: { status: bundle.caKey === 'plain' ? 'unlocked' : 'locked' },
          form: { ...INITIAL_FORM, remove: bundle.plan.cluster.members.at(-1)?.name },
        },
      });
      return true;
    },

    setDay2Stage: (stage) => patch({ stage }),

    setDay2Form: (form) => patch({ form: { ...get().day2.form, ...form }, ...afterChange }),

    unlockDay2Ca: async (passphrase, keyFile) => {
      const { bundleId } = get().day2;
      if (!bundleId) return false;
      patch({ ca: { status: 'unlocking' } });
      const r = await api.day2UnlockCa({
        bundleId,
        ...(passphrase !== '' ? { passphrase } : {}),
        ...(keyFile ? { keyFile } : {}),
      });
      if (!r.ok) {
        patch({ ca: { status: 'locked', error: r.error } });
        return false;
      }
      patch({ ca: { status: 'unlocked', key: r.value.key } });
      return true;
    },

    previewDay2Change: async () => {
      const { bundleId, form } = get().day2;
      const change = changeOf(form);
      if (!bundleId || !change) return false;
      patch({ previewing: true, ...afterChange });
      const r = await api.day2PlanChange({ bundleId, change });
      if (!r.ok) {
        patch({ previewing: false, previewError: r.error });
        return false;
      }
      patch({ previewing: false, preview: r.value, stage: 'review' });
      return true;
    },

    chooseDay2Folder: async () => {
      const r = await api.exportChooseFolder();
      if (!r.ok) return patch({ writing: 'error', writeError: r.error });
      if (r.value.status === 'cancelled') return;
      const { folderId, displayPath } = r.value;
      patch({ folder: { folderId, displayPath }, writing: 'idle', writeError: undefined });
    },

    setDay2Choices: (choices) => patch({ choices: { ...get().day2.choices, ...choices } }),

    writeDay2Bundle: async (language, secrets) => {
      const { preview, folder, choices } = get().day2;
      if (!preview || !folder) return false;
      patch({ writing: 'writing', writeError: undefined, opened: undefined });
      const r = await api.day2Apply({
        changeId: preview.changeId,
        folderId: folder.folderId,
        options: {
          zip: choices.zip,
          language,
          ...(secrets.pkcs12Password ? { pkcs12Password: secrets.pkcs12Password } : {}),
          ...(secrets.newCaPassphrase ? { newCaPassphrase: secrets.newCaPassphrase } : {}),
          ...(secrets.caKey ? { caKey: secrets.caKey } : {}),
          ...(secrets.caPassphrase ? { caPassphrase: secrets.caPassphrase } : {}),
        },
      });
      if (!r.ok) {
        patch({ writing: 'error', writeError: r.error });
        return false;
      }
      patch({ writing: 'done', result: r.value });
      return true;
    },

    openDay2Folder: async (file) => {
      const folder = get().day2.folder;
      if (!folder) return;
      const r = await api.exportOpenFolder({
        folderId: folder.folderId,
        ...(file ? { file } : {}),
      });
      if (r.ok) patch({ opened: r.value });
      else patch({ writeError: r.error });
    },

    renewFromInspection: async (files, plan) => {
      const opened = await get().openDay2Bundle(files);
      const bundle = get().day2.bundle;
      if (!opened || !bundle) return false;
      const { ids, banner } = plan(bundle);
      patch({
        form: {
          ...get().day2.form,
          action: 'renew',
          renew: { mode: 'chosen', withinDays: 30, ids },
        },
        banner,
      });
      get().setPage('day2');
      return true;
    },

    renewRebuiltFromInspection: async (plan, found, caKeyFile) => {
      const r = await api.day2OpenRenewal({
        plan,
        caCertPem: found.caCertPem,
        previous: [...found.previous],
      });
      if (!r.ok) return false;
      const { bundleId, bundle } = r.value;
      set({
        day2: {
          ...initialDay2State,
          stage: 'change',
          bundleId,
          bundle,
          form: { ...INITIAL_FORM, renew: { ...INITIAL_FORM.renew, mode: 'all' } },
          banner: found.banner,
          ...(caKeyFile ? { caKeyFile } : {}),
        },
      });
      get().setPage('day2');
      return true;
    },

    dismissDay2Banner: () => patch({ banner: undefined }),

    resetDay2: () => set({ day2: initialDay2State }),
  };
};
