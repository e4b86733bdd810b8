/**
 * The preload: exposes window.api, one named method per request channel and one subscription
 * per event, generated from the contract's channel lists. Nothing raw crosses (no ipcRenderer,
 * no generic invoke): Electron security checklist 20 "Do not expose Electron APIs to untrusted
 * web content". Bundled into one CJS file so it runs in the sandbox.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, REQUEST_CHANNELS, type WindowApi } from '../../shared/ipc/contract';
import { eventMethodName, methodName } from '../../shared/ipc/define';

const api: Record<string, unknown> = {};
for (const channel of REQUEST_CHANNELS) {
  api[methodName(channel)] = (arg?: unknown) => ipcRenderer.invoke(channel, arg);
}
for (const event of EVENT_CHANNELS) {
  api[eventMethodName(event)] = (listener: (payload: unknown) => void) => {
    // Wrap so the page never sees the IpcRendererEvent (it exposes `sender`).
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  };
}

contextBridge.exposeInMainWorld('api', api as WindowApi);
