/**
 * The app:// scheme that serves the renderer build, instead of file:// (Electron security
 * checklist 18: "Avoid usage of the file:// protocol"). Each page load gets a fresh CSP nonce.
 */
import { protocol } from 'electron';
import { buildCsp, newNonce, readRendererFile } from '../web-host/static-files';

/** Scheme and host of the app's own pages; IPC senders must come from here. */
export const APP_ORIGIN = 'app://bundle';

/**
 * Must run before `ready`: makes app:// a standard, secure origin so 'self' and fetch work.
 * `codeCache`: Chromium keeps V8's compiled code for http(s) scripts only, unless a standard
 * custom scheme asks for it (Electron's protocol docs). The renderer's scripts are the same
 * files from one start to the next (their names carry a content hash), so once Chromium has
 * cached them (it decides when, after a script has been run) the first screen's scripts (about
 * 670 KB) need not be compiled again. Not measured: Electron does not run on our test machines.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves dist/renderer under app://bundle/; other hosts and missing files are 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const nonce = newNonce();
    const file =
      url.host === 'bundle' ? await readRendererFile(rendererDir, url.pathname, nonce) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': buildCsp(nonce),
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
