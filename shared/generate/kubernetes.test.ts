/**
 * Every Kubernetes manifest the bundle holds passes kubernetes-models' schema validation (the
 * generator only uses the library's types, so that `issue` does not load its validators).
 */
import { Secret, ServiceAccount } from 'kubernetes-models/v1';
import { ClusterRole, ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validatePlan } from '../plan/plan';
import type { PlanInput } from '../plan/schema';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import { kubernetesSecrets } from './kubernetes';

const NOW = new Date('2026-03-01T12:00:00Z');

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  Secret,
  ServiceAccount,
  ClusterRole,
  ClusterRoleBinding,
};

const PLANS: Partial<PlanInput>[] = [
  { clients: ['kube-apiserver', 'apisix', 'etcdctl'] },
  {
    clients: ['apisix', { name: 'Billing_Svc.v2', kind: 'custom' }],
    etcd: { auth: true },
    apisix: { discovery: { watchEndpointSlices: true, namespace: 'edge', serviceAccount: 'sd' } },
    kubernetes: { namespace: 'etcd-clients' },
  },
];

describe('Kubernetes manifests', () => {
  it.each(PLANS.map((p, i) => [i, p] as const))(
    'validate against the Kubernetes schemas (plan %i)',
    (_i, input) => {
      const r = validatePlan({
        version: 1,
        cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10'] }] },
        ...input,
      });
      if (!r.plan) throw new Error(JSON.stringify(r.issues));
      const plan = r.plan;
      const generated = generateBundleFiles(exampleBundleInput(plan, NOW)).files;
      const pems = {
        ca: 'CA PEM',
        clients: Object.fromEntries(
          plan.clients.map((c) => [typeof c === 'string' ? c : c.name, { cert: 'C', key: 'K' }]),
        ),
      };
      const files = [...generated, ...kubernetesSecrets(plan, pems)].filter((f) =>
        f.path.startsWith('kubernetes/'),
      );
      expect(files.length).toBeGreaterThan(0);
      let checked = 0;
      for (const f of files)
        for (const doc of parseAllDocuments(String(f.content))) {
          const obj = doc.toJS() as { kind: string };
          const Model = MODELS[obj.kind];
          if (!Model) throw new Error(`${f.path}: no model for kind ${obj.kind}`);
          expect(() => new Model(obj as never).validate(), `${f.path} ${obj.kind}`).not.toThrow();
          checked++;
        }
      expect(checked).toBeGreaterThanOrEqual(plan.clients.length);
    },
  );
});
