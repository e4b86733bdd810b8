/** The issue slice: issuing the planned certificates and what came back. Owned by the review step. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** State of the issue slice. */
export interface IssueState {
  readonly status: 'idle' | 'running' | 'done' | 'error';
}

/** The issue slice. */
export interface IssueSlice {
  readonly issue: IssueState;
  readonly resetIssue: () => void;
}

/** Creates the issue slice. */
export const createIssueSlice: StateCreator<AppState, [], [], IssueSlice> = (set) => ({
  issue: { status: 'idle' },
  resetIssue: () => set({ issue: { status: 'idle' } }),
});
