/** The inspector slice: dropped files and what they hold. Owned by the inspector page. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** State of the inspector slice. */
export interface InspectorState {
  readonly status: 'idle' | 'reading' | 'done';
}

/** The inspector slice. */
export interface InspectorSlice {
  readonly inspector: InspectorState;
  readonly resetInspector: () => void;
}

/** Creates the inspector slice. */
export const createInspectorSlice: StateCreator<AppState, [], [], InspectorSlice> = (set) => ({
  inspector: { status: 'idle' },
  resetInspector: () => set({ inspector: { status: 'idle' } }),
});
