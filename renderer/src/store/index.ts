/**
 * The app store: one zustand store made of slices, one per capability
 * (docs/ARCHITECTURE.md#where-each-capability-lives). Components read through narrow selectors and
 * call actions; only actions call the api module.
 *
 * To add a slice (plan, wizard, issue, export, inspector, day2, probe): write store/<name>-slice.ts with its
 * state under one key, its actions and a `reset<Name>`, add it to AppState and to the creator
 * below, add its reset to resetAllSlices, and persist its non-secret part in persist.ts.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistOptions } from './persist';
import { createDay2Slice, type Day2Slice } from './day2-slice';
import { createExportSlice, type ExportSlice } from './export-slice';
import { createInspectorSlice, type InspectorSlice } from './inspector-slice';
import { createIssueSlice, type IssueSlice } from './issue-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createProbeSlice, type ProbeSlice } from './probe-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createWizardSlice, type WizardSlice } from './wizard-slice';

/** The whole store: the intersection of all slices. */
export type AppState = UiSlice &
  PlanSlice &
  WizardSlice &
  IssueSlice &
  ExportSlice &
  InspectorSlice &
  Day2Slice &
  ProbeSlice;

/** The app's store hook. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createUiSlice(...a),
      ...createPlanSlice(...a),
      ...createWizardSlice(...a),
      ...createIssueSlice(...a),
      ...createExportSlice(...a),
      ...createInspectorSlice(...a),
      ...createDay2Slice(...a),
      ...createProbeSlice(...a),
    }),
    persistOptions,
  ),
);

/** Returns every slice to its initial state (tests; "start over"). */
export function resetAllSlices(): void {
  const s = useAppStore.getState();
  s.resetUi();
  s.resetPlan();
  s.resetWizard();
  s.resetIssue();
  s.resetExport();
  s.resetInspector();
  s.resetDay2();
  s.resetProbe();
}
