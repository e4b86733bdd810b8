/**
 * Where every file lives: inside the bundle (for the writer) and on the target machines (for
 * the generated configs). Both come from here so a config never points at a file that the
 * README tells users to put somewhere else.
 */
import { colocatedMembers, resolveClients } from '../plan/derive';
import type { Plan, PlanMember } from '../plan/schema';
import type { BundleLayout, CertId, PemPaths } from './types';

/** Joins POSIX path parts without doubling slashes. */
export function joinPath(...parts: string[]): string {
  const joined = parts.filter((p) => p !== '').join('/');
  return joined.replace(/\/{2,}/g, '/');
}

/** POSIX dirname; `/` for top-level entries. */
export function dirName(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const i = trimmed.lastIndexOf('/');
  return i <= 0 ? '/' : trimmed.slice(0, i);
}

/**
 * kubeadm's file names (docs/kubernetes.md#kubeadm-file-layout) so that a kubeadm cluster finds
 * the client files.
 */
export const KUBEADM_PATHS = {
  ca: '/etc/kubernetes/pki/etcd/ca.crt',
  cert: '/etc/kubernetes/pki/apiserver-etcd-client.crt',
  key: '/etc/kubernetes/pki/apiserver-etcd-client.key',
} as const;

/** Where APISIX's etcd files go on an APISIX host (the same names as in the bundle). */
export const APISIX_PATHS = {
  dir: '/usr/local/apisix/conf/etcd',
  ca: '/usr/local/apisix/conf/etcd/ca.crt',
  cert: '/usr/local/apisix/conf/etcd/client.crt',
  key: '/usr/local/apisix/conf/etcd/client.key',
  /**
   * The long-lived ServiceAccount token for Kubernetes discovery
   * (docs/kubernetes.md#service-account-token-secret).
   */
  token: '/usr/local/apisix/conf/kubernetes-discovery.token',
} as const;

/** True when the member shares a host address with another member (a one-machine cluster). */
export function isColocated(plan: Plan, member: PlanMember): boolean {
  return colocatedMembers(plan).has(member);
}

/** Absolute paths of one member's files on its machine. */
export interface MemberPaths {
  readonly pkiDir: string;
  readonly dataDir: string;
  readonly ca: string;
  readonly serverCert: string;
  readonly serverKey: string;
  readonly peerCert: string;
  readonly peerKey: string;
  /** Where etcd.conf.yml is installed (the systemd unit passes it to --config-file). */
  readonly configFile: string;
  /** Where etcd.env is installed when the env form is used. */
  readonly envFile: string;
  /** systemd unit name. */
  readonly unitName: string;
}

/**
 * Paths of a member on its machine. Members that share a host get their own sub-folders,
 * config file and unit name, because two etcd processes cannot share a data dir or key files.
 */
export function memberPaths(plan: Plan, member: PlanMember): MemberPaths {
  const shared = isColocated(plan, member);
  const pkiDir = shared ? joinPath(plan.pkiDir, member.name) : plan.pkiDir;
  const dataDir = shared ? joinPath(plan.dataDir, member.name) : plan.dataDir;
  const confDir = dirName(plan.pkiDir);
  const suffix = shared ? `-${member.name}` : '';
  return {
    pkiDir,
    dataDir,
    ca: joinPath(pkiDir, 'ca.crt'),
    serverCert: joinPath(pkiDir, 'server.crt'),
    serverKey: joinPath(pkiDir, 'server.key'),
    peerCert: joinPath(pkiDir, 'peer.crt'),
    peerKey: joinPath(pkiDir, 'peer.key'),
    configFile: joinPath(confDir, `etcd${suffix}.conf.yml`),
    envFile: joinPath(confDir, `etcd${suffix}.env`),
    unitName: `etcd${suffix}.service`,
  };
}

/** Default install folder of etcdctl's files on an admin host. */
export const etcdctlDir = (plan: Plan, override?: string): string =>
  override ?? joinPath(plan.pkiDir, 'etcdctl');

/** Bundle folder of a member. */
export const nodeDir = (member: string): string => `nodes/${member}`;
/** Bundle folder of a client. */
export const clientDir = (client: string): string => `clients/${client}`;
/** Bundle path of a client's Kubernetes TLS Secret manifest. */
export const kubernetesSecretPath = (client: string): string =>
  `kubernetes/etcd-client-${client}.secret.yaml`;

/** Where the writer puts every PEM so that the configs and the README point at them. */
export function bundleLayout(plan: Plan): BundleLayout {
  const certs: Record<CertId, PemPaths> = {};
  const copies: string[] = [];
  for (const m of plan.cluster.members) {
    const dir = nodeDir(m.name);
    certs[`server:${m.name}`] = { cert: `${dir}/server.crt`, key: `${dir}/server.key` };
    certs[`peer:${m.name}`] = { cert: `${dir}/peer.crt`, key: `${dir}/peer.key` };
    copies.push(`${dir}/ca.crt`);
  }
  for (const c of resolveClients(plan)) {
    const dir = clientDir(c.name);
    certs[`client:${c.name}`] = {
      cert: `${dir}/client.crt`,
      key: `${dir}/client.key`,
      p12: `${dir}/client.p12`,
    };
    copies.push(`${dir}/ca.crt`);
  }
  return { ca: { cert: 'ca/ca.crt', key: 'ca/ca.key', copies }, certs };
}
