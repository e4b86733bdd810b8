/**
 * What survives a restart: non-secret preferences only (language, theme; the plan draft once the
 * plan slice exists). Versioned with a migration from day one so old saves never break the app.
 */
import type { PersistOptions } from 'zustand/middleware';
import { LANGUAGES, type LanguagePref } from '../i18n';
import type { AppState } from './index';
import type { ThemePref } from './ui-slice';

/** The persisted shape, version 1. Add slices' persisted parts here (never key material). */
export interface PersistedV1 {
  readonly ui: { readonly language: LanguagePref; readonly theme: ThemePref };
}

/** Current persisted version; bump it and extend migrate() when PersistedV1 changes. */
export const PERSIST_VERSION = 1;

const isLanguagePref = (v: unknown): v is LanguagePref =>
  v === 'system' || (LANGUAGES as readonly unknown[]).includes(v);
const isThemePref = (v: unknown): v is ThemePref => v === 'system' || v === 'light' || v === 'dark';

/**
 * Turns whatever was stored (any version, possibly hand-edited or corrupt) into PersistedV1;
 * unknown values fall back to defaults instead of breaking the app.
 */
export function migrate(stored: unknown, _version: number): PersistedV1 {
  // Version 0 never shipped; every version so far stores { ui: { language, theme } }.
  const ui = (stored as { ui?: Record<string, unknown> } | null)?.ui ?? {};
  return {
    ui: {
      language: isLanguagePref(ui.language) ? ui.language : 'system',
      theme: isThemePref(ui.theme) ? ui.theme : 'system',
    },
  };
}

/** Options for zustand's persist middleware. */
export const persistOptions: PersistOptions<AppState, PersistedV1> = {
  name: 'etcd-tls-wizard',
  version: PERSIST_VERSION,
  partialize: (s) => ({ ui: { language: s.ui.language, theme: s.ui.theme } }),
  migrate: (stored, version) => migrate(stored, version) as unknown as AppState,
  // Merge per slice, so a persisted `ui` does not wipe the non-persisted `ui` fields.
  merge: (persisted, current) => {
    const p = migrate(persisted, PERSIST_VERSION);
    return { ...current, ui: { ...current.ui, ...p.ui } };
  },
};
