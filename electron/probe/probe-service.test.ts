/**
 * The probe against real servers on 127.0.0.1 that misbehave in the ways a wrong URL meets in
 * the field: a plain HTTP server behind https://, a server that answers a ClientHello with
 * "HTTP/1.1 400", a TLS server behind http://, an SSH banner, silence, a slammed door, a closed
 * port, and a TLS server that requires client certificates (Node's, OpenSSL inside).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointProbe } from '../../shared/probe/types';
import { needTool, runOk, tempDir } from '../test-support/tools';
import { loadMaterial, type LoadedMaterial } from './probe-material';
import { probeEndpoint } from './probe-service';

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const FAST = { connectMs: 1000, handshakeMs: 800, answerMs: 800 };

const listen = (s: Server): Promise<number> =>
  new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as { port: number }).port)),
  );

/** The outcome codes of an endpoint, in order. */
const codes = (e: EndpointProbe) => e.checks.map((c) => c.code);

describe.skipIf(!needTool('openssl'))('probe against local servers', () => {
  const dir = tempDir('etw-probe-');
  const at = (n: string) => join(dir.path, n);
  const file = (n: string) => ({ name: n, bytes: new Uint8Array(readFileSync(at(n))) });
  const servers: Server[] = [];
  const ports: Record<string, number> = {};
  let withClient: LoadedMaterial;
  let noClient: LoadedMaterial;
  let serverOnly: LoadedMaterial;
  const now = () => new Date();

  const leaf = (name: string, eku: string, san: string) => {
    runOk('openssl', [
      'req',
      '-new',
      ...EC,
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.csr`),
      '-subj',
      `/CN=${name}`,
    ]);
    writeFileSync(
      at(`${name}.ext`),
      `extendedKeyUsage=${eku}\n${san ? `subjectAltName=${san}\n` : ''}`,
    );
    runOk('openssl', [
      'x509',
      '-req',
      '-in',
      at(`${name}.csr`),
      '-CA',
      at('ca.crt'),
      '-CAkey',
      at('ca.key'),
      '-set_serial',
      '0x01',
      '-days',
      '10',
      '-extfile',
      at(`${name}.ext`),
      '-out',
      at(`${name}.crt`),
    ]);
  };

  beforeAll(async () => {
    runOk('openssl', [
      'req',
      '-x509',
      ...EC,
      '-keyout',
      at('ca.key'),
      '-out',
      at('ca.crt'),
      '-subj',
      '/CN=probe-ca',
      '-days',
      '10',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    ]);
    leaf('server', 'serverAuth,clientAuth', 'IP:127.0.0.1');
    leaf('client', 'clientAuth', '');
    leaf('serveronly', 'serverAuth', '');
    const load = async (cert?: string) => {
      const r = await loadMaterial(
        {
          ca: file('ca.crt'),
          ...(cert ? { cert: file(`${cert}.crt`), key: file(`${cert}.key`) } : {}),
        },
        'files',
      );
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    withClient = await load('client');
    noClient = await load();
    serverOnly = await load('serveronly');

    const tlsOptions = {
      cert: readFileSync(at('server.crt')),
      key: readFileSync(at('server.key')),
      ca: readFileSync(at('ca.crt')),
    };
    const answer = (res: ServerResponse, url?: string) => {
      if (url === '/v3/maintenance/status') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"version":"3.4.99"}');
      } else {
        res.writeHead(404);
        res.end('404 page not found\n');
      }
    };
    const add = async (name: string, s: Server) => {
      servers.push(s);
      ports[name] = await listen(s);
    };
    await add(
      'plain',
      createHttpServer((req, res) => answer(res, req.url)),
    );
    await add(
      'mtls',
      createHttpsServer(
        { ...tlsOptions, requestCert: true, rejectUnauthorized: true },
        (req, res) => answer(res, req.url),
      ),
    );
    await add(
      'open-tls',
      createHttpsServer(tlsOptions, (req, res) => answer(res, req.url)),
    );
    await add(
      'http400',
      createNetServer((sock) =>
        sock.once('data', () =>
          sock.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
        ),
      ),
    );
    await add(
      'ssh',
      createNetServer((sock) => sock.end('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n')),
    );
    await add(
      'silent',
      createNetServer(() => undefined),
    );
    await add(
      'slam',
      createNetServer((sock) => sock.destroy()),
    );
    const closed = createNetServer();
    ports.closed = await listen(closed);
    await new Promise((r) => closed.close(r));
  });
  afterAll(async () => {
    for (const s of servers) {
      s.close();
      (s as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
    }
    dir.remove();
  });

  const probe = (url: string, m: LoadedMaterial = withClient) =>
    probeEndpoint(
      url.replace(/:([\w-]+)$/, (_, n: string) => `:${ports[n]}`),
      m,
      {
        now: now(),
        timeouts: FAST,
      },
    );

  it('mTLS server: certificate accepted, chain and host name fine, gateway answers', async () => {
    const e = await probe('https://127.0.0.1:mtls');
    expect(codes(e)).toEqual([
      'connected',
      'tls-ok',
      'hostname-ok',
      'chain-ok',
      'client-cert-accepted',
      'gateway-ok',
    ]);
    expect(e.verdict).toBe('ok');
    expect(e.etcdVersion).toBe('3.4.99');
    expect(e.chain?.[0]?.subject.text).toBe('CN=server');
  });

  it('mTLS server without a client certificate: required, with the alert', async () => {
    const e = await probe('https://127.0.0.1:mtls', noClient);
    const check = e.checks.find((c) => c.check === 'client-cert');
    expect(check?.code).toBe('client-cert-required');
    expect(check?.params.alert).toMatch(/alert/);
    expect(e.verdict).toBe('fail');
  });

  it('mTLS server and a client certificate without clientAuth: refused for that reason', async () => {
    const e = await probe('https://127.0.0.1:mtls', serverOnly);
    expect(e.checks.find((c) => c.check === 'client-cert')?.code).toBe(
      'client-cert-no-client-auth',
    );
  });

  it('a TLS server that asks for no certificate: a warning', async () => {
    const e = await probe('https://127.0.0.1:open-tls');
    expect(e.checks.find((c) => c.check === 'client-cert')).toMatchObject({
      status: 'warn',
      code: 'client-cert-optional',
    });
    expect(e.verdict).toBe('warn');
  });

  it('https:// on a plain HTTP port: "this port speaks plain HTTP"', async () => {
    const e = await probe('https://127.0.0.1:plain');
    expect(codes(e)).toEqual(['connected', 'plain-http-port']);
    expect(e.checks[1]!.params.answer).toBe('HTTP/1.1 404 Not Found');
  });

  it('a ClientHello answered with "HTTP/1.1 400": plain HTTP', async () => {
    const e = await probe('https://127.0.0.1:http400');
    expect(codes(e)).toEqual(['connected', 'plain-http-port']);
    expect(e.checks[1]!.params.answer).toBe('HTTP/1.1 400 Bad Request');
  });

  it('http:// on a TLS port: "this port speaks TLS: use https://"', async () => {
    const e = await probe('http://127.0.0.1:mtls');
    expect(codes(e)).toEqual(['connected', 'tls-port']);
  });

  it('http:// on a plain port: works, with the no-TLS warning', async () => {
    const e = await probe('http://127.0.0.1:plain');
    expect(codes(e)).toEqual(['connected', 'plain-http', 'gateway-ok']);
    expect(e.verdict).toBe('warn');
  });

  it('an SSH banner: neither TLS nor HTTP, with the bytes shown', async () => {
    for (const scheme of ['https', 'http']) {
      const e = await probe(`${scheme}://127.0.0.1:ssh`);
      expect(codes(e)).toEqual(['connected', 'not-http']);
      expect(e.checks[1]!.params.bytes).toBe('SSH-2.0-OpenSSH_9.2p1 Debian-2\\x0d\\x0a');
    }
  });

  it('silence: the handshake times out within its limit', async () => {
    const e = await probe('https://127.0.0.1:silent');
    expect(codes(e)).toEqual(['connected', 'handshake-timeout']);
    expect(e.checks[1]!.params.seconds).toBe('0.8');
  });

  it('a connection closed at once: no answer', async () => {
    for (const scheme of ['https', 'http']) {
      const e = await probe(`${scheme}://127.0.0.1:slam`);
      expect(codes(e)).toEqual(['connected', 'no-answer']);
    }
  });

  it('a closed port: refused, naming the address', async () => {
    const e = await probe('https://127.0.0.1:closed');
    expect(e.checks).toEqual([
      expect.objectContaining({
        check: 'connect',
        code: 'refused',
        params: expect.objectContaining({ address: `127.0.0.1:${ports.closed}` }),
      }),
    ]);
  });

  it('an unusable URL never dials', async () => {
    const e = await probeEndpoint('https://0.0.0.0:2379', withClient, { now: now() });
    expect(e).toEqual({
      url: 'https://0.0.0.0:2379',
      verdict: 'fail',
      checks: [
        {
          check: 'target',
          status: 'fail',
          code: 'url-invalid',
          params: { url: 'https://0.0.0.0:2379', problem: 'unspecified' },
        },
      ],
    });
  });
});
