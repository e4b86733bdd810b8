/**
 * The plan slice: the plan draft being edited (the same shape as the plan file, defaults not yet
 * applied), and opening and saving plan files. Owned by the wizard's setup steps; persisted
 * (never anything secret).
 */
import type { StateCreator } from 'zustand';
import type { PlanIssue } from '../../../shared/plan/plan';
import type { PlanInput } from '../../../shared/plan/schema';
import type { AppError } from '../../../shared/result';
import { api } from '../api';
import type { AppState } from './index';

/**
 * A new user's starting draft: the defaults most clusters want (ECDSA P-256, etcd 3.5,
 * kube-apiserver and etcdctl as clients) and one empty member row to fill in, rather than three
 * rows that would each need deleting on a one- or five-member cluster.
 */
export const INITIAL_DRAFT: PlanInput = {
  version: 1,
  ca: { commonName: 'etcd-ca', key: 'ecdsa-p256', validityDays: 3650 },
  leaf: { key: 'ecdsa-p256', validityDays: 365 },
  etcd: { version: '3.5', clusterToken: 'etcd-cluster' },
  cluster: {
    clientPort: 2379,
    peerPort: 2380,
    loopbackSans: true,
    extraSans: [],
    members: [{ name: 'etcd0', addresses: [] }],
  },
  clients: ['kube-apiserver', 'etcdctl'],
};

/** What the last open or save did, shown next to the plan file buttons. */
export type PlanFileNotice =
  | { readonly kind: 'opened'; readonly name: string; readonly issues: readonly PlanIssue[] }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'error'; readonly error: AppError };

/** State of the plan slice. */
export interface PlanState {
  readonly draft: PlanInput;
  /** File name the plan was opened from or saved to, if any. */
  readonly fileName?: string;
  readonly notice?: PlanFileNotice;
}

/** Outcome of an open request, so the caller knows whether to ask for an upload. */
export type OpenPlanOutcome = 'opened' | 'cancelled' | 'upload-needed' | 'error';

/** The plan slice. */
export interface PlanSlice {
  readonly plan: PlanState;
  /** Changes the draft through a pure updater. */
  readonly setDraft: (update: (draft: PlanInput) => PlanInput) => void;
  /** Replaces the draft (open plan, renewal from the inspector). */
  readonly replacePlan: (draft: PlanInput, fileName?: string) => void;
  /**
   * Opens a plan: through the host's dialog without `file`, or from text the renderer read
   * (browser upload). An opened plan is loaded even with issues; they show at their fields.
   */
  readonly openPlan: (file?: { name: string; text: string }) => Promise<OpenPlanOutcome>;
  /** Saves the draft: the host's save dialog, or a download in the browser host. */
  readonly savePlan: () => Promise<void>;
  readonly dismissPlanNotice: () => void;
  readonly resetPlan: () => void;
}

/** Hands text to the browser as a file download (the browser host's "save"). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** Creates the plan slice. */
export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => ({
  plan: { draft: INITIAL_DRAFT },
  setDraft: (update) => set((s) => ({ plan: { ...s.plan, draft: update(s.plan.draft) } })),
  replacePlan: (draft, fileName) =>
    set({ plan: fileName === undefined ? { draft } : { draft, fileName } }),
  openPlan: async (file) => {
    const r = await api.planOpen(file ? { file } : undefined);
    if (!r.ok) {
      set((s) => ({ plan: { ...s.plan, notice: { kind: 'error', error: r.error } } }));
      return 'error';
    }
    if (r.value.status !== 'opened') return r.value.status;
    const { name, draft, issues } = r.value;
    set({ plan: { draft, fileName: name, notice: { kind: 'opened', name, issues } } });
    // The wizard moves on from the start step; anything issued for the old plan is stale.
    get().afterPlanOpened();
    return 'opened';
  },
  savePlan: async () => {
    const { draft, fileName } = get().plan;
    const r = await api.planSave({
      plan: draft as Record<string, unknown>,
      ...(fileName && /\.ya?ml$/.test(fileName) ? { fileName: baseName(fileName) } : {}),
    });
    if (!r.ok) {
      set((s) => ({ plan: { ...s.plan, notice: { kind: 'error', error: r.error } } }));
      return;
    }
    const v = r.value;
    if (v.status === 'cancelled') return;
    const name = v.status === 'download' ? v.name : baseName(v.path);
    if (v.status === 'download') download(v.name, v.text);
    set((s) => ({ plan: { ...s.plan, fileName: name, notice: { kind: 'saved', name } } }));
  },
  dismissPlanNotice: () => set((s) => ({ plan: { ...s.plan, notice: undefined } })),
  resetPlan: () => set({ plan: { draft: INITIAL_DRAFT } }),
});
