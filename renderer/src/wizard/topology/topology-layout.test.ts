import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../../shared/plan/schema';
import { fit, topologyLayout } from './topology-layout';

const plan = (members: number, clients: string[], auth = false) =>
  planSchema.parse({
    version: 1,
    etcd: { auth },
    cluster: {
      members: Array.from({ length: members }, (_, i) => ({
        name: `etcd${i}`,
        addresses: [`10.0.0.${10 + i}`],
      })),
    },
    clients,
  });

describe('topology layout', () => {
  it('connects every client to every member, members in a ring, the CA to every member', () => {
    const l = topologyLayout(plan(3, ['kube-apiserver', 'etcdctl', 'apisix']));
    const count = (k: string) => l.edges.filter((e) => e.kind === k).length;
    expect(count('client')).toBe(9);
    expect(count('peer')).toBe(3);
    expect(count('signs')).toBe(3);
    const peers = l.edges
      .filter((e) => e.kind === 'peer')
      .map((e) => [e.from, e.to].sort().join(' '));
    expect(new Set(peers)).toEqual(
      new Set([
        'member:etcd0 member:etcd1',
        'member:etcd1 member:etcd2',
        'member:etcd0 member:etcd2',
      ]),
    );
  });

  it('keeps boxes inside the picture and apart from each other, for many members', () => {
    const l = topologyLayout(plan(7, ['etcdctl']));
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w).toBeLessThanOrEqual(l.width);
      expect(n.y + n.h).toBeLessThanOrEqual(l.height);
    }
    const row = l.nodes.filter((n) => n.kind === 'member').sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++)
      expect(row[i]!.x).toBeGreaterThanOrEqual(row[i - 1]!.x + row[i - 1]!.w);
    // A one-member cluster has no peer line.
    expect(topologyLayout(plan(1, ['etcdctl'])).edges.filter((e) => e.kind === 'peer')).toEqual([]);
  });

  it("shows the client's CN, empty for APISIX with etcd auth", () => {
    const l = topologyLayout(plan(1, ['apisix', 'etcdctl'], true));
    expect(l.nodes.find((n) => n.id === 'client:apisix')?.detail).toBe('CN ∅');
    expect(l.nodes.find((n) => n.id === 'client:etcdctl')?.detail).toBe('CN=etcdctl');
    expect(fit('a-very-long-member-name-indeed')).toHaveLength(20);
  });
});
