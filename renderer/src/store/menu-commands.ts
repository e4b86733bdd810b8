/**
 * Application-menu commands (Electron's Open Plan, Save Plan, Inspect Files). The shell switches
 * to the right page; the page that owns the action registers a handler with onMenuCommand.
 */
import type { MenuCommand } from '../../../shared/ipc/channels-app';
import { api } from '../api';
import { useAppStore } from './index';
import type { Page } from './ui-slice';

const handlers = new Map<MenuCommand, Set<() => void>>();
const PAGE_OF: Record<MenuCommand, Page> = {
  'open-plan': 'wizard',
  'save-plan': 'wizard',
  'inspect-files': 'inspector',
};

/** Registers what a command does (call from a page's effect); returns the unregister function. */
export function onMenuCommand(command: MenuCommand, handler: () => void): () => void {
  const set = handlers.get(command) ?? new Set();
  handlers.set(command, set);
  set.add(handler);
  return () => set.delete(handler);
}

/** Runs a command as if it came from the menu (also used by in-app buttons and tests). */
export function runMenuCommand(command: MenuCommand): void {
  useAppStore.getState().setPage(PAGE_OF[command]);
  // Let the page mount and register before its handler runs.
  setTimeout(() => handlers.get(command)?.forEach((h) => h()), 0);
}

/** Subscribes to the host's menu events once, at startup. */
export function startMenuCommands(): () => void {
  return api.onAppMenu(({ command }) => runMenuCommand(command));
}
