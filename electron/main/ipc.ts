/**
 * Registers the handler table on ipcMain through one wrapper. Besides the contract checks of
 * dispatch(), it refuses any sender that is not the app's own window showing the app's own page
 * (Electron security checklist 17: "Validate the sender of all IPC messages").
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { dispatch } from '../rpc/dispatch';
import type { HandlerTable } from '../rpc/types';
import { APP_ORIGIN } from './protocol';

/** True when the message comes from the main frame of our window, showing an app:// page. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    new URL(frame.url).origin === APP_ORIGIN
  );
}

/** Serves every request channel; `getWindow` returns the current main window. */
export function registerIpc(table: HandlerTable, getWindow: () => BrowserWindow | null): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, arg: unknown) => {
      // A throw here rejects the caller's promise; an untrusted caller gets nothing else.
      if (!isTrustedSender(event, getWindow())) throw new Error(`${channel}: sender refused`);
      return dispatch(table, channel, arg, {
        emit: (name, payload) => {
          if (!event.sender.isDestroyed()) event.sender.send(name, payload);
        },
      });
    });
  }
}
