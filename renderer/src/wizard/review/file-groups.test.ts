import { describe, expect, it } from 'vitest';
import { exampleBundleInput, generateBundleFiles } from '../../../../shared/generate';
import { planSchema } from '../../../../shared/plan/schema';
import { groupFiles, groupOfNode } from './file-groups';

const plan = planSchema.parse({
  version: 1,
  cluster: {
    members: [
      { name: 'etcd0', addresses: ['10.0.0.10'] },
      { name: 'etcd1', addresses: ['10.0.0.11'] },
    ],
  },
  clients: ['kube-apiserver', 'etcdctl', 'apisix', { name: 'backup', kind: 'custom' }],
  apisix: { discovery: {} },
});
// The text files the Review step previews, from the real generator.
const files = generateBundleFiles(
  exampleBundleInput(plan, new Date('2027-01-01T00:00:00Z'), { pkcs12: false }),
).files.filter((f) => !f.content.includes('-----BEGIN'));

describe('groupFiles', () => {
  const groups = groupFiles(plan, files);
  const paths = (id: string) => groups.find((g) => g.id === id)?.files.map((f) => f.path);

  it('puts every file in exactly one group, machines in install order', () => {
    const all = groups.flatMap((g) => g.files.map((f) => f.path));
    expect(all.sort()).toEqual(files.map((f) => f.path).sort());
    expect(new Set(all).size).toBe(all.length);
    expect(groups.map((g) => g.id)).toEqual([
      'member:etcd0',
      'member:etcd1',
      'client:kube-apiserver',
      'client:etcdctl',
      'client:apisix',
      'kubernetes',
      'bundle',
    ]);
  });

  it('gives each machine its own folder, and clients the folders of their kind', () => {
    expect(paths('member:etcd1')).toContain('nodes/etcd1/etcd.conf.yml');
    expect(paths('member:etcd1')?.every((p) => p.startsWith('nodes/etcd1/'))).toBe(true);
    expect(paths('client:etcdctl')).toContain('clients/etcdctl/etcdctl.env');
    expect(paths('client:kube-apiserver')).toContain('kube-apiserver/etcd.flags');
    expect(paths('client:apisix')).toEqual(['apisix/config.yaml']);
    expect(paths('kubernetes')).toContain('kubernetes/apisix-discovery-rbac.yaml');
    expect(paths('bundle')).toContain('README.md');
  });

  it('opens the group of a topology node; the CA opens the bundle-level files', () => {
    expect(groupOfNode(groups, 'member:etcd0')?.kind).toBe('member');
    expect(groupOfNode(groups, 'ca')?.id).toBe('bundle');
    // A custom client gets only certificate and key files: no text file to preview.
    expect(groupOfNode(groups, 'client:backup')).toBeUndefined();
  });
});
