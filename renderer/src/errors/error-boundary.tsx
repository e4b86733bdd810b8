/**
 * Catches render errors anywhere below it so the window never goes blank (bugs throw and are caught
 * in one place, docs/error-story.md#bugs): the failure is shown in the app-level dialog and the
 * broken subtree is replaced by a notice.
 */
import { Component, type ReactNode } from 'react';
import { useAppStore } from '../store';

interface Props {
  readonly children: ReactNode;
  /** Shown in place of the children after a crash. */
  readonly fallback: ReactNode;
}

/** The app-level React error boundary. */
export class ErrorBoundary extends Component<Props, { readonly crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    useAppStore.getState().showAppError(toErrorInfo(error));
  }

  override render(): ReactNode {
    return this.state.crashed ? this.props.fallback : this.props.children;
  }
}

/** Normalises anything thrown into a message and stack. */
export function toErrorInfo(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error)
    return error.stack
      ? { message: error.message, stack: error.stack }
      : { message: error.message };
  return { message: String(error) };
}

/** Routes uncaught errors and unhandled rejections to the app-level dialog. */
export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (e) => {
    useAppStore.getState().showAppError(toErrorInfo(e.error ?? e.message));
  });
  window.addEventListener('unhandledrejection', (e) => {
    useAppStore.getState().showAppError(toErrorInfo(e.reason));
  });
}
