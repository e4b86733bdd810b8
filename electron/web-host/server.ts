/**
 * The browser host: the renderer build and the same handler table as Electron, served over
 * loopback HTTP so the real UI and the real handlers run together in any Chromium (Playwright
 * drives it; users without an Electron binary use it through `npm run web`).
 *
 * Access control, since any local process or web page could otherwise talk to it:
 * - it listens on 127.0.0.1 only;
 * - the Host header must be 127.0.0.1:<port> or localhost:<port> (DNS rebinding);
 * - every request needs the per-run token: the first page load carries it in the query and gets
 *   an HttpOnly SameSite=Strict cookie for the static files; API calls must send it in a header,
 *   which a cross-origin page cannot do without a CORS preflight that we never answer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventChannel, PayloadOf } from '../../shared/ipc/contract';
import { WEB_TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import { dispatch } from '../rpc/dispatch';
import type { HandlerContext, HandlerTable } from '../rpc/types';
import { buildCsp, newNonce, readRendererFile } from './static-files';

const COOKIE = 'etw_token';
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
  /** Sends an event to every open page. */
  readonly emit: HandlerContext['emit'];
  readonly close: () => Promise<void>;
}

const same = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const cookieToken = (req: IncomingMessage): string | undefined =>
  req.headers.cookie
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === COOKIE)?.[1];

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
  const streams = new Set<ServerResponse>();
  let port = 0;

  const emit: HandlerContext['emit'] = <E extends EventChannel>(
    event: E,
    payload: PayloadOf<E>,
  ) => {
    const line = `${encodeWire({ event, payload })}\n`;
    for (const s of streams) s.write(line);
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

    if (url.pathname.startsWith('/api/')) {
      if (!same(req.headers[WEB_TOKEN_HEADER] as string | undefined, token))
        return send(res, 403, 'Missing or wrong access token.\n', 'text/plain');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          ...securityHeaders(newNonce()),
          'Content-Type': 'application/x-ndjson',
        });
        res.write('\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
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
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      try {
        const result = await dispatch(opts.table, channel, arg, { emit });
        return send(res, 200, encodeWire(result), 'application/json');
      } catch (e) {
        // A handler bug: the renderer's transport turns this into a thrown error (its dialog).
        log(`handler ${channel} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
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
    const queryOk = same(url.searchParams.get('token') ?? undefined, token);
    if (!queryOk && !same(cookieToken(req), token))
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
    if (queryOk) headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
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
    emit,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
