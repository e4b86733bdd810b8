/** The ui slice: which page is shown, language and theme preferences, the app-level error. */
import type { StateCreator } from 'zustand';
import type { AppInfo } from '../../../shared/ipc/channels-app';
import { api } from '../api';
import type { LanguagePref } from '../i18n';
import type { AppState } from './index';

/** Top-level pages. */
export type Page = 'wizard' | 'inspector' | 'day2';
/** Theme preference; "system" follows prefers-color-scheme. */
export type ThemePref = 'system' | 'light' | 'dark';

/** A bug caught by the error boundary or the window handlers, shown in one dialog. */
export interface AppErrorInfo {
  readonly message: string;
  readonly stack?: string;
}

/** State of the ui slice. */
export interface UiState {
  readonly page: Page;
  readonly language: LanguagePref;
  readonly theme: ThemePref;
  readonly appError: AppErrorInfo | null;
  /** Facts about the host (version, Electron or browser), once loaded. */
  readonly host: AppInfo | null;
}

/** The ui slice: state under `ui`, actions beside it. */
export interface UiSlice {
  readonly ui: UiState;
  readonly setPage: (page: Page) => void;
  readonly setLanguage: (language: LanguagePref) => void;
  readonly setTheme: (theme: ThemePref) => void;
  readonly showAppError: (error: AppErrorInfo) => void;
  readonly dismissAppError: () => void;
  readonly loadHostInfo: () => Promise<void>;
  readonly resetUi: () => void;
}

/** Initial ui state (also what reset returns to). */
export const initialUiState: UiState = {
  page: 'wizard',
  language: 'system',
  theme: 'system',
  appError: null,
  host: null,
};

/** Creates the ui slice. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => {
  const patch = (p: Partial<UiState>) => set((s) => ({ ui: { ...s.ui, ...p } }));
  return {
    ui: initialUiState,
    setPage: (page) => patch({ page }),
    setLanguage: (language) => patch({ language }),
    setTheme: (theme) => patch({ theme }),
    // The first error is kept: later ones are usually consequences of it.
    showAppError: (error) => set((s) => (s.ui.appError ? s : { ui: { ...s.ui, appError: error } })),
    dismissAppError: () => patch({ appError: null }),
    loadHostInfo: async () => {
      const r = await api.appGetInfo();
      if (r.ok) patch({ host: r.value });
    },
    resetUi: () => set({ ui: initialUiState }),
  };
};
