/**
 * Which of the files dropped on the inspector a live check should use: the CA certificate, and
 * a client certificate with its key (etcdctl's first, then kube-apiserver's, then any client's),
 * chosen from the inspector's analysis so the user rarely has to pick.
 */
import type { CertificateReport } from '../../../shared/lint/inspect-report';

/** File names (as the inspector knows them) for each slot of the check. */
export interface PickedFiles {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
}

const PREFERRED_CLIENTS = ['etcdctl', 'kube-apiserver-etcd-client', 'apisix'];

/** The best guess among `certificates`, using only files in `available`. */
export function pickProbeFiles(
  certificates: readonly CertificateReport[],
  available: ReadonlySet<string>,
): PickedFiles {
  const ca =
    certificates.find(
      (c) => c.roles.includes('ca') && c.certificate.selfSigned && available.has(c.file),
    ) ?? certificates.find((c) => c.roles.includes('ca') && available.has(c.file));
  const clients = certificates.filter(
    (c) =>
      !c.roles.includes('ca') &&
      c.purpose === undefined &&
      c.verdicts.some((v) => v.role === 'client' && v.ok) &&
      available.has(c.file) &&
      c.keyFiles.some((k) => available.has(k)),
  );
  const rank = (c: CertificateReport) => {
    const i = PREFERRED_CLIENTS.indexOf(c.certificate.subject.commonName ?? '');
    // Certificates made for clients only come before server certificates that also allow it.
    const serverToo = c.verdicts.some((v) => v.role === 'etcd-server' && v.ok) ? 1 : 0;
    return (i < 0 ? PREFERRED_CLIENTS.length : i) * 2 + serverToo;
  };
  const client = [...clients].sort((a, b) => rank(a) - rank(b))[0];
  return {
    ...(ca ? { ca: ca.file } : {}),
    ...(client ? { cert: client.file, key: client.keyFiles.find((k) => available.has(k))! } : {}),
  };
}
