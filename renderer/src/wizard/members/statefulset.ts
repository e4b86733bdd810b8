/**
 * The Kubernetes StatefulSet shortcut. A StatefulSet's pods are named `<sts>-0 … <sts>-(n-1)`,
 * and its governing headless Service (spec.serviceName) gives each pod the stable DNS name
 * `<pod>.<service>.<namespace>.svc.<cluster-domain>`. Those names are what members advertise
 * to each other and what clients inside the cluster dial, so they become the member addresses;
 * the Service names and a wildcard over the pods become extra SANs (the wildcard also covers
 * pods added by scaling up later).
 */
import type { PlanInput } from '../../../../shared/plan/schema';

/** What the shortcut asks for. */
export interface StatefulSetInput {
  readonly replicas: number;
  readonly statefulSet: string;
  readonly service: string;
  readonly namespace: string;
  readonly clusterDomain: string;
}

/** Defaults: the common three-replica `etcd` StatefulSet in namespace `etcd`. */
export const DEFAULT_STATEFULSET: StatefulSetInput = {
  replicas: 3,
  statefulSet: 'etcd',
  service: 'etcd',
  namespace: 'etcd',
  clusterDomain: 'cluster.local',
};

/** RFC 1123 label, as Kubernetes requires for StatefulSet, Service and Namespace names. */
export const K8S_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A cluster domain: dot-separated RFC 1123 labels. */
export const CLUSTER_DOMAIN =
  /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** Members and SANs the shortcut produces. */
export interface StatefulSetResult {
  readonly members: { readonly name: string; readonly addresses: string[] }[];
  readonly extraSans: string[];
}

/** Computes the members and extra SANs for a StatefulSet. */
export function statefulSetMembers(input: StatefulSetInput): StatefulSetResult {
  const domain = input.clusterDomain.replace(/\.$/, '');
  const svc = `${input.service}.${input.namespace}.svc`;
  const members = Array.from({ length: input.replicas }, (_v, i) => {
    const pod = `${input.statefulSet}-${i}`;
    return { name: pod, addresses: [`${pod}.${svc}.${domain}`] };
  });
  return {
    members,
    extraSans: [
      `*.${svc}.${domain}`,
      `${svc}.${domain}`,
      svc,
      `${input.service}.${input.namespace}`,
    ],
  };
}

/**
 * Applies the shortcut to a draft: the members are replaced (a StatefulSet is the whole
 * cluster), the SANs are added to the extra SANs the user already had, without repeats.
 */
export function applyStatefulSet(draft: PlanInput, input: StatefulSetInput): PlanInput {
  const r = statefulSetMembers(input);
  const extra = draft.cluster.extraSans ?? [];
  return {
    ...draft,
    cluster: {
      ...draft.cluster,
      members: r.members,
      extraSans: [...extra, ...r.extraSans.filter((s) => !extra.includes(s))],
    },
  };
}
