/**
 * What an answer means: the gateway's HTTP answers
 * (docs/etcd-tls.md#the-gateway-dials-its-own-member) and a refused client certificate, judged
 * from the certificates the probe holds, so the report names the likely reason etcd logged
 * although the client never sees it.
 */
import { allowsUsage } from '../lint/roles';
import type { DecodedCertificate } from '../pki/model';
import { goTime, goValidityError } from './go-errors';
import type { SignatureCheck } from './chain';
import type { ProbeCheck } from './types';

type Outcome = Omit<ProbeCheck, 'check'>;

/** What the gateway's answer says, or `ask-members` for a 404 (peer port, or gateway off). */
export function classifyGatewayAnswer(
  answer: { readonly status: number; readonly body: string },
  ctx: {
    /** The server certificate the member served (absent on plain HTTP). */
    readonly served?: DecodedCertificate;
    readonly client?: DecodedCertificate;
    readonly now: Date;
  },
): Outcome | 'ask-members' {
  const body = answer.body.trim().slice(0, 400);
  const status = String(answer.status);
  if (answer.status === 200) {
    let version = '';
    try {
      const parsed = JSON.parse(answer.body) as { version?: unknown };
      if (typeof parsed.version === 'string') version = parsed.version;
    } catch {
      // Not JSON: still a 200, with no version to show.
    }
    return { status: 'pass', code: 'gateway-ok', params: { version: version || '?' } };
  }
  if (answer.status === 404) return 'ask-members';
  if (/"code"\s*:\s*14\b/.test(answer.body)) {
    const served = ctx.served;
    if (served && !allowsUsage(served, 'clientAuth'))
      return { status: 'fail', code: 'gateway-server-no-client-auth', params: { status, body } };
    if (served && goValidityError(served, ctx.now) !== undefined)
      return { status: 'fail', code: 'gateway-server-expired', params: { status, body } };
    return { status: 'fail', code: 'gateway-unavailable', params: { status, body } };
  }
  if (answer.status === 400 && /CommonName of client sending a request/.test(answer.body))
    return {
      status: 'fail',
      code: 'gateway-cn-refused',
      params: { subject: ctx.client?.subject.text ?? '', body },
    };
  return { status: 'fail', code: 'gateway-http-error', params: { status, body } };
}

/** Whether a `GET /members` answer is a peer port's member list. */
export function looksLikePeerMembers(answer: { readonly status: number; readonly body: string }) {
  if (answer.status !== 200) return false;
  try {
    const parsed = JSON.parse(answer.body) as unknown;
    return Array.isArray(parsed) && parsed.every((m) => typeof m === 'object' && m && 'id' in m);
  } catch {
    return false;
  }
}

/**
 * The likely reason a member refused the connection after the TLS alert `alert`: no certificate
 * given, no clientAuth, outside its dates, from a CA not in the CA file, or (none of those)
 * a member that trusts another CA.
 */
export function classifyRefusal(
  alert: string,
  ctx: {
    readonly client?: DecodedCertificate;
    readonly caCerts?: readonly DecodedCertificate[];
    readonly now: Date;
    readonly verify: SignatureCheck;
  },
): Outcome {
  const c = ctx.client;
  if (!c) return { status: 'fail', code: 'client-cert-required', params: { alert } };
  const subject = c.subject.text;
  if (!allowsUsage(c, 'clientAuth'))
    return { status: 'fail', code: 'client-cert-no-client-auth', params: { subject, alert } };
  if (goValidityError(c, ctx.now) !== undefined)
    return {
      status: 'fail',
      code: 'client-cert-expired',
      params: { subject, alert, notAfter: goTime(new Date(c.notAfter)) },
    };
  const cas = ctx.caCerts;
  if (cas && !cas.some((ca) => ca.subject.text === c.issuer.text && ctx.verify(c, ca)))
    return {
      status: 'fail',
      code: 'client-cert-other-ca',
      params: { subject, alert, issuer: c.issuer.text },
    };
  return { status: 'fail', code: 'client-cert-rejected', params: { subject, alert } };
}
