/**
 * The wire side of the live check, one step at a time so each failure is named by the step it
 * happened in: open a TCP connection (3 s), run a TLS handshake over it, send one HTTP/1.1
 * request and read the answer by hand. Reading by hand is what lets the probe tell a TLS alert,
 * an HTTP answer and other bytes apart, on a TLS port and on a plain one alike.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { answerComplete, parseHttpAnswer, type HttpAnswer } from './http-answer';

export type { HttpAnswer } from './http-answer';

/** Limits of each step. A member on a working network answers each in milliseconds. */
export interface ProbeTimeouts {
  readonly connectMs: number;
  readonly handshakeMs: number;
  readonly answerMs: number;
}

/** The limits used unless a caller passes others. */
export const DEFAULT_TIMEOUTS: ProbeTimeouts = {
  connectMs: 3000,
  handshakeMs: 3000,
  answerMs: 5000,
};

/** Most bytes of an answer kept (etcd's answers to the probe's requests are under 1 KB). */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Why a TCP connection did not open. */
export interface ConnectFailure {
  readonly kind: 'refused' | 'timeout' | 'reset' | 'unreachable' | 'dns' | 'other';
  readonly message: string;
}

/** Why a TLS handshake or an exchange failed. */
export interface WireFailure {
  /** `alert`: the peer sent a TLS alert; `not-tls`: bytes that are no TLS record. */
  readonly kind: 'alert' | 'not-tls' | 'closed' | 'timeout' | 'other';
  readonly message: string;
  /** OpenSSL's reason for an alert, e.g. `sslv3 alert bad certificate`. */
  readonly alert?: string;
}

/** An error as Node reports it on sockets. */
type SocketError = Error & { code?: string; reason?: string };

const errorCode = (e: unknown): string =>
  typeof (e as SocketError)?.code === 'string' ? (e as SocketError).code! : '';

/** Opens a TCP connection, or says why not. The socket belongs to the caller. */
export function openTcp(
  host: string,
  port: number,
  timeoutMs: number,
): Promise<{ ok: true; socket: Socket } | { ok: false; failure: ConnectFailure }> {
  return new Promise((resolve) => {
    const socket = netConnect({ host, port });
    const done = (r: { ok: true; socket: Socket } | { ok: false; failure: ConnectFailure }) => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      // A late error (an alert after the verdict) must not go unhandled and end the process.
      socket.on('error', () => {});
      socket.removeAllListeners('connect');
      if (!r.ok) socket.destroy();
      resolve(r);
    };
    const timer = setTimeout(
      () =>
        done({ ok: false, failure: { kind: 'timeout', message: `no answer in ${timeoutMs} ms` } }),
      timeoutMs,
    );
    socket.once('connect', () => done({ ok: true, socket }));
    socket.once('error', (e: SocketError) => {
      const code = errorCode(e);
      const kind: ConnectFailure['kind'] =
        code === 'ECONNREFUSED'
          ? 'refused'
          : code === 'ECONNRESET'
            ? 'reset'
            : code === 'ETIMEDOUT'
              ? 'timeout'
              : code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL'
                ? 'dns'
                : ['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EHOSTDOWN'].includes(code)
                  ? 'unreachable'
                  : 'other';
      done({ ok: false, failure: { kind, message: code || e.message } });
    });
  });
}

/** OpenSSL errors that mean "the answer was not TLS at all". */
const NOT_TLS = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_RECORD_LAYER_FAILURE',
]);

/** Names a TLS-level failure: an alert from the peer, non-TLS bytes, a closed connection. */
export function classifyTlsError(e: unknown): WireFailure {
  const err = e as SocketError;
  const code = errorCode(e);
  if (/^ERR_SSL_.*ALERT/.test(code)) {
    const number = /SSL alert number (\d+)/.exec(err.message ?? '')?.[1];
    const reason = err.reason ?? code;
    const alert = number ? `${reason}, alert ${number}` : reason;
    return { kind: 'alert', message: alert, alert };
  }
  if (NOT_TLS.has(code)) return { kind: 'not-tls', message: err.reason ?? code };
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket disconnected|hang up/i.test(err.message))
    return { kind: 'closed', message: err.message };
  return { kind: 'other', message: err.reason ?? err.message ?? String(e) };
}

/** What a finished handshake gave. */
export interface Handshake {
  readonly socket: TLSSocket;
  readonly version: string;
  readonly cipher: string;
  /** DER of each certificate the server sent, leaf first. */
  readonly chain: readonly Uint8Array[];
}

/** TLS settings of one handshake: the client certificate is optional; nothing is verified here. */
export interface HandshakeOptions {
  /** SNI, for DNS names only (an IP is never sent as SNI). */
  readonly servername?: string;
  readonly cert?: string;
  readonly key?: string;
}

/** The chain the server sent, from Node's linked peer certificate objects. */
function servedChain(socket: TLSSocket): Uint8Array[] {
  const out: Uint8Array[] = [];
  const seen = new Set<string>();
  let c = socket.getPeerCertificate(true) as
    (ReturnType<TLSSocket['getPeerCertificate']> & { issuerCertificate?: unknown }) | undefined;
  while (c && c.raw && !seen.has(c.fingerprint256)) {
    seen.add(c.fingerprint256);
    out.push(new Uint8Array(c.raw));
    c = c.issuerCertificate as typeof c;
  }
  return out;
}

/** Runs a TLS handshake over an open socket. Verification is the probe's own job, so none here. */
export function tlsHandshake(
  socket: Socket,
  opts: HandshakeOptions,
  timeoutMs: number,
): Promise<{ ok: true; value: Handshake } | { ok: false; failure: WireFailure }> {
  return new Promise((resolve) => {
    const tls = tlsConnect({
      socket,
      rejectUnauthorized: false,
      // HTTP/1.1 only: the peer port's HTTP/2 handling is not what clients use.
      ALPNProtocols: ['http/1.1'],
      ...(opts.servername !== undefined ? { servername: opts.servername } : {}),
      ...(opts.cert !== undefined && opts.key !== undefined
        ? { cert: opts.cert, key: opts.key }
        : {}),
    });
    const done = (r: { ok: true; value: Handshake } | { ok: false; failure: WireFailure }) => {
      clearTimeout(timer);
      tls.removeAllListeners('secureConnect');
      tls.removeAllListeners('error');
      // A late error (TLS 1.3 sends 'certificate required' after the handshake) must not go
      // unhandled and end the process; the next read reports it.
      tls.on('error', () => {});
      tls.removeAllListeners('close');
      if (!r.ok) tls.destroy();
      resolve(r);
    };
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          failure: { kind: 'timeout', message: `no handshake in ${timeoutMs} ms` },
        }),
      timeoutMs,
    );
    tls.once('secureConnect', () => {
      const cipher = tls.getCipher();
      done({
        ok: true,
        value: {
          socket: tls,
          version: tls.getProtocol() ?? 'TLS',
          cipher: cipher?.standardName ?? cipher?.name ?? '',
          chain: servedChain(tls),
        },
      });
    });
    tls.once('error', (e) => done({ ok: false, failure: classifyTlsError(e) }));
    tls.once('close', () =>
      done({ ok: false, failure: { kind: 'closed', message: 'closed during the handshake' } }),
    );
  });
}

/** One request; the connection is closed after the answer. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Host header value (`host:port`). */
  readonly host: string;
  readonly body?: string;
}

/** What came back: an answer, a failure, or bytes that are no HTTP (shown escaped). */
export type ExchangeResult =
  | { readonly ok: true; readonly answer: HttpAnswer }
  | {
      readonly ok: false;
      readonly failure: WireFailure;
      /** The bytes received, when there were some and they were not HTTP. */
      readonly bytes?: Uint8Array;
    };

/** Sends one request and reads the whole answer (`Connection: close`), then closes the socket. */
export function exchange(
  socket: Socket,
  req: HttpRequest,
  timeoutMs: number,
): Promise<ExchangeResult> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const joined = () => {
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        const n = Math.min(c.length, size - at);
        bytes.set(c.subarray(0, n), at);
        at += n;
      }
      return bytes;
    };
    const finish = (failure?: WireFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const bytes = joined();
      const answer = size > 0 ? parseHttpAnswer(bytes) : undefined;
      if (answer) return resolve({ ok: true, answer });
      if (size > 0) {
        const tlsRecord = bytes[0]! >= 0x14 && bytes[0]! <= 0x17 && bytes[1] === 0x03;
        return resolve({
          ok: false,
          failure: tlsRecord
            ? { kind: 'not-tls', message: 'a TLS record answered a plain request' }
            : { kind: 'other', message: 'not an HTTP answer' },
          bytes,
        });
      }
      resolve({
        ok: false,
        failure: failure ?? { kind: 'closed', message: 'closed without answering' },
      });
    };
    const timer = setTimeout(
      () => finish({ kind: 'timeout', message: `no answer in ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.on('data', (d: Uint8Array) => {
      if (size >= MAX_ANSWER_BYTES) return;
      chunks.push(d);
      size = Math.min(MAX_ANSWER_BYTES, size + d.length);
      // Some servers keep the connection open a while after a complete answer.
      if (answerComplete(joined())) finish();
    });
    socket.once('end', () => finish());
    socket.once('close', () => finish());
    socket.once('error', (e) => {
      const f = classifyTlsError(e);
      // Bytes that arrived before a reset still count (an HTTP 400 followed by a close).
      finish(size > 0 ? undefined : f);
    });
    const body = req.body ?? '';
    socket.write(
      `${req.method} ${req.path} HTTP/1.1\r\nHost: ${req.host}\r\nUser-Agent: etcd-tls-wizard-probe\r\n` +
        `Accept: application/json\r\nConnection: close\r\n` +
        (req.method === 'POST'
          ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`
          : '') +
        `\r\n${body}`,
    );
  });
}
