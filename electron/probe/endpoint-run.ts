/**
 * One URL's checks, step by step on the wire (electron/probe/probe-net.ts): https:// URLs get
 * the handshake, the chain and host name by Go's rules, the client certificate (TLS 1.3 refuses
 * it only after the handshake, so a request has to be made to see the alert) and the gateway;
 * http:// URLs get the gateway and a warning. A URL whose scheme does not match what the port
 * speaks is recognised by trying the other way on a new connection.
 */
import { verifyCertificateHostname } from '../../shared/pki/hostname';
import type { DecodedCertificate } from '../../shared/pki/model';
import { judgeServedChain } from '../../shared/probe/chain';
import {
  classifyGatewayAnswer,
  classifyRefusal,
  looksLikePeerMembers,
} from '../../shared/probe/classify';
import type { ProbeTarget } from '../../shared/probe/target';
import { verdictOf, type EndpointProbe, type ProbeCheck } from '../../shared/probe/types';
import type { LoadedMaterial } from './probe-material';
import {
  DEFAULT_TIMEOUTS,
  exchange,
  openTcp,
  tlsHandshake,
  type ExchangeResult,
  type HandshakeOptions,
  type ProbeTimeouts,
} from './probe-net';
import { decodeChain, nodeSignatureCheck } from './served-chain';

/** Options of a check run. */
export interface ProbeOptions {
  readonly now: Date;
  readonly timeouts?: Partial<ProbeTimeouts>;
}

const STATUS_BODY = '{}';

/** Up to 60 printable characters of bytes that were neither TLS nor HTTP. */
function printable(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 60), (b) =>
    b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`,
  ).join('');
}

/** One run against one target, collecting checks as it goes. */
export class EndpointRun {
  readonly checks: ProbeCheck[] = [];
  tls?: EndpointProbe['tls'];
  chain?: DecodedCertificate[];
  etcdVersion?: string;
  private readonly t: ProbeTimeouts;
  /** `host:port` as dialled: the Host header, and the address in connection messages. */
  private readonly address: string;

  constructor(
    readonly target: ProbeTarget,
    readonly material: LoadedMaterial,
    readonly opts: ProbeOptions,
  ) {
    this.t = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    this.address = target.dialled.replace(/^https?:\/\//, '');
  }

  add(check: ProbeCheck['check'], o: Omit<ProbeCheck, 'check'>): void {
    this.checks.push({ check, ...o });
  }

  /**
   * A fresh TCP connection. Only the first one's failure is a `connect` check; a later one that
   * fails (the member went away mid-check) shows up in the step that needed it.
   */
  private async tcp(first = false) {
    const r = await openTcp(this.target.host, this.target.port, this.t.connectMs);
    if (r.ok) return r.socket;
    if (!first) return undefined;
    const { host, port } = this.target;
    const f = r.failure;
    const code = f.kind === 'dns' ? 'dns-failed' : f.kind === 'other' ? 'unreachable' : f.kind;
    this.add('connect', {
      status: 'fail',
      code,
      params: {
        address: this.address,
        host,
        port: String(port),
        error: f.message,
        seconds: String(this.t.connectMs / 1000),
      },
    });
    return undefined;
  }

  private handshakeOpts(withClient: boolean): HandshakeOptions {
    const c = this.material.client;
    return {
      ...(this.target.isIp ? {} : { servername: this.target.host }),
      ...(withClient && c ? { cert: c.certPem, key: c.keyPem } : {}),
    };
  }

  /** A TLS connection that completed its handshake, or undefined. */
  private async tlsConnection(withClient: boolean) {
    const socket = await this.tcp();
    if (!socket) return undefined;
    const hs = await tlsHandshake(socket, this.handshakeOpts(withClient), this.t.handshakeMs);
    return hs.ok ? hs.value.socket : undefined;
  }

  private request(method: 'GET' | 'POST', path: string) {
    return {
      method,
      path,
      host: this.address,
      ...(method === 'POST' ? { body: STATUS_BODY } : {}),
    } as const;
  }

  /** A 404 from the gateway: a peer port answers `GET /members`, a client port does not. */
  private async gatewayNotFound(secure: boolean): Promise<void> {
    const socket = secure ? await this.tlsConnection(true) : await this.tcp();
    const members = socket
      ? await exchange(socket, this.request('GET', '/members'), this.t.answerMs)
      : undefined;
    if (members?.ok && looksLikePeerMembers(members.answer))
      this.add('gateway', { status: 'skip', code: 'gateway-peer-port', params: {} });
    else this.add('gateway', { status: 'fail', code: 'gateway-off', params: { status: '404' } });
  }

  private async judgeGateway(r: ExchangeResult, secure: boolean): Promise<void> {
    if (!r.ok) {
      this.add('gateway', {
        status: 'fail',
        code: 'gateway-no-answer',
        params: { error: r.failure.message },
      });
      return;
    }
    const verdict = classifyGatewayAnswer(r.answer, {
      ...(this.chain?.[0] ? { served: this.chain[0] } : {}),
      ...(this.material.client ? { client: this.material.client.leaf } : {}),
      now: this.opts.now,
    });
    if (verdict === 'ask-members') return this.gatewayNotFound(secure);
    if (verdict.code === 'gateway-ok') this.etcdVersion = verdict.params.version;
    this.add('gateway', verdict);
  }

  /** https:// URLs. */
  async secure(): Promise<void> {
    const socket = await this.tcp(true);
    if (!socket) return;
    this.add('connect', { status: 'pass', code: 'connected', params: { address: this.address } });
    const hs = await tlsHandshake(socket, this.handshakeOpts(true), this.t.handshakeMs);
    if (!hs.ok) return this.handshakeFailed(hs.failure);
    const { version, cipher } = hs.value;
    this.tls = { version, cipher };
    this.add('tls', { status: 'pass', code: 'tls-ok', params: { version, cipher } });
    this.chain = await decodeChain(hs.value.chain);
    const leaf = this.chain[0];
    if (leaf) {
      const host = verifyCertificateHostname(leaf, this.target.host);
      this.add(
        'hostname',
        host.ok
          ? { status: 'pass', code: 'hostname-ok', params: { host: this.target.host } }
          : {
              status: 'fail',
              code: 'hostname-mismatch',
              params: { host: this.target.host, goError: host.error },
            },
      );
    }
    this.add(
      'chain',
      judgeServedChain(this.chain, this.material.caCerts, this.opts.now, nodeSignatureCheck),
    );
    const answer = await exchange(
      hs.value.socket,
      this.request('POST', '/v3/maintenance/status'),
      this.t.answerMs,
    );
    if (!answer.ok && answer.failure.kind === 'alert') {
      this.add('client-cert', this.refusal(answer.failure.alert ?? answer.failure.message));
      return;
    }
    // Some TLS servers (Node's among them) refuse a client certificate by closing, no alert.
    if (!answer.ok && answer.failure.kind === 'closed' && !answer.bytes) {
      this.add('client-cert', this.refusal('closed without a TLS alert'));
      return;
    }
    await this.judgeClientAccess(answer.ok);
    await this.judgeGateway(answer, true);
  }

  private refusal(alert: string) {
    const m = this.material;
    return classifyRefusal(alert, {
      ...(m.client ? { client: m.client.leaf } : {}),
      ...(m.caCerts ? { caCerts: m.caCerts } : {}),
      now: this.opts.now,
      verify: nodeSignatureCheck,
    });
  }

  /** After an answer: was our certificate needed at all? (One more connection, without it.) */
  private async judgeClientAccess(answered: boolean): Promise<void> {
    if (!answered) return;
    const client = this.material.client;
    const bare = client ? await this.tlsConnection(false) : undefined;
    const open = client
      ? bare !== undefined &&
        (await exchange(bare, this.request('GET', '/version'), this.t.answerMs)).ok
      : true;
    if (open) this.add('client-cert', { status: 'warn', code: 'client-cert-optional', params: {} });
    else
      this.add('client-cert', {
        status: 'pass',
        code: 'client-cert-accepted',
        params: { subject: client!.leaf.subject.text },
      });
  }

  /** The handshake failed: an alert about our certificate, a plain HTTP port, or other. */
  private async handshakeFailed(f: { kind: string; message: string; alert?: string }) {
    const seconds = String(this.t.handshakeMs / 1000);
    if (f.kind === 'timeout') {
      this.add('tls', { status: 'fail', code: 'handshake-timeout', params: { seconds } });
      return;
    }
    if (f.kind === 'alert' && /certificate|unknown ca|access denied/i.test(f.alert ?? '')) {
      // TLS 1.2 refuses a client certificate inside the handshake.
      this.add('client-cert', this.refusal(f.alert ?? f.message));
      return;
    }
    if (f.kind === 'not-tls' || f.kind === 'closed') {
      const socket = await this.tcp();
      const plain = socket
        ? await exchange(socket, this.request('GET', '/version'), this.t.answerMs)
        : undefined;
      if (plain?.ok) {
        this.add('tls', {
          status: 'fail',
          code: 'plain-http-port',
          params: {
            answer: plain.answer.statusLine,
            host: this.target.host,
            port: String(this.target.port),
          },
        });
        return;
      }
      if (plain?.bytes) {
        this.add('tls', {
          status: 'fail',
          code: 'not-http',
          params: { bytes: printable(plain.bytes) },
        });
        return;
      }
      if (f.kind === 'closed') {
        this.add('tls', { status: 'fail', code: 'no-answer', params: {} });
        return;
      }
    }
    this.add('tls', { status: 'fail', code: 'handshake-failed', params: { error: f.message } });
  }

  /** http:// URLs. */
  async plain(): Promise<void> {
    const socket = await this.tcp(true);
    if (!socket) return;
    this.add('connect', { status: 'pass', code: 'connected', params: { address: this.address } });
    const r = await exchange(
      socket,
      this.request('POST', '/v3/maintenance/status'),
      this.t.answerMs,
    );
    if (r.ok) {
      this.add('tls', { status: 'warn', code: 'plain-http', params: {} });
      await this.judgeGateway(r, false);
      return;
    }
    const bytes = r.bytes;
    if (bytes && r.failure.kind !== 'not-tls') {
      this.add('tls', { status: 'fail', code: 'not-http', params: { bytes: printable(bytes) } });
      return;
    }
    // Nothing, or a TLS record: does a TLS handshake work on this port?
    const tls = await this.tlsConnection(false);
    if (tls) {
      tls.destroy();
      const { host, port } = this.target;
      this.add('tls', {
        status: 'fail',
        code: 'tls-port',
        params: { host, port: String(port) },
      });
      return;
    }
    this.add('tls', {
      status: 'fail',
      code: r.failure.kind === 'timeout' ? 'handshake-timeout' : 'no-answer',
      params: { seconds: String(this.t.answerMs / 1000) },
    });
  }

  result(raw: string): EndpointProbe {
    const { target } = this;
    return {
      url: raw,
      dialled: target.dialled,
      host: target.host,
      port: target.port,
      scheme: target.scheme,
      verdict: verdictOf(this.checks),
      checks: this.checks,
      ...(this.tls ? { tls: this.tls } : {}),
      ...(this.chain ? { chain: this.chain } : {}),
      ...(this.etcdVersion ? { etcdVersion: this.etcdVersion } : {}),
    };
  }
}
