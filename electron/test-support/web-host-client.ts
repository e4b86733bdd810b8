/**
 * A raw HTTP client for the browser host's tests: raw, so that Host, Origin and cookies can be
 * forged (fetch does not allow it), and signing in the way the page does (load the printed URL,
 * trade the token for a tab key).
 */
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_TAB_HEADER, WEB_TOKEN_HEADER, encodeWire } from '../../shared/ipc/wire';
import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { webDialogs } from '../web-host/dialogs';
import { startWebHost, type WebHost } from '../web-host/server';

/** One HTTP answer. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends one request to 127.0.0.1:`port`, Host header included unless overridden. */
export function http(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** What a signed-in page holds: its session cookie (`name=value`) and its tab key. */
export interface SignedIn {
  readonly cookie: string;
  readonly tab: string;
}

/** Loads the printed URL and trades the token for a tab key, as the page's script does. */
export async function signIn(host: WebHost, cookie?: string): Promise<SignedIn> {
  const page = await http(host.port, `/?token=${host.token}`, {
    headers: cookie ? { cookie } : {},
  });
  const jar = cookie ?? String(page.headers['set-cookie']).split(';')[0]!;
  const r = await http(host.port, '/api/session', {
    method: 'POST',
    headers: { cookie: jar, [WEB_TOKEN_HEADER]: host.token },
  });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.body}`);
  return { cookie: jar, tab: (JSON.parse(r.body) as { tab: string }).tab };
}

/** Calls a channel as a signed-in tab. */
export function callApi(
  host: WebHost,
  as: SignedIn,
  channel: string,
  arg?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return http(host.port, `/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: as.cookie,
      [WEB_TAB_HEADER]: as.tab,
      ...headers,
    },
    body: arg === undefined ? '' : encodeWire(arg),
  });
}

/** Starts a browser host on a throwaway renderer folder with the real handlers. */
export async function startTestHost(dir: string, token?: string): Promise<WebHost> {
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__">');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  return startWebHost({
    rendererDir: renderer,
    ...(token ? { token } : {}),
    table: createHandlerTable({
      info: { name: 'x', version: '9.9.9', platform: 'linux', locale: 'en', isElectron: false },
      dialogs: webDialogs(dir),
      services: nodeServices(),
      now: () => new Date(0),
      stores: createStores(),
    }),
  });
}
