// The certificate profiles are the product's core decisions: pin them. What each certificate gets
// and why: docs/generated-files.md#certificates.
import { describe, expect, it } from 'vitest';
import { planSchema } from '../plan/schema';
import { certificateSpecs } from './profiles';

const base = {
  version: 1,
  cluster: {
    extraSans: ['*.etcd.example.internal', '10.0.0.100'],
    loopbackSans: false,
    members: [
      { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
      { name: 'etcd1', addresses: ['etcd1.example.internal', '10.0.0.11'] },
    ],
  },
};

describe('certificateSpecs', () => {
  it('gives servers and peers both EKUs, member CNs and typed SANs; extra SANs only on servers', () => {
    const specs = certificateSpecs(planSchema.parse({ ...base, clients: [] }));
    expect(specs.map((s) => [s.id, s.role, s.commonName, s.extKeyUsage.join('+')])).toEqual([
      ['server:etcd0', 'etcd-server', 'etcd0', 'serverAuth+clientAuth'],
      ['server:etcd1', 'etcd-server', 'etcd1', 'serverAuth+clientAuth'],
      ['peer:etcd0', 'etcd-peer', 'etcd0', 'serverAuth+clientAuth'],
      ['peer:etcd1', 'etcd-peer', 'etcd1', 'serverAuth+clientAuth'],
    ]);
    expect(specs[1]!.sans).toEqual([
      { type: 'dns', value: 'etcd1.example.internal' },
      { type: 'ip', value: '10.0.0.11' },
      { type: 'dns', value: '*.etcd.example.internal' },
      { type: 'ip', value: '10.0.0.100' },
    ]);
    expect(specs[3]!.sans).toEqual([
      { type: 'dns', value: 'etcd1.example.internal' },
      { type: 'ip', value: '10.0.0.11' },
    ]);
    expect(specs.every((s) => s.member === s.commonName && s.organization === undefined)).toBe(
      true,
    );
  });

  it('gives clients clientAuth only, no SANs, and never an empty subject', () => {
    const plan = planSchema.parse({
      ...base,
      etcd: { auth: true },
      clients: [
        'kube-apiserver',
        'apisix',
        'etcdctl',
        { name: 'backup', kind: 'custom' },
        { name: 'anon', commonName: '' },
        { name: 'ops', kind: 'etcdctl', commonName: 'root', organization: 'ops-team' },
      ],
    });
    const clients = certificateSpecs(plan).filter((s) => s.role === 'client');
    expect(
      clients.map((s) => ({ id: s.id, kind: s.kind, cn: s.commonName, o: s.organization })),
    ).toEqual([
      {
        id: 'client:kube-apiserver',
        kind: 'kube-apiserver',
        cn: 'kube-apiserver-etcd-client',
        o: 'system:masters',
      },
      { id: 'client:apisix', kind: 'apisix', cn: '', o: 'apisix' },
      { id: 'client:etcdctl', kind: 'etcdctl', cn: 'etcdctl', o: undefined },
      { id: 'client:backup', kind: 'custom', cn: 'backup', o: undefined },
      { id: 'client:anon', kind: 'custom', cn: '', o: 'anon' },
      { id: 'client:ops', kind: 'etcdctl', cn: 'root', o: 'ops-team' },
    ]);
    for (const s of clients) {
      expect(s.extKeyUsage).toEqual(['clientAuth']);
      expect(s.sans).toEqual([]);
      expect(s.client).toBe(s.id.slice('client:'.length));
      expect(s.commonName || s.organization).toBeTruthy();
    }
  });

  it('gives APISIX its CN back when etcd auth is off', () => {
    const plan = planSchema.parse({ ...base, clients: ['apisix'] });
    expect(certificateSpecs(plan).at(-1)).toMatchObject({
      commonName: 'apisix',
      organization: 'apisix',
    });
  });
});
