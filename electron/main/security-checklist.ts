/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item
 * by item, mapped to the exact code that meets it. security-checklist.test.ts reads each file as
 * text and fails when a listed line is gone or a forbidden one appears, and renders this table
 * to docs/security-checklist.md. Plain data: nothing here imports 'electron'.
 */

/** A line that must stay in a file, verbatim. */
export interface ChecklistLine {
  /** Path from the repository root. */
  readonly file: string;
  readonly snippet: string;
}

/** Text that must appear in no source file under the given folders. */
export interface ChecklistAbsence {
  readonly folders: readonly string[];
  readonly text: string;
}

/** One checklist item and its evidence. */
export interface ChecklistEntry {
  readonly item: number;
  /** The item's title as Electron's checklist words it. */
  readonly title: string;
  /** How this app meets it, in one or two sentences. */
  readonly how: string;
  readonly lines: readonly ChecklistLine[];
  readonly absent?: readonly ChecklistAbsence[];
}

const MAIN = 'electron/main';
const SOURCES = ['electron', 'renderer'];
const WINDOW = `${MAIN}/window.ts`;
const SECURITY = `${MAIN}/security.ts`;
const PROTOCOL = `${MAIN}/protocol.ts`;

/** The whole checklist, in Electron's order. */
export const SECURITY_CHECKLIST: readonly ChecklistEntry[] = [
  {
    item: 1,
    title: 'Only load secure content',
    how: 'Nothing remote is ever loaded: the session cancels every request that is not app:, devtools:, data: or blob:.',
    lines: [
      {
        file: SECURITY,
        snippet:
          "const local = ['app:', 'devtools:', 'data:', 'blob:'].includes(new URL(details.url).protocol);",
      },
      { file: SECURITY, snippet: 'callback({ cancel: !local });' },
    ],
  },
  {
    item: 2,
    title: 'Do not enable Node.js integration for remote content',
    how: 'The only window, its workers and its subframes run without Node.js.',
    lines: [
      { file: WINDOW, snippet: 'nodeIntegration: false,' },
      { file: WINDOW, snippet: 'nodeIntegrationInWorker: false,' },
      { file: WINDOW, snippet: 'nodeIntegrationInSubFrames: false,' },
    ],
    absent: [{ folders: SOURCES, text: 'nodeIntegration: true' }],
  },
  {
    item: 3,
    title: 'Enable Context Isolation',
    how: "The preload runs in its own JavaScript world; the page cannot reach the preload's globals.",
    lines: [{ file: WINDOW, snippet: 'contextIsolation: true,' }],
    absent: [{ folders: SOURCES, text: 'contextIsolation: false' }],
  },
  {
    item: 4,
    title: 'Enable process sandboxing',
    how: 'Sandboxing is switched on for every renderer before the app is ready, and again on the window.',
    lines: [
      { file: `${MAIN}/index.ts`, snippet: 'app.enableSandbox();' },
      { file: WINDOW, snippet: 'sandbox: true,' },
    ],
    absent: [{ folders: SOURCES, text: 'sandbox: false' }],
  },
  {
    item: 5,
    title: 'Handle session permission requests from remote content',
    how: 'The app needs no permission, so every request and every check is refused.',
    lines: [
      {
        file: SECURITY,
        snippet:
          'ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));',
      },
      { file: SECURITY, snippet: 'ses.setPermissionCheckHandler(() => false);' },
      { file: `${MAIN}/index.ts`, snippet: 'hardenSession();' },
    ],
  },
  {
    item: 6,
    title: 'Do not disable webSecurity',
    how: 'webSecurity is set to true explicitly.',
    lines: [{ file: WINDOW, snippet: 'webSecurity: true,' }],
    absent: [{ folders: SOURCES, text: 'webSecurity: false' }],
  },
  {
    item: 7,
    title: 'Define a Content Security Policy',
    how: "Every app:// response carries a strict policy (default-src 'none', script-src 'self', a per-load style nonce); any other response gets it too.",
    lines: [
      { file: 'electron/web-host/static-files.ts', snippet: `"default-src 'none'",` },
      { file: 'electron/web-host/static-files.ts', snippet: `"script-src 'self'",` },
      { file: PROTOCOL, snippet: "'Content-Security-Policy': buildCsp(nonce)," },
      {
        file: SECURITY,
        snippet: "if (!has) headers['Content-Security-Policy'] = [buildCsp(undefined)];",
      },
    ],
  },
  {
    item: 8,
    title: 'Do not enable allowRunningInsecureContent',
    how: 'allowRunningInsecureContent is set to false explicitly.',
    lines: [{ file: WINDOW, snippet: 'allowRunningInsecureContent: false,' }],
    absent: [{ folders: SOURCES, text: 'allowRunningInsecureContent: true' }],
  },
  {
    item: 9,
    title: 'Do not enable experimental features',
    how: 'experimentalFeatures is set to false explicitly.',
    lines: [{ file: WINDOW, snippet: 'experimentalFeatures: false,' }],
    absent: [{ folders: SOURCES, text: 'experimentalFeatures: true' }],
  },
  {
    item: 10,
    title: 'Do not use enableBlinkFeatures',
    how: 'No Blink feature is enabled anywhere.',
    lines: [],
    absent: [{ folders: SOURCES, text: 'enableBlinkFeatures' }],
  },
  {
    item: 11,
    title: 'Do not use allowpopups for WebViews',
    how: 'The <webview> tag is disabled, and nothing sets allowpopups.',
    lines: [{ file: WINDOW, snippet: 'webviewTag: false,' }],
    absent: [{ folders: SOURCES, text: 'allowpopups' }],
  },
  {
    item: 12,
    title: 'Verify WebView options before creation',
    how: 'There are no webviews: every attach attempt, in any webContents, is prevented.',
    lines: [
      {
        file: SECURITY,
        snippet: "contents.on('will-attach-webview', (event) => event.preventDefault());",
      },
    ],
  },
  {
    item: 13,
    title: 'Disable or limit navigation',
    how: 'The app is one page: navigation away from app://bundle/ and every redirect are prevented.',
    lines: [
      { file: SECURITY, snippet: 'if (!isOwnUrl(url)) event.preventDefault();' },
      {
        file: SECURITY,
        snippet: "contents.on('will-redirect', (event) => event.preventDefault());",
      },
      {
        file: `${MAIN}/index.ts`,
        snippet: 'hardenAllWebContents((url) => url.startsWith(`${APP_ORIGIN}/`));',
      },
    ],
  },
  {
    item: 14,
    title: 'Disable or limit creation of new windows',
    how: 'Every window.open and target=_blank is denied.',
    lines: [
      { file: SECURITY, snippet: "contents.setWindowOpenHandler(() => ({ action: 'deny' }));" },
    ],
  },
  {
    item: 15,
    title: 'Do not use shell.openExternal with untrusted content',
    how: "shell.openExternal is never called; shell.openPath only opens an export folder that main chose itself, looked up by an id, or that folder's README.md, a name from the contract's fixed list.",
    lines: [
      {
        file: 'electron/export/export-handlers.ts',
        snippet: 'const folder = deps.stores.folders.get(folderId);',
      },
      {
        file: 'electron/export/export-handlers.ts',
        snippet: 'const path = file ? join(folder, file) : folder;',
      },
      { file: `${MAIN}/dialogs.ts`, snippet: 'const why = await shell.openPath(path);' },
    ],
    absent: [{ folders: SOURCES, text: 'openExternal' }],
  },
  {
    item: 16,
    title: 'Use a current version of Electron',
    how: 'Electron 45, a supported major line; a major upgrade changes this line on purpose.',
    lines: [{ file: 'package.json', snippet: '"electron": "^45.4.1",' }],
  },
  {
    item: 17,
    title: 'Validate the sender of all IPC messages',
    how: "Every request channel goes through one wrapper that refuses any sender but the main frame of the app's window showing an app://bundle page.",
    lines: [
      {
        file: `${MAIN}/ipc.ts`,
        snippet:
          'if (!isTrustedSender(event, getWindow())) throw new Error(`${channel}: sender refused`);',
      },
      { file: `${MAIN}/ipc.ts`, snippet: 'frame === window.webContents.mainFrame &&' },
      { file: `${MAIN}/ipc.ts`, snippet: 'new URL(frame.url).origin === APP_ORIGIN' },
    ],
  },
  {
    item: 18,
    title: 'Avoid usage of the file:// protocol and prefer usage of custom protocols',
    how: 'The renderer is served from the privileged app:// scheme; file:// pages get no extra privileges (fuse).',
    lines: [
      { file: PROTOCOL, snippet: "export const APP_ORIGIN = 'app://bundle';" },
      { file: PROTOCOL, snippet: "protocol.handle('app', async (request) => {" },
      { file: WINDOW, snippet: 'void win.loadURL(`${APP_ORIGIN}/index.html`);' },
      { file: 'electron-builder.yml', snippet: 'grantFileProtocolExtraPrivileges: false' },
    ],
    absent: [{ folders: SOURCES, text: 'loadFile(' }],
  },
  {
    item: 19,
    title: 'Check which fuses you can change',
    how: 'electron-builder flips the fuses in the packaged binary before signing (electron/tools/release-config.test.ts checks the result).',
    lines: [
      { file: 'electron-builder.yml', snippet: 'runAsNode: false' },
      { file: 'electron-builder.yml', snippet: 'enableNodeOptionsEnvironmentVariable: false' },
      { file: 'electron-builder.yml', snippet: 'enableNodeCliInspectArguments: false' },
      { file: 'electron-builder.yml', snippet: 'enableEmbeddedAsarIntegrityValidation: true' },
      { file: 'electron-builder.yml', snippet: 'onlyLoadAppFromAsar: true' },
      { file: 'electron-builder.yml', snippet: 'enableCookieEncryption: true' },
    ],
  },
  {
    item: 20,
    title: 'Do not expose Electron APIs to untrusted web content',
    how: 'The preload exposes one named method per contract channel; ipcRenderer and its events never reach the page.',
    lines: [
      {
        file: 'electron/preload/index.ts',
        snippet: "contextBridge.exposeInMainWorld('api', api as WindowApi);",
      },
      {
        file: 'electron/preload/index.ts',
        snippet: 'api[methodName(channel)] = (arg?: unknown) => ipcRenderer.invoke(channel, arg);',
      },
      {
        file: 'electron/preload/index.ts',
        snippet:
          'const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload);',
      },
    ],
  },
];
