// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../../shared/plan/plan';
import { serverSans } from '../../../../shared/plan/derive';
import { verifyHostname } from '../../../../shared/pki/hostname';
import { INITIAL_DRAFT } from '../../store/plan-slice';
import { DEFAULT_STATEFULSET, applyStatefulSet, statefulSetMembers } from './statefulset';

describe('StatefulSet shortcut', () => {
  it('names pods and their headless-service DNS names as Kubernetes does', () => {
    const r = statefulSetMembers({ ...DEFAULT_STATEFULSET, replicas: 2, namespace: 'db' });
    expect(r.members).toEqual([
      { name: 'etcd-0', addresses: ['etcd-0.etcd.db.svc.cluster.local'] },
      { name: 'etcd-1', addresses: ['etcd-1.etcd.db.svc.cluster.local'] },
    ]);
    expect(r.extraSans).toEqual([
      '*.etcd.db.svc.cluster.local',
      'etcd.db.svc.cluster.local',
      'etcd.db.svc',
      'etcd.db',
    ]);
  });

  it('produces a valid plan whose server certificates cover pods added later', () => {
    const draft = applyStatefulSet(
      {
        ...INITIAL_DRAFT,
        cluster: { ...INITIAL_DRAFT.cluster, extraSans: ['lb.example.com', 'etcd.db'] },
      },
      { ...DEFAULT_STATEFULSET, namespace: 'db' },
    );
    expect(draft.cluster.extraSans).toEqual([
      'lb.example.com',
      'etcd.db',
      '*.etcd.db.svc.cluster.local',
      'etcd.db.svc.cluster.local',
      'etcd.db.svc',
    ]);
    const { plan, issues } = validatePlan(draft);
    expect(issues).toEqual([]);
    const sans = serverSans(plan!, plan!.cluster.members[0]!);
    const target = {
      dnsNames: sans.filter((a) => a.type === 'dns').map((a) => a.value),
      ipAddresses: sans.filter((a) => a.type === 'ip').map((a) => a.value),
      hasSanExtension: true,
    };
    expect(verifyHostname(target, 'etcd-7.etcd.db.svc.cluster.local')).toEqual({ ok: true });
    expect(verifyHostname(target, 'etcd.db.svc')).toEqual({ ok: true });
    expect(verifyHostname(target, 'etcd-0.etcd.other.svc.cluster.local').ok).toBe(false);
  });
});
