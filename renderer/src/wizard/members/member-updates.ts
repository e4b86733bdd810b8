/** Pure updates of the draft's member list and cluster settings, for the members step. */
import type { PlanInput } from '../../../../shared/plan/schema';

/** A member as the draft holds it. */
export type DraftMember = PlanInput['cluster']['members'][number];
type Cluster = PlanInput['cluster'];

/** Changes member `i`; `undefined` values remove optional keys (ports back to the default). */
export const updateMember =
  (i: number, patch: Partial<DraftMember>) =>
  (d: PlanInput): PlanInput => ({
    ...d,
    cluster: {
      ...d.cluster,
      members: d.cluster.members.map((m, j) => {
        if (j !== i) return m;
        const next: Record<string, unknown> = { ...m, ...patch };
        for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
        return next as DraftMember;
      }),
    },
  });

/** A name not yet used, following the existing pattern (`etcd0` → `etcd1`). */
export function nextMemberName(members: readonly DraftMember[]): string {
  const names = new Set(members.map((m) => m.name));
  const last = members[members.length - 1]?.name ?? 'etcd';
  const stem = /^(.*?)(-?)\d*$/.exec(last);
  const base = stem?.[1] || 'etcd';
  const sep = stem?.[2] ?? '';
  for (let n = members.length; ; n++)
    if (!names.has(`${base}${sep}${n}`)) return `${base}${sep}${n}`;
}

/** Adds an empty member row. */
export const addMember = (d: PlanInput): PlanInput => ({
  ...d,
  cluster: {
    ...d.cluster,
    members: [...d.cluster.members, { name: nextMemberName(d.cluster.members), addresses: [] }],
  },
});

/** Removes member `i`. */
export const removeMember =
  (i: number) =>
  (d: PlanInput): PlanInput => ({
    ...d,
    cluster: { ...d.cluster, members: d.cluster.members.filter((_m, j) => j !== i) },
  });

/** Changes a cluster-wide setting. */
export const updateCluster =
  (patch: Partial<Cluster>) =>
  (d: PlanInput): PlanInput => ({ ...d, cluster: { ...d.cluster, ...patch } });

/** Changes an etcd setting (version, cluster token). */
export const updateEtcd =
  (patch: Partial<NonNullable<PlanInput['etcd']>>) =>
  (d: PlanInput): PlanInput => ({ ...d, etcd: { ...d.etcd, ...patch } });
