/**
 * The export slice: the chosen folder, the bundle options and the written bundle. Owned by the
 * export step. Passphrases are never kept here: the step passes them to writeBundle, which hands
 * them to main and forgets them; nothing of this slice is persisted.
 */
import type { StateCreator } from 'zustand';
import type { OpenFolderResult, WriteBundleResult } from '../../../shared/ipc/channels-export';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { AppState } from './index';

/** Languages a bundle's README and comments can be written in. */
export type BundleLanguage = 'en' | 'zh-CN';

/** What to write besides certificates and leaf keys (no secrets). */
export interface ExportChoices {
  readonly zip: boolean;
  /** Encrypted by default: without the CA key no certificate can be renewed or added later. */
  readonly caKey: 'none' | 'encrypted' | 'plain';
  /** Also write a PKCS#12 (.p12) file for each client (its password is never stored). */
  readonly pkcs12: boolean;
  /** The bundle's language; follows the window's language until the user picks one. */
  readonly language?: BundleLanguage;
}

/** Passwords typed on the export step, handed to main once and forgotten. */
export interface ExportSecrets {
  readonly passphrase?: string;
  readonly pkcs12Password?: string;
}

/** State of the export slice (never a passphrase). */
export interface ExportState {
  readonly status: 'idle' | 'writing' | 'done' | 'error';
  readonly folder?: { readonly folderId: string; readonly displayPath: string };
  readonly choices: ExportChoices;
  readonly result?: WriteBundleResult;
  readonly error?: AppError;
  readonly opened?: OpenFolderResult;
}

/** The export slice. */
export interface ExportSlice {
  readonly exporting: ExportState;
  /** Asks the host for a destination folder (a dialog, or a fresh folder in the browser host). */
  readonly chooseExportFolder: () => Promise<void>;
  readonly setExportChoices: (choices: Partial<ExportChoices>) => void;
  /**
   * Writes the bundle of the issued session in `language`; `secrets.passphrase` encrypts the CA
   * key, `secrets.pkcs12Password` the clients' .p12 files, when asked. Neither is kept.
   */
  readonly writeBundle: (language: BundleLanguage, secrets?: ExportSecrets) => Promise<boolean>;
  /** Opens the written folder or its README (Electron), or reveals the path (browser host). */
  readonly openExportFolder: (file?: 'README.md') => Promise<void>;
  readonly resetExport: () => void;
}

const initialExport: ExportState = {
  status: 'idle',
  choices: { zip: false, caKey: 'encrypted', pkcs12: false },
};

/** Creates the export slice. */
export const createExportSlice: StateCreator<AppState, [], [], ExportSlice> = (set, get) => {
  const patch = (p: Partial<ExportState>) => set((s) => ({ exporting: { ...s.exporting, ...p } }));
  return {
    exporting: initialExport,

    chooseExportFolder: async () => {
      const r = await api.exportChooseFolder();
      if (!r.ok) return patch({ status: 'error', error: r.error });
      if (r.value.status === 'cancelled') return;
      const { folderId, displayPath } = r.value;
      patch({
        folder: { folderId, displayPath },
        status: 'idle',
        error: undefined,
        result: undefined,
      });
    },

    setExportChoices: (choices) =>
      set((s) => ({
        exporting: { ...s.exporting, choices: { ...s.exporting.choices, ...choices } },
      })),

    writeBundle: async (language, { passphrase, pkcs12Password } = {}) => {
      const { exporting, issue } = get();
      const sessionId = issue.result?.sessionId;
      if (!exporting.folder || !sessionId) return false;
      patch({ status: 'writing', error: undefined, opened: undefined });
      const { caKey, zip, pkcs12 } = exporting.choices;
      const r = await api.exportWriteBundle({
        sessionId,
        folderId: exporting.folder.folderId,
        options: {
          zip,
          caKey,
          language,
          ...(caKey === 'encrypted' && passphrase !== undefined ? { passphrase } : {}),
          // Always its own password: main would otherwise reuse the CA key's passphrase.
          ...(pkcs12 && pkcs12Password !== undefined ? { pkcs12: true, pkcs12Password } : {}),
        },
      });
      if (!r.ok) {
        patch({ status: 'error', error: r.error });
        return false;
      }
      patch({ status: 'done', result: r.value });
      return true;
    },

    openExportFolder: async (file) => {
      const folder = get().exporting.folder;
      if (!folder) return;
      const r = await api.exportOpenFolder({
        folderId: folder.folderId,
        ...(file ? { file } : {}),
      });
      if (r.ok) patch({ opened: r.value });
      else patch({ error: r.error });
    },

    resetExport: () => set({ exporting: initialExport }),
  };
};
