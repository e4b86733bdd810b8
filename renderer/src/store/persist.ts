/**
 * What survives a restart: non-secret inputs only (language, theme, the plan draft, its file
 * name, the wizard step and CA mode). Never the imported CA's id or anything key-like.
 * Versioned with a migration so that old saves never break the app.
 */
import type { PersistOptions } from 'zustand/middleware';
import type { PlanInput } from '../../../shared/plan/schema';
import { LANGUAGES, type LanguagePref } from '../i18n';
import type { AppState } from './index';
import { INITIAL_DRAFT } from './plan-slice';
import type { ThemePref } from './ui-slice';
import { WIZARD_STEPS, type CaMode, type WizardStep } from './wizard-slice';

/** The persisted shape, version 2. Add slices' persisted parts here (never key material). */
export interface PersistedV2 {
  readonly ui: { readonly language: LanguagePref; readonly theme: ThemePref };
  readonly plan: { readonly draft: PlanInput; readonly fileName?: string };
  readonly wizard: { readonly step: WizardStep; readonly caMode: CaMode };
}

/** Current persisted version; bump it and extend migrate() when PersistedV2 changes. */
export const PERSIST_VERSION = 2;

const isLanguagePref = (v: unknown): v is LanguagePref =>
  v === 'system' || (LANGUAGES as readonly unknown[]).includes(v);
const isThemePref = (v: unknown): v is ThemePref => v === 'system' || v === 'light' || v === 'dark';
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The step to come back to. Issued certificates live in main's memory and die with it, so a
 * restart lands on review at the latest; an imported CA dies too, so import mode returns to the
 * CA step to import it again.
 */
export function resumeStep(step: unknown, caMode: CaMode): WizardStep {
  const s: WizardStep = (WIZARD_STEPS as readonly unknown[]).includes(step)
    ? (step as WizardStep)
    : 'start';
  const at = Math.min(WIZARD_STEPS.indexOf(s), WIZARD_STEPS.indexOf('review'));
  const cap = caMode === 'import' ? WIZARD_STEPS.indexOf('ca') : at;
  return WIZARD_STEPS[Math.min(at, cap)]!;
}

/**
 * Turns whatever was stored (any version, possibly hand-edited or corrupt) into PersistedV2;
 * unknown values fall back to defaults instead of breaking the app. Version 1 stored only `ui`.
 * A draft is kept as long as it is a version-1 plan object: the steps show its problems at
 * their fields, exactly as when a plan file with problems is opened.
 */
export function migrate(stored: unknown, _version: number): PersistedV2 {
  const root = isObject(stored) ? stored : {};
  const ui = isObject(root.ui) ? root.ui : {};
  const plan = isObject(root.plan) ? root.plan : {};
  const wizard = isObject(root.wizard) ? root.wizard : {};
  const draft =
    isObject(plan.draft) && plan.draft.version === 1 && isObject(plan.draft.cluster)
      ? (plan.draft as unknown as PlanInput)
      : INITIAL_DRAFT;
  const caMode: CaMode = wizard.caMode === 'import' ? 'import' : 'create';
  return {
    ui: {
      language: isLanguagePref(ui.language) ? ui.language : 'system',
      theme: isThemePref(ui.theme) ? ui.theme : 'system',
    },
    plan: typeof plan.fileName === 'string' ? { draft, fileName: plan.fileName } : { draft },
    wizard: { step: resumeStep(wizard.step, caMode), caMode },
  };
}

/** Options for zustand's persist middleware. */
export const persistOptions: PersistOptions<AppState, PersistedV2> = {
  name: 'etcd-tls-wizard',
  version: PERSIST_VERSION,
  partialize: (s) => ({
    ui: { language: s.ui.language, theme: s.ui.theme },
    plan:
      s.plan.fileName === undefined
        ? { draft: s.plan.draft }
        : { draft: s.plan.draft, fileName: s.plan.fileName },
    wizard: { step: s.wizard.step, caMode: s.wizard.caMode },
  }),
  migrate: (stored, version) => migrate(stored, version) as unknown as AppState,
  // Merge per slice, so persisted parts do not wipe the slices' non-persisted fields.
  merge: (persisted, current) => {
    const p = migrate(persisted, PERSIST_VERSION);
    return {
      ...current,
      ui: { ...current.ui, ...p.ui },
      plan: { ...current.plan, ...p.plan },
      wizard: { ...current.wizard, ...p.wizard },
    };
  },
};
