import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validatePlan } from '../plan/plan';
import { apisixDiscoveryRbac } from './kubernetes';
import {
  clusterRole,
  clusterRoleBinding,
  kubernetesProblems,
  secret,
  serviceAccount,
} from './kubernetes-objects';

const meta = { name: 'etcd-client-apisix', namespace: 'apisix' };
const tls = { 'tls.crt': 'C', 'tls.key': 'K', 'ca.crt': 'A' };
const rule = { apiGroups: [''], resources: ['endpoints'], verbs: ['get', 'list', 'watch'] };
const binding: Parameters<typeof clusterRoleBinding>[0] = {
  metadata: { name: 'apisix-discovery' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'apisix-discovery' },
  subjects: [{ kind: 'ServiceAccount', name: 'apisix-discovery', namespace: 'apisix' }],
};

describe('Kubernetes object builders', () => {
  it('put apiVersion and kind first and pass validation', () => {
    const objects = [
      secret({ metadata: meta, type: 'kubernetes.io/tls', stringData: tls }),
      serviceAccount({ metadata: { name: 'apisix-discovery', namespace: 'apisix' } }),
      clusterRole({ metadata: { name: 'apisix-discovery' }, rules: [rule] }),
      clusterRoleBinding(binding),
    ];
    expect(objects.map((o) => Object.keys(o).slice(0, 3))).toEqual(
      objects.map(() => ['apiVersion', 'kind', 'metadata']),
    );
    expect(objects.map((o) => `${o.apiVersion} ${o.kind}`)).toEqual([
      'v1 Secret',
      'v1 ServiceAccount',
      'rbac.authorization.k8s.io/v1 ClusterRole',
      'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
    ]);
    for (const o of objects) expect(kubernetesProblems(o)).toEqual([]);
  });
});

describe('Kubernetes validation reports what the API server would refuse', () => {
  const cases: [string, unknown, string][] = [
    [
      'a Secret name that is not a DNS subdomain',
      secret({ metadata: { ...meta, name: 'Etcd_Client' }, stringData: tls }),
      'metadata.name: must be a DNS-1123 subdomain',
    ],
    [
      'a namespaced object without a namespace',
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa' } },
      'metadata.namespace: ',
    ],
    [
      'a misspelt field (strict field validation)',
      { ...secret({ metadata: meta }), stringdata: tls },
      '(object): Unrecognized key: "stringdata"',
    ],
    [
      'a kubernetes.io/tls Secret without its key',
      secret({ metadata: meta, type: 'kubernetes.io/tls', stringData: { 'tls.crt': 'C' } }),
      'data.tls.key: a kubernetes.io/tls Secret needs tls.key',
    ],
    [
      'a token Secret that names no ServiceAccount',
      secret({ metadata: meta, type: 'kubernetes.io/service-account-token' }),
      'metadata.annotations.kubernetes.io/service-account.name: ',
    ],
    [
      'a Secret key with a slash',
      secret({ metadata: meta, data: { 'certs/tls.crt': 'QQ==' } }),
      'data.certs/tls.crt: must consist of alphanumerics',
    ],
    [
      'a Secret over 1 MiB',
      secret({ metadata: meta, stringData: { big: 'x'.repeat(1024 * 1024 + 1) } }),
      'data: a Secret holds at most 1 MiB',
    ],
    [
      'a label value with a space',
      serviceAccount({ metadata: { ...meta, labels: { team: 'etcd ops' } } }),
      'metadata.labels.team: must be empty or alphanumeric',
    ],
    [
      'a label key with two slashes',
      serviceAccount({ metadata: { ...meta, labels: { 'a/b/c': 'x' } } }),
      'metadata.labels.a/b/c: must be a qualified name',
    ],
    [
      'a namespace on a cluster-scoped object',
      { ...clusterRole({ metadata: { name: 'r' } }), metadata: { name: 'r', namespace: 'apisix' } },
      'metadata.namespace: not allowed on this type',
    ],
    [
      'a rule without verbs',
      clusterRole({ metadata: { name: 'r' }, rules: [{ ...rule, verbs: [] }] }),
      'rules.0.verbs: verbs must contain at least one value',
    ],
    [
      'a resource rule without an API group',
      clusterRole({ metadata: { name: 'r' }, rules: [{ resources: ['pods'], verbs: ['get'] }] }),
      'rules.0.apiGroups: resource rules must supply at least one api group',
    ],
    [
      'a binding to a Role',
      { ...clusterRoleBinding(binding), roleRef: { ...binding.roleRef, kind: 'Role' } },
      'roleRef.kind: ',
    ],
    [
      'a ServiceAccount subject without a namespace',
      { ...clusterRoleBinding(binding), subjects: [{ kind: 'ServiceAccount', name: 'sa' }] },
      'subjects.0.namespace: ',
    ],
    ['a kind the bundle never writes', { apiVersion: 'v1', kind: 'Pod' }, 'kind: must be one of'],
  ];

  it.each(cases)('%s', (_what, object, problem) => {
    const problems = kubernetesProblems(object);
    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('APISIX discovery RBAC for any names the plan accepts (fast-check, fixed seed)', () => {
  it('is always valid Kubernetes, or the plan refused the names first', () => {
    // Free-form strings, and dot-joined DNS labels that reach the 253-character limits.
    const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    const name = fc.oneof(
      fc.stringMatching(/^[a-z0-9][-a-z0-9.]{0,300}$/),
      fc.array(label, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
    );
    fc.assert(
      fc.property(name, name, (namespace, serviceAccount) => {
        const r = validatePlan({
          version: 1,
          cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10'] }] },
          clients: ['apisix'],
          apisix: { discovery: { namespace, serviceAccount } },
        });
        const discovery = r.plan?.apisix?.discovery;
        if (!discovery) return;
        const docs = parseAllDocuments(apisixDiscoveryRbac(discovery).content);
        for (const d of docs) expect(kubernetesProblems(d.toJS())).toEqual([]);
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('keeps a ServiceAccount name short enough for its "-token" Secret', () => {
    const named = (n: number) =>
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(n - 192)}`;
    const withName = (serviceAccount: string) =>
      validatePlan({
        version: 1,
        cluster: { members: [{ name: 'etcd0', addresses: ['10.0.0.10'] }] },
        clients: ['apisix'],
        apisix: { discovery: { serviceAccount } },
      });
    const longest = withName(named(247)).plan?.apisix?.discovery;
    expect(longest).toBeDefined();
    for (const d of parseAllDocuments(apisixDiscoveryRbac(longest!).content))
      expect(kubernetesProblems(d.toJS())).toEqual([]);
    expect(withName(named(248)).issues).toEqual([
      {
        path: 'apisix.discovery.serviceAccount',
        message:
          'a ServiceAccount name here has at most 247 characters (its token Secret adds "-token")',
      },
    ]);
  });
});
