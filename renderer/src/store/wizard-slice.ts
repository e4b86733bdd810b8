/** The wizard slice: which step is shown and how the CA is obtained. Owned by the setup steps. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** Steps in order: start, CA, members, clients, review, export. */
export const WIZARD_STEPS = ['start', 'ca', 'members', 'clients', 'review', 'export'] as const;
/** A wizard step. */
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** State of the wizard slice. */
export interface WizardState {
  readonly step: WizardStep;
}

/** The wizard slice. */
export interface WizardSlice {
  readonly wizard: WizardState;
  readonly goToStep: (step: WizardStep) => void;
  readonly resetWizard: () => void;
}

/** Creates the wizard slice. */
export const createWizardSlice: StateCreator<AppState, [], [], WizardSlice> = (set) => ({
  wizard: { step: 'start' },
  goToStep: (step) => set((s) => ({ wizard: { ...s.wizard, step } })),
  resetWizard: () => set({ wizard: { step: 'start' } }),
});
