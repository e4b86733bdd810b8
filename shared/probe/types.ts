/**
 * What a live check of etcd endpoints reports: per URL, one outcome per check (a code and its
 * parameters, never a sentence) and the certificate chain the member served. The words are
 * chosen at the edge (messages-en.ts, messages-zh-CN.ts; docs/error-story.md#words-at-the-edge).
 */
import type { DecodedCertificate } from '../pki/model';

/** The checks run against each endpoint, in the order they happen on the wire. */
export const PROBE_CHECKS = [
  'target',
  'connect',
  'tls',
  'hostname',
  'chain',
  'client-cert',
  'gateway',
] as const;
/** One check of an endpoint. */
export type ProbeCheckId = (typeof PROBE_CHECKS)[number];

/** How a check came out; `skip` when an earlier failure or missing input made it moot. */
export type ProbeStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** Every outcome, grouped by check. Each has a title, detail, quoted tool texts and a fix. */
export const PROBE_CODES = {
  target: ['url-invalid'],
  connect: ['connected', 'refused', 'timeout', 'reset', 'unreachable', 'dns-failed'],
  tls: [
    'tls-ok',
    'plain-http',
    'plain-http-port',
    'tls-port',
    'not-http',
    'no-answer',
    'handshake-failed',
    'handshake-timeout',
  ],
  hostname: ['hostname-ok', 'hostname-mismatch'],
  chain: [
    'chain-ok',
    'chain-no-ca',
    'chain-expired',
    'chain-not-yet-valid',
    'chain-unknown-authority',
    'chain-no-server-auth',
  ],
  'client-cert': [
    'client-cert-accepted',
    'client-cert-optional',
    'client-cert-required',
    'client-cert-rejected',
    'client-cert-no-client-auth',
    'client-cert-expired',
    'client-cert-other-ca',
  ],
  gateway: [
    'gateway-ok',
    'gateway-server-no-client-auth',
    'gateway-server-expired',
    'gateway-unavailable',
    'gateway-off',
    'gateway-peer-port',
    'gateway-cn-refused',
    'gateway-http-error',
    'gateway-no-answer',
  ],
} as const satisfies Record<ProbeCheckId, readonly string[]>;

/** An outcome code. */
export type ProbeCode = (typeof PROBE_CODES)[ProbeCheckId][number];

/** One check's outcome: data only (code, status, parameters such as Go's exact error text). */
export interface ProbeCheck {
  readonly check: ProbeCheckId;
  readonly status: ProbeStatus;
  readonly code: ProbeCode;
  /** Filled into the message templates (`{host}`, `{goError}`, …). */
  readonly params: Readonly<Record<string, string>>;
}

/** The worst status of an endpoint's checks. */
export type ProbeVerdict = 'ok' | 'warn' | 'fail';

/** What one URL answered. */
export interface EndpointProbe {
  /** The URL as the user gave it. */
  readonly url: string;
  /** `https://host:port` as dialled (absent when the URL could not be read). */
  readonly dialled?: string;
  readonly host?: string;
  readonly port?: number;
  readonly scheme?: 'https' | 'http';
  readonly verdict: ProbeVerdict;
  readonly checks: readonly ProbeCheck[];
  /** TLS version and cipher negotiated. */
  readonly tls?: { readonly version: string; readonly cipher: string };
  /** The chain the member served, leaf first, decoded like a dropped file. */
  readonly chain?: readonly DecodedCertificate[];
  /** The etcd version the gateway reported (`POST /v3/maintenance/status`). */
  readonly etcdVersion?: string;
}

/** The TLS material the probe used, described (no key material). */
export interface ProbeMaterial {
  /** Where it came from: files the user gave, or a bundle the app exported. */
  readonly source: 'files' | 'export' | 'none';
  /** Subjects of the trusted CA certificates. */
  readonly caSubjects: readonly string[];
  /** The client certificate presented, when one was given. */
  readonly client?: {
    readonly subject: string;
    readonly notAfter: string;
    /** Bundle folder it came from (`clients/etcdctl`), for an exported bundle. */
    readonly from?: string;
  };
}

/** Result of a live check of several endpoints. */
export interface ProbeReport {
  /** The clock the checks used (ISO 8601). */
  readonly now: string;
  readonly material: ProbeMaterial;
  readonly endpoints: readonly EndpointProbe[];
}

const RANK: Record<ProbeStatus, number> = { skip: 0, pass: 0, warn: 1, fail: 2 };

/** The verdict of an endpoint: fail if any check failed, warn if any warned, else ok. */
export function verdictOf(checks: readonly ProbeCheck[]): ProbeVerdict {
  const worst = Math.max(0, ...checks.map((c) => RANK[c.status]));
  return worst === 2 ? 'fail' : worst === 1 ? 'warn' : 'ok';
}

/** The check a code belongs to. */
export function checkOfCode(code: ProbeCode): ProbeCheckId {
  for (const check of PROBE_CHECKS)
    if ((PROBE_CODES[check] as readonly string[]).includes(code)) return check;
  throw new Error(`probe code ${code} belongs to no check`);
}
