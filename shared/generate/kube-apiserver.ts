/**
 * kube-apiserver wiring: the four --etcd-* flags and a kubeadm `etcd.external` snippet, both
 * using kubeadm's file names so a kubeadm control plane needs no path changes
 * (docs/kubernetes.md#kubeadm-file-layout).
 */
import { stringify } from 'yaml';
import { memberUrls } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { commentText, hashLines } from './comments';
import { KUBEADM_PATHS, clientDir } from './paths';
import type { BundleFile } from './types';

/** The https advertise client URLs, in member order. */
export const etcdServers = (plan: Plan): string[] =>
  plan.cluster.members.map((m) => memberUrls(plan, m).client);

/** `--etcd-*` flags of kube-apiserver, in the order the README lists them. */
export function kubeApiserverFlags(plan: Plan): string[] {
  return [
    `--etcd-servers=${etcdServers(plan).join(',')}`,
    `--etcd-cafile=${KUBEADM_PATHS.ca}`,
    `--etcd-certfile=${KUBEADM_PATHS.cert}`,
    `--etcd-keyfile=${KUBEADM_PATHS.key}`,
  ];
}

/** kube-apiserver/etcd.flags and kube-apiserver/kubeadm-etcd-external.yaml. */
export function kubeApiserverFiles(plan: Plan, client: string): BundleFile[] {
  const from = clientDir(client);
  const c = commentText(plan.language).kube;
  const pairs: [string, string][] = [
    [`${from}/ca.crt`, KUBEADM_PATHS.ca],
    [`${from}/client.crt`, KUBEADM_PATHS.cert],
    [`${from}/client.key`, KUBEADM_PATHS.key],
  ];
  const width = Math.max(...pairs.map(([f]) => f.length));
  const copy = hashLines(
    c.copy(
      pairs.map(([f, to]) => [f.padEnd(width), to]),
      '0600',
    ),
  );
  const flags = [
    ...hashLines([c.flagsHead]),
    ...copy,
    ...hashLines([c.flagsAdd]),
    ...kubeApiserverFlags(plan),
    '',
  ].join('\n');
  const kubeadm = stringify(
    {
      apiVersion: 'kubeadm.k8s.io/v1beta3',
      kind: 'ClusterConfiguration',
      etcd: {
        external: {
          endpoints: etcdServers(plan),
          caFile: KUBEADM_PATHS.ca,
          certFile: KUBEADM_PATHS.cert,
          keyFile: KUBEADM_PATHS.key,
        },
      },
    },
    { lineWidth: 0 },
  );
  const header = [...hashLines(c.kubeadmHead), ...copy].join('\n');
  return [
    { path: 'kube-apiserver/etcd.flags', content: flags, mode: 'public' },
    {
      path: 'kube-apiserver/kubeadm-etcd-external.yaml',
      content: `${header}\n${kubeadm}`,
      mode: 'public',
    },
  ];
}
