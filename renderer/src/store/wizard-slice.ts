/**
 * The wizard slice: which step is shown, how the CA is obtained (created, or imported with its
 * decoded summary and the id main keeps its key under), and which steps tried to move on with
 * problems (their errors then show on every field). Owned by the setup steps.
 */
import type { StateCreator } from 'zustand';
import type { FilePayload } from '../../../shared/ipc/define';
import type { ImportCaResult } from '../../../shared/ipc/channels-pki';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { AppState } from './index';
import { INITIAL_DRAFT } from './plan-slice';
import { startIssueEarly } from './issue-early';

/** Steps in order: start, CA, members, clients, review, export. */
export const WIZARD_STEPS = ['start', 'ca', 'members', 'clients', 'review', 'export'] as const;
/** A wizard step. */
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How the CA comes about: a new one made at issue time, or an existing one the user imports. */
export type CaMode = 'create' | 'import';

/**
 * An imported CA as the renderer knows it: main's id for it (pki:issue takes it as caImportId)
 * and what the certificate and key are. Never key bytes; never persisted (the id dies with main).
 */
export interface CaImport extends ImportCaResult {
  readonly certName: string;
  readonly keyName: string;
}

/** State of the wizard slice. */
export interface WizardState {
  readonly step: WizardStep;
  readonly caMode: CaMode;
  readonly caImport?: CaImport;
  readonly caImportStatus: 'idle' | 'importing' | 'error';
  readonly caImportError?: AppError;
  /** Steps whose Next was pressed while they had problems: show every problem, not just typed ones. */
  readonly attempted: Partial<Record<WizardStep, true>>;
  /** The browser host cannot show an open dialog: the plan upload dialog is open. */
  readonly planUploadOpen: boolean;
}

/** The wizard slice. */
export interface WizardSlice {
  readonly wizard: WizardState;
  readonly goToStep: (step: WizardStep) => void;
  readonly setCaMode: (mode: CaMode) => void;
  /** Sends an existing CA to main (pki:import-ca); keeps the id and summary, or the error. */
  readonly importCa: (input: {
    cert: FilePayload;
    key: FilePayload;
    passphrase?: string;
  }) => Promise<boolean>;
  readonly clearCaImport: () => void;
  /** Records a blocked Next, so the step shows all its problems. */
  readonly markAttempted: (step: WizardStep) => void;
  /** Starts over with the default draft and a CA to create. */
  readonly startNewPlan: () => void;
  /** Called by openPlan: leave the start page, forget what was issued for the old plan. */
  readonly afterPlanOpened: () => void;
  /** Opens a plan through the host, falling back to the upload dialog in a browser. */
  readonly requestOpenPlan: () => Promise<void>;
  readonly setPlanUploadOpen: (open: boolean) => void;
  readonly resetWizard: () => void;
}

/** Initial wizard state (also what reset returns to). */
export const initialWizardState: WizardState = {
  step: 'start',
  caMode: 'create',
  caImportStatus: 'idle',
  attempted: {},
  planUploadOpen: false,
};

/** Creates the wizard slice. */
export const createWizardSlice: StateCreator<AppState, [], [], WizardSlice> = (set, get) => {
  const patch = (p: Partial<WizardState>) => set((s) => ({ wizard: { ...s.wizard, ...p } }));
  return {
    wizard: initialWizardState,
    goToStep: (step) => {
      if (step === 'review' && get().wizard.step !== 'review') startIssueEarly();
      patch({ step });
    },
    setCaMode: (caMode) => patch({ caMode }),
    importCa: async ({ cert, key, passphrase }) => {
      patch({ caImportStatus: 'importing', caImportError: undefined });
      const r = await api.pkiImportCa({
        cert,
        key,
        ...(passphrase ? { passphrase } : {}),
      });
      if (!r.ok) {
        patch({ caImportStatus: 'error', caImportError: r.error, caImport: undefined });
        return false;
      }
      patch({
        caImportStatus: 'idle',
        caImport: { ...r.value, certName: cert.name, keyName: key.name },
      });
      get().resetIssue();
      return true;
    },
    clearCaImport: () =>
      patch({ caImport: undefined, caImportStatus: 'idle', caImportError: undefined }),
    markAttempted: (step) =>
      set((s) => ({ wizard: { ...s.wizard, attempted: { ...s.wizard.attempted, [step]: true } } })),
    startNewPlan: () => {
      get().replacePlan(INITIAL_DRAFT);
      get().resetIssue();
      get().resetExport();
      set({ wizard: { ...initialWizardState, step: 'ca' } });
    },
    afterPlanOpened: () => {
      get().resetIssue();
      get().resetExport();
      set((s) => ({
        wizard: {
          ...s.wizard,
          attempted: {},
          planUploadOpen: false,
          step: s.wizard.step === 'start' ? 'ca' : s.wizard.step,
        },
      }));
    },
    requestOpenPlan: async () => {
      const outcome = await get().openPlan();
      if (outcome === 'upload-needed') patch({ planUploadOpen: true });
    },
    setPlanUploadOpen: (planUploadOpen) => patch({ planUploadOpen }),
    resetWizard: () => set({ wizard: initialWizardState }),
  };
};
