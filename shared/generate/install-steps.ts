/**
 * What to do with a bundle once it is written: which folder goes to which machine, where its
 * files land there, and the commands to run, in the order that works (members first, then the
 * etcdctl check, kube-apiserver, the Kubernetes objects, APISIX). The README prints these
 * commands and the export step shows them with copy buttons, so the two never disagree.
 * Steps are data: the window and the README choose the words for each `kind`.
 */
import { advertiseAddress, resolveClients } from '../plan/derive';
import type { Plan } from '../plan/schema';
import { clientSecretName, discoveryTokenSecretName } from './kubernetes';
import {
  APISIX_PATHS,
  KUBEADM_PATHS,
  clientDir,
  etcdctlDir,
  kubernetesSecretPath,
  memberPaths,
  nodeDir,
} from './paths';
import type { ClientRoles } from './types';

/** One step of putting a bundle to work. */
export interface InstallStep {
  readonly kind:
    'member' | 'etcdctl' | 'kube-apiserver' | 'kubernetes' | 'apisix-discovery' | 'apisix';
  /** The machine the commands run on: a member's name, or the client's name in the plan. */
  readonly machine: string;
  /** How to reach a member's machine (its advertised address), when the plan knows it. */
  readonly host?: string;
  /** Bundle folders (relative paths) to copy to the machine; empty when nothing is copied. */
  readonly copy: readonly string[];
  /** Where the files end up on the machine (a folder), when files are installed. */
  readonly target?: string;
  /** Shell commands to run on the machine, from the folder the bundle was copied into. */
  readonly commands: readonly string[];
}

/** The steps of installing the bundle of `plan`, in order. */
export function installSteps(
  plan: Plan,
  roles: ClientRoles,
  options: { readonly etcdctlDir?: string } = {},
): InstallStep[] {
  const steps: InstallStep[] = [];
  for (const m of plan.cluster.members) {
    const d = nodeDir(m.name);
    const p = memberPaths(plan, m);
    steps.push({
      kind: 'member',
      machine: m.name,
      host: advertiseAddress(m).value,
      copy: [d],
      target: p.pkiDir,
      commands: [
        `install -d -m 700 ${p.pkiDir} ${p.dataDir}`,
        `install -m 644 ${d}/ca.crt ${d}/server.crt ${d}/peer.crt ${p.pkiDir}/`,
        `install -m 600 ${d}/server.key ${d}/peer.key ${p.pkiDir}/`,
        `install -m 644 ${d}/etcd.conf.yml ${p.configFile}`,
        `install -m 644 ${d}/etcd.service /etc/systemd/system/${p.unitName}`,
        `systemctl daemon-reload && systemctl enable --now ${p.unitName}`,
      ],
    });
  }
  const home = etcdctlDir(plan, options.etcdctlDir);
  for (const name of roles.etcdctl) {
    const d = clientDir(name);
    steps.push({
      kind: 'etcdctl',
      machine: name,
      copy: [d],
      target: home,
      commands: [
        `install -d -m 700 ${home}`,
        `install -m 644 ${d}/ca.crt ${d}/client.crt ${d}/etcdctl.env ${home}/`,
        `install -m 600 ${d}/client.key ${home}/`,
        `. ${home}/etcdctl.env`,
        'etcdctl endpoint health',
        'etcdctl endpoint status -w table',
      ],
    });
  }
  if (roles.kubeApiserver !== undefined) {
    const d = clientDir(roles.kubeApiserver);
    steps.push({
      kind: 'kube-apiserver',
      machine: roles.kubeApiserver,
      copy: [d],
      target: KUBEADM_PATHS.ca.replace(/\/[^/]+$/, ''),
      commands: [
        `install -d ${KUBEADM_PATHS.ca.replace(/\/[^/]+$/, '')}`,
        `install -m 644 ${d}/ca.crt ${KUBEADM_PATHS.ca}`,
        `install -m 644 ${d}/client.crt ${KUBEADM_PATHS.cert}`,
        `install -m 600 ${d}/client.key ${KUBEADM_PATHS.key}`,
      ],
    });
  }
  const clients = resolveClients(plan);
  steps.push({
    kind: 'kubernetes',
    machine: 'kubectl',
    copy: ['kubernetes'],
    commands: clients.map(
      (c) =>
        `kubectl apply -f ${kubernetesSecretPath(c.name)}   # Secret ${plan.kubernetes.namespace}/${clientSecretName(c.name)}`,
    ),
  });
  const discovery = plan.apisix?.discovery;
  if (roles.apisix !== undefined && discovery)
    steps.push({
      kind: 'apisix-discovery',
      machine: roles.apisix,
      copy: ['kubernetes'],
      target: APISIX_PATHS.token,
      commands: [
        `kubectl create namespace ${discovery.namespace} --dry-run=client -o yaml | kubectl apply -f -`,
        'kubectl apply -f kubernetes/apisix-discovery-rbac.yaml',
        `kubectl -n ${discovery.namespace} get secret ${discoveryTokenSecretName(discovery)} -o jsonpath='{.data.token}' | base64 -d > ${APISIX_PATHS.token}`,
        `chmod 600 ${APISIX_PATHS.token}`,
      ],
    });
  if (roles.apisix !== undefined) {
    const d = clientDir(roles.apisix);
    steps.push({
      kind: 'apisix',
      machine: roles.apisix,
      copy: [d, 'apisix'],
      target: APISIX_PATHS.dir,
      commands: [
        `install -d -m 700 ${APISIX_PATHS.dir}`,
        `install -m 644 ${d}/ca.crt ${d}/client.crt ${APISIX_PATHS.dir}/`,
        `install -m 600 ${d}/client.key ${APISIX_PATHS.dir}/`,
      ],
    });
  }
  return steps;
}

/**
 * A command that copies a step's folders to `host` over SSH, keeping their bundle-relative
 * paths under `~/etcd-tls/` there (tar through ssh: present wherever ssh is, unlike rsync).
 */
export function copyCommand(step: InstallStep, host: string, user = 'root'): string | undefined {
  if (step.copy.length === 0) return undefined;
  const dest = 'etcd-tls';
  return `tar -czf - ${step.copy.join(' ')} | ssh ${user}@${host} 'mkdir -p ${dest} && tar -xzf - -C ${dest}'`;
}
