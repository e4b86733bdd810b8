/**
 * Electron main process: one hardened window serving the renderer over app://, the handler table
 * on IPC through the checking wrapper, native dialogs and the application menu.
 */
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';

import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { openedFiles, pathArgs } from './opened-files';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

const PRODUCT_NAME = 'etcd TLS Wizard';
let mainWindow: BrowserWindow | null = null;
const getWindow = () => mainWindow;
// Files opened with the app (file manager, command line) go to the inspector.
const opened = openedFiles();
const inspectOpened = () => getWindow()?.webContents.send('app:menu', { command: 'inspect-files' });
opened.add(pathArgs(process.argv, app.isPackaged ? 1 : 2));
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (opened.add([path]) && mainWindow) inspectOpened();
});

// Checklist 4 "Enable process sandboxing" for every renderer, including any created later.
app.enableSandbox();
registerAppScheme();

// One instance: a second launch focuses the existing window (a second instance would race the
// first on the window-state file and confuse which window owns the session's keys).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (opened.add(pathArgs(argv, app.isPackaged ? 1 : 2))) inspectOpened();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  hardenAllWebContents((url) => url.startsWith(`${APP_ORIGIN}/`));

  void app.whenReady().then(() => {
    hardenSession();
    serveRenderer(join(__dirname, '..', 'renderer'));
    const stores = createStores();
    registerIpc(
      createHandlerTable({
        info: {
          name: PRODUCT_NAME,
          version: app.getVersion(),
          platform: process.platform,
          locale: app.getLocale(),
          isElectron: true,
        },
        dialogs: opened.wrap(electronDialogs(getWindow)),
        services: nodeServices(),
        now: () => new Date(),
        stores,
      }),
      getWindow,
    );
    installMenu(getWindow);
    const open = () => {
      mainWindow = createMainWindow({
        preload: join(__dirname, 'preload.cjs'),
        stateFile: join(app.getPath('userData'), 'window-state.json'),
      });
      mainWindow.webContents.once('did-finish-load', () => {
        if (opened.add([])) inspectOpened();
      });
      // Keys of issued PKIs live only as long as the window that asked for them.
      mainWindow.on('closed', () => {
        mainWindow = null;
        stores.pki.clear();
        stores.cas.clear();
        stores.folders.clear();
        // Opened bundles hold their unlocked CA keys; prepared changes hold new leaf keys.
        stores.day2.clear();
        stores.changes.clear();
      });
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
