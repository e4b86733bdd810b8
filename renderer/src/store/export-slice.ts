/** The export slice: the chosen folder, options and the written bundle. Owned by the export step. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** State of the export slice (never a passphrase once the export has run). */
export interface ExportState {
  readonly status: 'idle' | 'writing' | 'done' | 'error';
}

/** The export slice. */
export interface ExportSlice {
  readonly exporting: ExportState;
  readonly resetExport: () => void;
}

/** Creates the export slice. */
export const createExportSlice: StateCreator<AppState, [], [], ExportSlice> = (set) => ({
  exporting: { status: 'idle' },
  resetExport: () => set({ exporting: { status: 'idle' } }),
});
