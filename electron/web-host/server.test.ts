import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_TAB_HEADER, WEB_TOKEN_HEADER, decodeWire } from '../../shared/ipc/wire';
import { tempDir } from '../test-support/tools';
import {
  callApi,
  http,
  signIn,
  startTestHost,
  type SignedIn,
} from '../test-support/web-host-client';
import type { WebHost } from './server';

const TOKEN = 'test-token-0123456789abcdef';

describe('browser host access control', () => {
  const dir = tempDir('etw-webhost-');
  let host: WebHost;
  let me: SignedIn;
  const api = (channel: string, arg: unknown, headers: Record<string, string> = {}) =>
    callApi(host, me, channel, arg, headers);

  beforeAll(async () => {
    writeFileSync(join(dir.path, 'secret.txt'), 'outside');
    host = await startTestHost(dir.path, TOKEN);
    me = await signIn(host);
  });
  afterAll(async () => {
    await host.close();
    dir.remove();
  });

  it('listens on loopback and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('serves the page only with the token, then by an opaque session cookie bound to the port, with a CSP whose nonce matches the page', async () => {
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
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(
      new RegExp(`^etw_session_${host.port}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    // The cookie, which the browser also sends to every other port of 127.0.0.1, is not the token.
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(';')[0]!;
    const asset = await http(host.port, '/assets/app.js', { headers: { cookie } });
    expect(asset).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    // A second load gets a different nonce, and no new cookie.
    const second = await http(host.port, '/', { headers: { cookie } });
    expect(second.body).not.toContain(nonce!);
    expect(second.headers['set-cookie']).toBeUndefined();
    // A made-up session id, or another port's cookie name, opens nothing.
    const forged = `etw_session_${host.port}=${'A'.repeat(43)}`;
    expect((await http(host.port, '/', { headers: { cookie: forged } })).status).toBe(403);
    const otherPort = cookie.replace(`etw_session_${host.port}=`, 'etw_session_1=');
    expect((await http(host.port, '/', { headers: { cookie: otherPort } })).status).toBe(403);
  });

  it('answers 403, never 500, to a token that is not ASCII', async () => {
    const sameLength = encodeURIComponent('é'.repeat(TOKEN.length));
    const r = await http(host.port, `/?token=${sameLength}`);
    expect(r.status).toBe(403);
    const exchange = await http(host.port, '/api/session', {
      method: 'POST',
      headers: { cookie: me.cookie, [WEB_TOKEN_HEADER]: 'é'.repeat(TOKEN.length) },
    });
    expect(exchange).toMatchObject({ status: 403, body: 'Missing or wrong access token.\n' });
  });

  it('trades the token for a tab key only with a session cookie; the cookie alone opens no API', async () => {
    const noCookie = await http(host.port, '/api/session', {
      method: 'POST',
      headers: { [WEB_TOKEN_HEADER]: TOKEN },
    });
    expect(noCookie).toMatchObject({
      status: 403,
      body: 'No session: open the URL printed by the browser host.\n',
    });
    const wrong = await http(host.port, '/api/session', {
      method: 'POST',
      headers: { cookie: me.cookie, [WEB_TOKEN_HEADER]: 'wrong' },
    });
    expect(wrong.status).toBe(403);
    const denied = {
      status: 403,
      body: 'Not signed in: open the URL printed by the browser host again.\n',
    };
    const info = (headers: Record<string, string>) =>
      http(host.port, '/api/app:get-info', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      });
    // The session cookie alone (what another local server could receive) opens no API …
    expect(await info({ cookie: me.cookie })).toMatchObject(denied);
    // … nor does the token itself any more, nor a tab key without its own session's cookie.
    expect(await info({ cookie: me.cookie, [WEB_TOKEN_HEADER]: TOKEN })).toMatchObject(denied);
    const other = await signIn(host);
    expect(await info({ cookie: other.cookie, [WEB_TAB_HEADER]: me.tab })).toMatchObject(denied);
    expect(await info({ [WEB_TAB_HEADER]: me.tab })).toMatchObject(denied);
    expect((await info({ cookie: me.cookie, [WEB_TAB_HEADER]: me.tab })).status).toBe(200);
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

  it('answers API calls as Results through the contract', async () => {
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
    const form = await api('app:get-info', undefined, { 'content-type': 'text/plain' });
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
