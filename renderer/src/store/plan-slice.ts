/**
 * The plan slice: the plan draft being edited (the same shape as the plan file, defaults not yet
 * applied). Owned by the wizard's setup steps; persisted (never anything secret).
 */
import type { StateCreator } from 'zustand';
import type { PlanInput } from '../../../shared/plan/schema';
import type { AppState } from './index';

/** A new user's starting draft. */
export const INITIAL_DRAFT: PlanInput = { version: 1, cluster: { members: [] } };

/** State of the plan slice. */
export interface PlanState {
  readonly draft: PlanInput;
  /** File name the plan was opened from or saved to, if any. */
  readonly fileName?: string;
}

/** The plan slice. */
export interface PlanSlice {
  readonly plan: PlanState;
  /** Changes the draft through a pure updater. */
  readonly setDraft: (update: (draft: PlanInput) => PlanInput) => void;
  /** Replaces the draft (open plan, renewal from the inspector). */
  readonly replacePlan: (draft: PlanInput, fileName?: string) => void;
  readonly resetPlan: () => void;
}

/** Creates the plan slice. */
export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => ({
  plan: { draft: INITIAL_DRAFT },
  setDraft: (update) => set((s) => ({ plan: { ...s.plan, draft: update(s.plan.draft) } })),
  replacePlan: (draft, fileName) =>
    set({ plan: fileName === undefined ? { draft } : { draft, fileName } }),
  resetPlan: () => set({ plan: { draft: INITIAL_DRAFT } }),
});
