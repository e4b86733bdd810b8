/**
 * The generated files grouped by the machine they go to: each etcd member, each client (the
 * admin machine with etcdctl, kube-apiserver, APISIX…), the kubectl machine for the Kubernetes
 * objects, and the files that stay with the bundle (README, plan, expiry calendar). The Review
 * step lists files this way, and picking a box of the topology opens its group.
 */
import { clientDir, nodeDir } from '../../../../shared/generate/paths';
import { resolveClients } from '../../../../shared/plan/derive';
import type { ClientKind, Plan } from '../../../../shared/plan/schema';

/** What kind of machine a group is for (also the i18n key under review.files.group). */
export type FileGroupKind = 'member' | ClientKind | 'kubernetes' | 'bundle';

/** The files one machine receives. */
export interface FileGroup<F> {
  /** `member:<name>` and `client:<name>` as the topology's node ids; `kubernetes`, `bundle`. */
  readonly id: string;
  readonly kind: FileGroupKind;
  /** The member's or client's name in the plan; absent for kubernetes and bundle. */
  readonly machine?: string;
  readonly files: readonly F[];
}

/** Bundle folders written for a kind of client besides its own clients/<name>/ folder. */
const KIND_FOLDER: Partial<Record<ClientKind, string>> = {
  'kube-apiserver': 'kube-apiserver',
  apisix: 'apisix',
};

const under = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);

/**
 * Groups `files` by machine, in install order (members, clients, Kubernetes, bundle). Every
 * file lands in exactly one group; groups without files are left out.
 */
export function groupFiles<F extends { readonly path: string }>(
  plan: Plan,
  files: readonly F[],
): FileGroup<F>[] {
  const left = new Set(files);
  const take = (match: (path: string) => boolean): F[] => {
    const out = [...left].filter((f) => match(f.path));
    for (const f of out) left.delete(f);
    return out;
  };
  const groups: FileGroup<F>[] = [];
  for (const m of plan.cluster.members)
    groups.push({
      id: `member:${m.name}`,
      kind: 'member',
      machine: m.name,
      files: take((p) => under(p, nodeDir(m.name))),
    });
  for (const c of resolveClients(plan)) {
    const folder = KIND_FOLDER[c.kind];
    groups.push({
      id: `client:${c.name}`,
      kind: c.kind,
      machine: c.name,
      files: take((p) => under(p, clientDir(c.name)) || (folder !== undefined && under(p, folder))),
    });
  }
  groups.push({ id: 'kubernetes', kind: 'kubernetes', files: take((p) => under(p, 'kubernetes')) });
  groups.push({ id: 'bundle', kind: 'bundle', files: take(() => true) });
  return groups.filter((g) => g.files.length > 0);
}

/** The group a topology node opens: its own, or the bundle's for the CA. */
export function groupOfNode<F>(
  groups: readonly FileGroup<F>[],
  nodeId: string,
): FileGroup<F> | undefined {
  return groups.find((g) => g.id === (nodeId === 'ca' ? 'bundle' : nodeId));
}
