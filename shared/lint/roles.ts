/**
 * Which etcd roles a certificate can serve, judged the way Go and etcd judge usages (no EKU
 * extension means any usage; `any` satisfies everything: docs/go-x509.md#extended-key-usage), and
 * why it cannot serve the others, quoting the error the user would see.
 */
import type { DecodedCertificate, Role } from '../pki/model';
import { lintMessages, type LintLocale } from './rules';
import type { RoleReason, RoleVerdict } from './types';

const INCOMPATIBLE = 'x509: certificate specifies an incompatible key usage';

/** True when the EKU allows `usage` (absent extension or `any` allow everything). */
export function allowsUsage(cert: DecodedCertificate, usage: 'serverAuth' | 'clientAuth'): boolean {
  const eku = cert.extKeyUsage;
  if (eku === undefined) return true;
  return eku.usages.includes(usage) || eku.usages.includes('any');
}

/** True for a certificate marked as a CA. */
export const isCa = (cert: DecodedCertificate): boolean => cert.basicConstraints?.ca === true;

/**
 * The roles' verdicts for one certificate, all four, in a fixed order. `intended` are the roles
 * it is meant for (default: {@link likelyRoles}); a "no" for another role quotes no error, since
 * nothing fails when a leaf is no CA or a client certificate cannot serve.
 */
export function inferRoles(
  cert: DecodedCertificate,
  locale: LintLocale = 'en',
  intended: readonly Role[] = likelyRoles(cert),
): RoleVerdict[] {
  const texts = lintMessages(locale).roleReasons;
  const v = (role: Role, reason: RoleReason, seenAs = ''): RoleVerdict => {
    const meant = intended.includes(role);
    return {
      role,
      ok: reason.endsWith('-ok'),
      intended: meant,
      reason,
      text: texts[reason],
      seenAs: meant ? seenAs : '',
    };
  };
  const ca = isCa(cert);
  const server = allowsUsage(cert, 'serverAuth');
  const client = allowsUsage(cert, 'clientAuth');
  const cn = cert.subject.commonName ?? '';
  const caVerdict = !ca
    ? v(
        'ca',
        'not-ca',
        `x509: certificate signed by unknown authority (possibly because of "x509: invalid signature: parent certificate cannot sign this kind of certificate" while trying to verify candidate authority certificate "${cn}")`,
      )
    : cert.keyUsage !== undefined && !cert.keyUsage.usages.includes('keyCertSign')
      ? v(
          'ca',
          'ca-no-key-cert-sign',
          'openssl verify: key usage does not include certificate signing',
        )
      : v('ca', 'ca-ok');
  if (ca) {
    return [caVerdict, v('etcd-server', 'is-ca'), v('etcd-peer', 'is-ca'), v('client', 'is-ca')];
  }
  const serverSeen = `tls: failed to verify certificate: ${INCOMPATIBLE}`;
  const clientSeen = `tls: failed to verify client certificate: ${INCOMPATIBLE}`;
  return [
    caVerdict,
    !server
      ? v('etcd-server', 'no-server-auth', serverSeen)
      : client
        ? v('etcd-server', 'server-ok')
        : // The gateway dials the member with --cert-file as its client certificate
          // (docs/etcd-tls.md#the-gateway-dials-its-own-member).
          v(
            'etcd-server',
            'server-no-client-auth',
            `etcd log: "rejected connection" … ${clientSeen}; gateway: HTTP 503 {"code":14}`,
          ),
    !server
      ? v('etcd-peer', 'no-server-auth', serverSeen)
      : client
        ? v('etcd-peer', 'peer-ok')
        : v('etcd-peer', 'peer-no-client-auth', clientSeen),
    client ? v('client', 'client-ok') : v('client', 'no-client-auth', clientSeen),
  ];
}

/**
 * The roles a certificate is most likely meant for, when the user did not say: the CA; a
 * serverAuth+clientAuth leaf as server and peer; serverAuth only as server; clientAuth only as
 * client. A leaf without EKU counts as server and peer when it names hosts, else as client.
 */
export function likelyRoles(cert: DecodedCertificate): Role[] {
  if (isCa(cert)) return ['ca'];
  const eku = cert.extKeyUsage;
  if (eku === undefined) return cert.sans.length > 0 ? ['etcd-server', 'etcd-peer'] : ['client'];
  const server = allowsUsage(cert, 'serverAuth');
  const client = allowsUsage(cert, 'clientAuth');
  if (server && client) return ['etcd-server', 'etcd-peer'];
  if (server) return ['etcd-server'];
  return ['client'];
}
