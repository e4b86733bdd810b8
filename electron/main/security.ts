/**
 * Session- and app-wide hardening. Each control names the Electron security checklist item
 * (https://www.electronjs.org/docs/latest/tutorial/security) it implements.
 */
import { app, session, type WebContents } from 'electron';
import { buildCsp } from '../web-host/static-files';

/** Applies the session-wide controls; call once after `ready`. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  // Checklist 5 "Handle session permission requests": the app needs no camera, mic,
  // notifications or geolocation, so every request and check is refused.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Checklist 7 "Define a Content Security Policy": every response gets the strict policy unless
  // it already carries one (app:// pages carry it with their per-load style nonce).
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    const has = Object.keys(headers).some((k) => k.toLowerCase() === 'content-security-policy');
    if (!has) headers['Content-Security-Policy'] = [buildCsp(undefined)];
    callback({ responseHeaders: headers });
  });
  // Checklist 1 "Only load secure content": nothing remote is ever fetched.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const local = ['app:', 'devtools:', 'data:', 'blob:'].includes(new URL(details.url).protocol);
    callback({ cancel: !local });
  });
}

/** Applies the per-webContents controls to every webContents the app ever creates. */
export function hardenAllWebContents(isOwnUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    // Checklist 13 "Disable or limit navigation": the app is one page; it never navigates.
    contents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    // Checklist 14 "Disable or limit creation of new windows".
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // Checklist 12 "Verify WebView options before creation": there are no webviews at all.
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
