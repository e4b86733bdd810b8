/**
 * One question per endpoint: will a client dialling this URL accept the certificate served
 * there? The certificate is the one a dropped etcd config names for that URL, else the plan
 * member's server certificate, else the serving certificate whose SANs name the host (or the
 * only one there is); the verdict is Go's, in Go's order (dates, host, chain, usage), plus the
 * OpenSSL wildcard rule when an OpenSSL client (APISIX) dials it.
 */
import { goVerify, type GoVerdict } from '../../../shared/lint/trust';
import { allowsUsage } from '../../../shared/lint/roles';
import { matchHostnames, verifyCertificateHostname } from '../../../shared/pki/hostname';
import { opensslRefusesWildcard } from '../../../shared/plan/address';
import type { Endpoint, EndpointHint } from './endpoints';
import type { CertEntry } from './use-inspection';

/** How the served certificate was found. */
export type MatchHow = 'config' | 'plan' | 'san' | 'only';

/** The certificate served at an endpoint, and the verdict on it. */
export type EndpointResult =
  | { readonly endpoint: Endpoint; readonly hint?: EndpointHint; readonly how: 'none' }
  | {
      readonly endpoint: Endpoint;
      readonly hint?: EndpointHint;
      readonly how: MatchHow;
      readonly entry: CertEntry;
      /** Go's verdict for a client dialling the endpoint (usage serverAuth). */
      readonly verdict: GoVerdict;
      /** A one-label wildcard SAN Go matches but OpenSSL does not, when OpenSSL dials it. */
      readonly opensslMiss?: string;
    };

const INCOMPATIBLE = 'x509: certificate specifies an incompatible key usage';

/**
 * Certificates a member could serve: leaves whose usages allow serverAuth. (One without
 * clientAuth still satisfies Go clients; its gateway problem is a finding of its own.) One
 * recognised as not etcd's (kube-apiserver's) is never guessed for an etcd endpoint.
 */
export const servingEntries = (entries: readonly CertEntry[]): CertEntry[] =>
  entries.filter(
    (e) =>
      !e.report.roles.includes('ca') &&
      e.report.purpose === undefined &&
      allowsUsage(e.cert, 'serverAuth'),
  );

/** Path suffix match: `/etc/etcd/pki/server.crt` names the dropped `pki/server.crt`. */
function byFile(entries: readonly CertEntry[], certFile: string): CertEntry | undefined {
  const want = certFile.replace(/\\/g, '/').split('/').filter(Boolean);
  let best: { e: CertEntry; depth: number } | undefined;
  for (const e of entries) {
    const have = e.report.file.replace(/\\/g, '/').split('/').filter(Boolean);
    let depth = 0;
    while (
      depth < Math.min(want.length, have.length) &&
      want.at(-1 - depth) === have.at(-1 - depth)
    )
      depth++;
    if (depth > 0 && (!best || depth > best.depth)) best = { e, depth };
  }
  return best?.e;
}

/** The one-label wildcard through which `host` matches, when no exact SAN names it. */
export function opensslWildcardMiss(entry: CertEntry, host: string): string | undefined {
  const dns = entry.cert.sans.filter((s) => s.type === 'dns').map((s) => s.value);
  const h = host.toLowerCase().replace(/\.$/, '');
  if (dns.some((d) => d.toLowerCase() === h)) return undefined;
  return dns.find((d) => opensslRefusesWildcard(d) && matchHostnames(d, h));
}

/** Finds the certificate served at `endpoint` and judges it as a Go client would. */
export function judgeEndpoint(
  endpoint: Endpoint,
  hint: EndpointHint | undefined,
  serving: readonly CertEntry[],
  now: Date,
): EndpointResult {
  const host = endpoint.host;
  const peerPort = /:2380(\/|$)/.test(endpoint.text);
  const found = ((): { entry: CertEntry; how: MatchHow } | undefined => {
    const fromConfig = hint?.certFile ? byFile(serving, hint.certFile) : undefined;
    if (fromConfig) return { entry: fromConfig, how: 'config' };
    if (hint?.member && hint.from === 'plan') {
      const file = `${hint.member}/${peerPort ? 'peer' : 'server'}.crt`;
      const e = serving.find((x) => x.report.file.replace(/\\/g, '/').endsWith(file));
      if (e) return { entry: e, how: 'plan' };
    }
    // The SANs decide; a client port prefers a server certificate, the peer port a peer one.
    const named = serving.filter((e) => verifyCertificateHostname(e.cert, host).ok);
    const kind = (e: CertEntry) => /peer/i.test(e.report.file) === peerPort;
    const bySan = named.find(kind) ?? named[0];
    if (bySan) return { entry: bySan, how: 'san' };
    if (serving.length === 1) return { entry: serving[0]!, how: 'only' };
    return undefined;
  })();
  if (!found) return { endpoint, ...(hint ? { hint } : {}), how: 'none' };
  const { entry, how } = found;
  let verdict = goVerify(entry.cert, entry.report.chain, { now, host, usage: 'serverAuth' });
  // Without the CA Go's answer is "unknown authority"; a leaf that cannot serve fails anyway.
  if (!verdict.ok && verdict.stage === 'unchecked' && !allowsUsage(entry.cert, 'serverAuth'))
    verdict = { ok: false, stage: 'usage', error: INCOMPATIBLE };
  const miss = hint?.openssl ? opensslWildcardMiss(entry, host) : undefined;
  return {
    endpoint,
    ...(hint ? { hint } : {}),
    how,
    entry,
    verdict,
    ...(miss ? { opensslMiss: miss } : {}),
  };
}
