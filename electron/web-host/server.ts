/**
 * The browser host: the renderer build and the same handler table as Electron, served over
 * loopback HTTP so the real UI and the real handlers run together in any Chromium (Playwright
 * drives it; users without an Electron binary use it through `npm run web`).
 *
 * Access control, since any local process or web page could otherwise talk to it:
 * - it listens on 127.0.0.1 only;
 * - the Host header must be 127.0.0.1:<port> or localhost:<port> (DNS rebinding);
 * - the per-run token opens a session (sessions.ts): the first page load carries it in the query
 *   and gets an opaque HttpOnly SameSite=Strict cookie for the static files; the page trades the
 *   token once for a tab key, which API calls send in a header (a cross-origin page cannot do
 *   that without a CORS preflight, which we never answer);
 * - events go only to the tab whose request caused them.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventChannel, PayloadOf } from '../../shared/ipc/contract';
import { WEB_TAB_HEADER, WEB_TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import { escapeControls } from '../../shared/text/one-line';
import { dispatch } from '../rpc/dispatch';
import type { HandlerContext, HandlerTable } from '../rpc/types';
import { SessionStore, sameSecret } from './sessions';
import { buildCsp, newNonce, readRendererFile } from './static-files';

const MAX_BODY = 80 * 1024 * 1024;

/** Options of startWebHost. */
export interface WebHostOptions {
  readonly rendererDir: string;
  /** Built with the host's context (see index.ts); receives the emitter for events. */
  readonly table: HandlerTable;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; random otherwise. */
  readonly token?: string;
  readonly log?: (line: string) => void;
}

/** A running browser host. */
export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The URL to open: carries the token. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

const securityHeaders = (nonce: string): Record<string, string> => ({
  'Content-Security-Policy': buildCsp(nonce),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
});

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...securityHeaders(newNonce()), 'Content-Type': type });
  res.end(body);
}

/** A request header as one string (Node gives arrays for repeated headers). */
const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the browser host on 127.0.0.1. */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const log = opts.log ?? (() => {});
  /** Open event streams, per tab key. */
  const streams = new Map<string, Set<ServerResponse>>();
  let port = 0;
  const sessions = new SessionStore(() => port);

  /** The emitter of one tab's requests: its events reach that tab's streams only. */
  const emitTo =
    (tab: string): HandlerContext['emit'] =>
    <E extends EventChannel>(event: E, payload: PayloadOf<E>) => {
      const line = `${encodeWire({ event, payload })}\n`;
      for (const s of streams.get(tab) ?? []) s.write(line);
    };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(
        res,
        421,
        'Wrong Host header: open the URL printed by the browser host.\n',
        'text/plain',
      );
    const url = new URL(req.url ?? '/', `http://${host}`);
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`)
      return send(res, 403, 'Cross-origin requests are refused.\n', 'text/plain');

    if (url.pathname === '/api/session' && req.method === 'POST') {
      // The token exchange: the page that was loaded with the token gets its tab key.
      const session = sessions.sessionOf(req);
      if (!session)
        return send(
          res,
          403,
          'No session: open the URL printed by the browser host.\n',
          'text/plain',
        );
      if (!sameSecret(header(req, WEB_TOKEN_HEADER), token))
        return send(res, 403, 'Missing or wrong access token.\n', 'text/plain');
      return send(res, 200, JSON.stringify({ tab: sessions.addTab(session) }), 'application/json');
    }
    if (url.pathname.startsWith('/api/')) {
      const tab = sessions.tabOf(req, WEB_TAB_HEADER);
      if (tab === undefined)
        return send(
          res,
          403,
          'Not signed in: open the URL printed by the browser host again.\n',
          'text/plain',
        );
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          ...securityHeaders(newNonce()),
          'Content-Type': 'application/x-ndjson',
        });
        res.write('\n');
        const own = streams.get(tab) ?? new Set();
        streams.set(tab, own.add(res));
        req.on('close', () => own.delete(res));
        return;
      }
      if (req.method !== 'POST' || !req.headers['content-type']?.startsWith('application/json'))
        return send(res, 405, 'POST application/json only.\n', 'text/plain');
      const text = await readBody(req);
      if (text === undefined) return send(res, 413, 'Request too large.\n', 'text/plain');
      let arg: unknown;
      try {
        arg = text === '' ? undefined : decodeWire(text);
      } catch {
        return send(res, 400, 'Malformed JSON.\n', 'text/plain');
      }
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return send(res, 400, 'Malformed channel name.\n', 'text/plain');
      }
      try {
        const result = await dispatch(opts.table, channel, arg, { emit: emitTo(tab) });
        return send(res, 200, encodeWire(result), 'application/json');
      } catch (e) {
        // A handler bug: the renderer's transport turns this into a thrown error (its dialog).
        log(
          `handler ${escapeControls(channel)} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        return send(
          res,
          500,
          encodeWire({ bug: e instanceof Error ? e.message : String(e) }),
          'application/json',
        );
      }
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'GET only.\n', 'text/plain');
    // A load with the token opens a session (or keeps the one this browser has).
    const queryOk = sameSecret(url.searchParams.get('token') ?? undefined, token);
    let session = sessions.sessionOf(req);
    const fresh = queryOk && session === undefined;
    if (fresh) session = sessions.open();
    if (session === undefined)
      return send(
        res,
        403,
        'Open the URL printed by the browser host: it carries the access token.\n',
        'text/plain',
      );
    const nonce = newNonce();
    const file = await readRendererFile(
      opts.rendererDir,
      url.pathname,
      nonce,
      req.headers['accept-encoding'],
    );
    if (!file) return send(res, 404, 'Not found.\n', 'text/plain');
    const headers: Record<string, string> = {
      ...securityHeaders(nonce),
      'Content-Type': file.contentType,
      ...file.headers,
    };
    if (fresh) headers['Set-Cookie'] = sessions.cookie(session);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`request failed: ${String(e)}`);
      if (!res.headersSent) send(res, 500, 'Internal error.\n', 'text/plain');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const tab of streams.values()) for (const s of tab) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
