/** The one application window, with its security settings and remembered bounds. */
import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './protocol';
import { isVisibleOn, loadWindowState, saveWindowState } from './window-state';

/** Creates the main window showing app://bundle/index.html. */
export function createMainWindow(opts: { preload: string; stateFile: string }): BrowserWindow {
  const state = loadWindowState(opts.stateFile);
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const position = isVisibleOn(state, displays) ? { x: state.x, y: state.y } : {};
  const win = new BrowserWindow({
    ...position,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'etcd TLS Wizard',
    icon: join(__dirname, '..', '..', 'assets', 'icon.png'),
    webPreferences: {
      preload: opts.preload,
      // Checklist 3 "Enable context isolation": the page cannot reach the preload's globals.
      contextIsolation: true,
      // Checklist 4 "Enable process sandboxing": the renderer runs without Node, OS-sandboxed.
      sandbox: true,
      // Checklist 2 "Do not enable Node.js integration".
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Checklist 6 "Do not disable webSecurity".
      webSecurity: true,
      // Checklist 8 "Do not enable allowRunningInsecureContent".
      allowRunningInsecureContent: false,
      // Checklist 9 "Do not enable experimental features".
      experimentalFeatures: false,
      // Checklist 11/12: no <webview> at all.
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    try {
      saveWindowState(opts.stateFile, { ...b, maximized: win.isMaximized() });
    } catch {
      // Remembering the size is a convenience; failing to is not worth bothering the user.
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
