/**
 * Kubernetes manifests: a kubernetes.io/tls Secret per client (for pods that talk to etcd) and
 * the RBAC APISIX's Kubernetes discovery needs. Built with the typed builders of
 * kubernetes-objects.ts and validated before serialising, so a wrong field fails here and not at
 * `kubectl apply`.
 */
import { stringify } from 'yaml';
import { resolveClients } from '../plan/derive';
import type { Plan, PlanApisix } from '../plan/schema';
import type { CommentText } from './comment-text';
import { commentText, hashLines } from './comments';
import { COMMENTS_EN } from './comments-en';
import {
  clusterRole,
  clusterRoleBinding,
  kubernetesProblems,
  secret,
  serviceAccount,
  type KubernetesObject,
} from './kubernetes-objects';
import { kubernetesSecretPath } from './paths';
import type { BundleFile, ClientPems } from './types';

type Discovery = NonNullable<PlanApisix['discovery']>;

const MANAGED = { 'app.kubernetes.io/managed-by': 'etcd-tls-wizard' };

/**
 * Serialises validated objects as one multi-document YAML text. The plan schema already limits
 * every name that reaches here, so an invalid object is a bug in this generator: it throws.
 */
function documents(header: string, objects: KubernetesObject[]): string {
  const docs = objects.map((o) => {
    const problems = kubernetesProblems(o);
    if (problems.length > 0)
      throw new Error(
        `bug: generated ${o.kind} "${o.metadata.name}" is invalid: ${problems.join('; ')}`,
      );
    return stringify(o, { lineWidth: 0, aliasDuplicateObjects: false });
  });
  return `${header}\n${docs.join('---\n')}`;
}

/** Secret name of a client's certificate: a DNS label built from the client name. */
export const clientSecretName = (client: string): string =>
  `etcd-client-${client.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;

/**
 * One kubernetes.io/tls Secret per client with tls.crt, tls.key and ca.crt
 * (docs/kubernetes.md#tls-secrets-for-etcd-clients). Called by the writer, which alone holds the
 * PEM texts.
 */
export function kubernetesSecrets(plan: Plan, pems: ClientPems): BundleFile[] {
  const ns = plan.kubernetes.namespace;
  const text = commentText(plan.language).kubernetes;
  return resolveClients(plan).map((c) => {
    const pem = pems.clients[c.name];
    if (!pem) throw new Error(`bug: no PEMs for client ${c.name}`);
    const manifest = secret({
      metadata: { name: clientSecretName(c.name), namespace: ns, labels: MANAGED },
      type: 'kubernetes.io/tls',
      stringData: { 'tls.crt': pem.cert, 'tls.key': pem.key, 'ca.crt': pems.ca },
    });
    const file = kubernetesSecretPath(c.name).split('/').pop() ?? '';
    const header = hashLines(text.secretHead(c.name, c.kind, file, ns)).join('\n');
    return {
      path: kubernetesSecretPath(c.name),
      content: documents(header, [manifest]),
      mode: 'secret' as const,
    };
  });
}

/**
 * RBAC rules of APISIX discovery: exactly get/list/watch
 * (docs/kubernetes.md#rbac-for-apisix-discovery).
 */
export function discoveryRules(
  d: Discovery,
): { apiGroups: string[]; resources: string[]; verbs: string[] }[] {
  const verbs = ['get', 'list', 'watch'];
  const rules = [{ apiGroups: [''], resources: ['endpoints'], verbs }];
  if (d.watchEndpointSlices)
    rules.push({ apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs });
  return rules;
}

/** Name of the long-lived token Secret (docs/kubernetes.md#service-account-token-secret). */
export const discoveryTokenSecretName = (d: Discovery): string => `${d.serviceAccount}-token`;

/** kubernetes/apisix-discovery-rbac.yaml: ServiceAccount, ClusterRole, binding, token Secret. */
export function apisixDiscoveryRbac(d: Discovery, c: CommentText = COMMENTS_EN): BundleFile {
  const sa = d.serviceAccount;
  const objects = [
    serviceAccount({ metadata: { name: sa, namespace: d.namespace, labels: MANAGED } }),
    clusterRole({ metadata: { name: sa, labels: MANAGED }, rules: discoveryRules(d) }),
    clusterRoleBinding({
      metadata: { name: sa, labels: MANAGED },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: sa },
      subjects: [{ kind: 'ServiceAccount', name: sa, namespace: d.namespace }],
    }),
    // Kubernetes 1.24+ no longer creates a token Secret for a ServiceAccount; this asks the
    // token controller for a non-expiring one (docs/kubernetes.md#service-account-token-secret).
    secret({
      metadata: {
        name: discoveryTokenSecretName(d),
        namespace: d.namespace,
        labels: MANAGED,
        annotations: { 'kubernetes.io/service-account.name': sa },
      },
      type: 'kubernetes.io/service-account-token',
    }),
  ];
  const readToken = `kubectl -n ${d.namespace} get secret ${discoveryTokenSecretName(d)} -o jsonpath='{.data.token}' | base64 -d`;
  const header = hashLines(c.kubernetes.rbacHead(d.namespace, readToken)).join('\n');
  return {
    path: 'kubernetes/apisix-discovery-rbac.yaml',
    content: documents(header, objects),
    mode: 'public',
  };
}
