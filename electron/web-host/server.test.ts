import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_TOKEN_HEADER, decodeWire, encodeWire } from '../../shared/ipc/wire';
import { tempDir } from '../test-support/tools';

import { createHandlerTable, createStores, nodeServices } from '../rpc/table';
import { webDialogs } from './dialogs';
import { startWebHost, type WebHost } from './server';

const TOKEN = 'test-token-0123456789abcdef';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so that the Host header can be forged (fetch does not allow it). */
function http(
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

describe('browser host access control', () => {
  const dir = tempDir('etw-webhost-');
  let host: WebHost;
  const api = (channel: string, arg: unknown, headers: Record<string, string> = {}) =>
    http(host.port, `/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [WEB_TOKEN_HEADER]: TOKEN, ...headers },
      body: arg === undefined ? '' : encodeWire(arg),
    });

  beforeAll(async () => {
    const renderer = join(dir.path, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__">');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'secret.txt'), 'outside');
    host = await startWebHost({
      rendererDir: renderer,
      token: TOKEN,
      table: createHandlerTable({
        info: { name: 'x', version: '9.9.9', platform: 'linux', locale: 'en', isElectron: false },
        dialogs: webDialogs(dir.path),
        services: nodeServices(),
        now: () => new Date(0),
        stores: createStores(),
      }),
    });
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('listens on loopback and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('serves the page only with the token, then by cookie, with a CSP whose nonce matches the page', async () => {
    expect((await http(host.port, '/')).status).toBe(403);
    expect((await http(host.port, '/?token=wrong')).status).toBe(403);
    const first = await http(host.port, `/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    const nonce = /content="([^"]+)"/.exec(first.body)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    const csp = String(first.headers['content-security-policy']);
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-|https?:/);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await http(host.port, '/assets/app.js', { headers: { cookie } });
    expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    // A second load gets a different nonce.
    const second = await http(host.port, '/', { headers: { cookie } });
    expect(second.body).not.toContain(nonce!);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await http(host.port, `/?token=${TOKEN}`, {
      headers: { host: `evil.example:${host.port}` },
    });
    expect(rebinding.status).toBe(421);
    const otherPort = await http(host.port, `/?token=${TOKEN}`, {
      headers: { host: `127.0.0.1:1` },
    });
    expect(otherPort.status).toBe(421);
    expect(
      (await http(host.port, `/?token=${TOKEN}`, { headers: { host: `localhost:${host.port}` } }))
        .status,
    ).toBe(200);
    const cross = await api('app:get-info', undefined, { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of [
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%00',
    ]) {
      const r = await http(host.port, `${p}${p.includes('?') ? '&' : '?'}token=${TOKEN}`);
      expect(r.status, p).toBe(404);
    }
  });

  it('answers API calls only with the token header, as Results through the contract', async () => {
    const noHeader = await http(host.port, '/api/app:get-info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `etw_token=${TOKEN}` },
    });
    expect(noHeader.status).toBe(403);
    const info = await api('app:get-info', undefined);
    expect(decodeWire(info.body)).toMatchObject({
      ok: true,
      value: { version: '9.9.9', isElectron: false },
    });
    const bad = await api('plan:save', { plan: 'not an object' });
    expect(decodeWire(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'request-invalid', path: 'plan' },
    });
    const form = await http(host.port, '/api/app:get-info', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', [WEB_TOKEN_HEADER]: TOKEN },
    });
    expect(form.status).toBe(405);
  });

  it('carries bytes over the wire and hands out fresh export folders under its work dir', async () => {
    const r = decodeWire(
      (await api('inspect:read-files', { files: [{ name: 'a.der', bytes: Uint8Array.of(1, 2) }] }))
        .body,
    );
    expect(r).toMatchObject({ ok: true, value: { status: 'read', files: [{ name: 'a.der' }] } });
    const a = decodeWire((await api('export:choose-folder', undefined)).body) as {
      value: { displayPath: string };
    };
    const b = decodeWire((await api('export:choose-folder', undefined)).body) as {
      value: { displayPath: string };
    };
    expect(a.value.displayPath.startsWith(dir.path)).toBe(true);
    expect(a.value.displayPath).not.toBe(b.value.displayPath);
  });
});
