/**
 * The kinds of etcd client a plan names, apart from schema.ts so that code needing only the list
 * (manifest.json's reader) does not build the plan's schema.
 */
export const CLIENT_KINDS = ['kube-apiserver', 'apisix', 'etcdctl', 'custom'] as const;
/** One of {@link CLIENT_KINDS}. */
export type ClientKind = (typeof CLIENT_KINDS)[number];
