import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../../shared/plan/schema';
import { estimateWidth, fitText, LABEL_FONT, PAD, topologyLayout } from './topology-layout';

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
    expect(l.nodes.find((n) => n.id === 'client:apisix')?.details).toEqual(['CN ∅']);
    expect(l.nodes.find((n) => n.id === 'client:etcdctl')?.details).toEqual(['CN=etcdctl']);
  });

  it('shows the DNS name clients dial as well as the IP and ports', () => {
    const p = planSchema.parse({
      version: 1,
      cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] }] },
      clients: ['etcdctl'],
    });
    const m = topologyLayout(p).nodes.find((n) => n.id === 'member:etcd0')!;
    expect(m.details).toEqual(['etcd0.example.internal', '10.0.0.10 :2379/2380']);
    const dnsOnly = planSchema.parse({
      ...p,
      cluster: { members: [{ name: 'etcd0', addresses: ['etcd0.example.internal'] }] },
    });
    expect(topologyLayout(dnsOnly).nodes.find((n) => n.kind === 'member')!.details).toEqual([
      'etcd0.example.internal',
      ':2379/2380',
    ]);
  });

  it('never lets text overflow a box: long names widen the boxes, then are cut with …', () => {
    const long = 'etcd-member-with-a-really-quite-long-name-0.east.example.internal';
    const p = planSchema.parse({
      version: 1,
      ca: { commonName: '一个名字很长很长很长的证书颁发机构名称' },
      cluster: { members: [{ name: long.slice(0, 60), addresses: [`${long}.svc`, '10.0.0.10'] }] },
      clients: [
        { name: 'client-with-a-long-name-too', kind: 'custom', commonName: long.slice(0, 60) },
      ],
    });
    const l = topologyLayout(p);
    for (const n of l.nodes)
      for (const line of n.lines) {
        expect(estimateWidth(line.text, line.font), line.full).toBeLessThanOrEqual(n.w - 2 * PAD);
        expect(line.full.startsWith(line.text.replace(/…$/, ''))).toBe(true);
      }
    const member = l.nodes.find((n) => n.kind === 'member')!;
    expect(member.lines[0]!.text.endsWith('…')).toBe(true);
    expect(member.w).toBeGreaterThan(150);
    expect(fitText('etcd0', 100, LABEL_FONT, estimateWidth)).toBe('etcd0');
  });
});
