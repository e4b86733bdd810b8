/**
 * The only caller of window.api (docs/ARCHITECTURE.md#the-layers): Electron's preload provides it;
 * in the browser host the HTTP transport stands in with the same type. Store actions call `api`,
 * components do not.
 */
import type { WindowApi } from '../../shared/ipc/contract';
import { createWebApi } from './web-transport';

declare global {
  interface Window {
    /** Set by electron/preload in the desktop app; absent in a browser. */
    readonly api?: WindowApi;
  }
}

/** True in the desktop app (native dialogs), false in the browser host (uploads, downloads). */
export const inElectron = window.api !== undefined;

/** The typed API of the host. */
export const api: WindowApi = window.api ?? createWebApi();
