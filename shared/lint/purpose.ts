/**
 * Certificates the inspector recognises as made for something other than etcd, so that a whole
 * /etc/kubernetes/pki dropped on it is not judged as if every serverAuth leaf served etcd
 * (docs/lint-rules.md, "Certificates not used by etcd"). Only shapes that cannot be an etcd
 * certificate in use are recognised: a certificate that could also serve etcd stays an etcd one.
 */
import type { DecodedCertificate, Role } from '../pki/model';
import { allowsUsage, isCa, likelyRoles } from './roles';
import type { ForeignPurpose } from './types';

// The in-cluster name of the `kubernetes` Service, with or without the cluster domain: only
// kube-apiserver's serving certificate names it.
const KUBE_SERVICE = /^kubernetes\.default\.svc(\.[a-z0-9-]+)*\.?$/;

/**
 * The non-etcd purpose of a certificate, when its shape says so: kube-apiserver's serving
 * certificate (a `kubernetes.default.svc[.<domain>]` DNS SAN or kubeadm's CN `kube-apiserver`)
 * that cannot authenticate as a client, so etcd's gateway could never have used it; kubeadm's
 * `kube-apiserver-kubelet-client` and `front-proxy-client`, which cannot serve TLS. A CA, or a
 * leaf with both usages (Kubernetes The Hard Way shares one between etcd and kube-apiserver),
 * stays judged as etcd's.
 */
export function foreignPurpose(cert: DecodedCertificate): ForeignPurpose | undefined {
  if (isCa(cert)) return undefined;
  const server = allowsUsage(cert, 'serverAuth');
  const client = allowsUsage(cert, 'clientAuth');
  const cn = cert.subject.commonName ?? '';
  if (server && !client) {
    const kubeName = cert.sans.some(
      (s) => s.type === 'dns' && KUBE_SERVICE.test(s.value.toLowerCase()),
    );
    if (kubeName || cn === 'kube-apiserver') return 'kube-apiserver-serving';
  }
  if (client && !server) {
    if (cn === 'kube-apiserver-kubelet-client') return 'kube-apiserver-kubelet-client';
    if (cn === 'front-proxy-client') return 'kube-front-proxy-client';
  }
  return undefined;
}

/**
 * The roles a certificate is judged for and, when it is recognised as not etcd's, its purpose
 * (then no role): the role the user gave always wins, a CA stays a CA.
 */
export function judgedAs(
  cert: DecodedCertificate,
  role?: Role,
): { readonly roles: Role[]; readonly purpose?: ForeignPurpose } {
  if (role !== undefined) return { roles: [role] };
  const purpose = foreignPurpose(cert);
  return purpose ? { roles: [], purpose } : { roles: likelyRoles(cert) };
}
