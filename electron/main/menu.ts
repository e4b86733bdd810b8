/**
 * The application menu: the usual roles plus Open Plan, Save Plan and Inspect Files, which are
 * forwarded to the renderer as `app:menu` events (the renderer owns those flows).
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels-app';
import type { PayloadOf } from '../../shared/ipc/contract';

/** Builds and installs the menu. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () => {
    const payload: PayloadOf<'app:menu'> = { command };
    getWindow()?.webContents.send('app:menu', payload);
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Plan…', accelerator: 'CmdOrCtrl+O', click: send('open-plan') },
        { label: 'Save Plan…', accelerator: 'CmdOrCtrl+S', click: send('save-plan') },
        { type: 'separator' },
        { label: 'Inspect Files…', accelerator: 'CmdOrCtrl+I', click: send('inspect-files') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
