/**
 * The issue slice: issuing the planned certificates and what came back (summaries and the id of
 * main's session that holds the keys), progress while keys are generated, the previews of the
 * generated files, and one-click fixes that change the draft and issue again. Owned by the
 * review step; never persisted (the session dies with main).
 */
import type { StateCreator } from 'zustand';
import type { PreviewFilesResult } from '../../../shared/ipc/channels-export';
import type { IssueResult, PkiProgress } from '../../../shared/ipc/channels-pki';
import type { PlanInput } from '../../../shared/plan/schema';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { BundleLanguage } from './export-slice';
import type { AppState } from './index';

/** The previews of the generated text files. */
export interface PreviewState {
  readonly status: 'idle' | 'loading' | 'done' | 'error';
  readonly result?: PreviewFilesResult;
  readonly error?: AppError;
}

/** State of the issue slice. */
export interface IssueState {
  readonly status: 'idle' | 'running' | 'done' | 'error';
  readonly progress?: PkiProgress;
  readonly result?: IssueResult;
  readonly error?: AppError;
  /** Which draft and CA the result (or the running issuance) belongs to; see issueKey. */
  readonly key?: string;
  readonly preview: PreviewState;
}

/** The issue slice. */
export interface IssueSlice {
  readonly issue: IssueState;
  /** Issues the current draft (with the imported CA when the CA step imported one). */
  readonly issueCertificates: () => Promise<boolean>;
  /** Applies a one-click fix to the draft, then issues again. */
  readonly applyFix: (update: (draft: PlanInput) => PlanInput) => Promise<boolean>;
  /**
   * Loads the generated files: the real ones after issuance, placeholders before; in `language`
   * (the bundle's language as the export step will write it), else the plan's.
   */
  readonly loadPreview: (language?: BundleLanguage) => Promise<void>;
  readonly resetIssue: () => void;
}

/** Identifies what an issuance is for: a changed draft or CA makes the result stale. */
export function issueKey(s: Pick<AppState, 'plan' | 'wizard'>): string {
  const ca = s.wizard.caMode === 'import' ? (s.wizard.caImport?.importId ?? 'missing') : 'new';
  return JSON.stringify([s.plan.draft, ca]);
}

/** True when the slice holds certificates issued for the current draft and CA. */
export const isIssuedFresh = (s: AppState): boolean =>
  s.issue.status === 'done' && s.issue.key === issueKey(s);

const initialIssue: IssueState = { status: 'idle', preview: { status: 'idle' } };

/** Creates the issue slice. */
export const createIssueSlice: StateCreator<AppState, [], [], IssueSlice> = (set, get) => {
  let previewCall = 0;
  const patch = (p: Partial<IssueState>) => set((s) => ({ issue: { ...s.issue, ...p } }));
  return {
    issue: initialIssue,

    issueCertificates: async () => {
      const s = get();
      const key = issueKey(s);
      const caImportId = s.wizard.caMode === 'import' ? s.wizard.caImport?.importId : undefined;
      patch({ status: 'running', key, progress: undefined, error: undefined, result: undefined });
      // Progress events belong to whichever issuance is running; only one runs at a time.
      const off = api.onPkiProgress((progress) => {
        if (get().issue.key === key && get().issue.status === 'running') patch({ progress });
      });
      try {
        const r = await api.pkiIssue({
          plan: s.plan.draft as never,
          ...(caImportId ? { caImportId } : {}),
        });
        // A newer issuance (the user changed something meanwhile) owns the slice now.
        if (get().issue.key !== key) return false;
        if (!r.ok) {
          patch({ status: 'error', error: r.error });
          return false;
        }
        patch({ status: 'done', result: r.value, progress: undefined });
        // Anything written before belongs to other certificates (the previews reload on the
        // new session id, see FilePreviews).
        get().resetExport();
        return true;
      } finally {
        off();
      }
    },

    applyFix: async (update) => {
      get().setDraft(update);
      return get().issueCertificates();
    },

    loadPreview: async (language) => {
      const call = ++previewCall;
      const s = get();
      const fresh = isIssuedFresh(s) ? s.issue.result?.sessionId : undefined;
      const key = issueKey(s);
      patch({ preview: { ...s.issue.preview, status: 'loading' } });
      const r = await api.exportPreviewFiles({
        ...(fresh ? { sessionId: fresh } : { plan: s.plan.draft as never }),
        ...(language ? { language } : {}),
      });
      // A newer request (another draft or language) answers for itself.
      if (issueKey(get()) !== key || call !== previewCall) return;
      patch({
        preview: r.ok ? { status: 'done', result: r.value } : { status: 'error', error: r.error },
      });
    },

    resetIssue: () => set({ issue: initialIssue }),
  };
};
