import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { renderText } from '../text/render';
import { classifyAddress } from '../plan/address';
import { serverSans } from '../plan/derive';
import { validatePlan } from '../plan/plan';
import type { Plan, PlanInput } from '../plan/schema';
import { apisixConfig } from './apisix';
import { sanCovers } from './apisix-hosts';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import { kubernetesSecrets } from './kubernetes';

const NOW = new Date('2026-03-01T12:00:00Z');

function plan(input: Partial<PlanInput>): Plan {
  const r = validatePlan({
    version: 1,
    cluster: {
      members: [
        { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
        { name: 'etcd1', addresses: ['10.0.0.11', 'etcd1.example.internal'] },
        { name: 'etcd2', addresses: ['10.0.0.12', 'etcd2.example.internal'] },
      ],
    },
    clients: ['kube-apiserver', 'apisix', 'etcdctl'],
    ...input,
  });
  if (!r.plan) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

function bundle(p: Plan) {
  const out = generateBundleFiles(exampleBundleInput(p, NOW));
  const file = (path: string) => {
    const f = out.files.find((x) => x.path === path);
    if (!f) throw new Error(`no ${path} in ${out.files.map((x) => x.path).join(', ')}`);
    return f;
  };
  return { ...out, file };
}

const envVars = (text: string) =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.startsWith('export '))
      .map((l) => l.slice(7).split(/=(.*)/s).slice(0, 2)),
  );

describe('etcdctl files', () => {
  it.each(['3.4', '3.5', '3.6'] as const)(
    'sets ETCDCTL_API only where etcdctl %s reads it',
    (version) => {
      const b = bundle(plan({ etcd: { version } }));
      const vars = envVars(b.file('clients/etcdctl/etcdctl.env').content);
      expect(vars.ETCDCTL_API).toBe(version === '3.6' ? undefined : '3');
      expect(vars).toMatchObject({
        ETCDCTL_ENDPOINTS: 'https://10.0.0.10:2379,https://10.0.0.11:2379,https://10.0.0.12:2379',
        ETCDCTL_CACERT: '/etc/etcd/pki/etcdctl/ca.crt',
        ETCDCTL_CERT: '/etc/etcd/pki/etcdctl/client.crt',
        ETCDCTL_KEY: '/etc/etcd/pki/etcdctl/client.key',
      });
      const check = b.file('clients/etcdctl/check.sh');
      expect(check.mode).toBe('executable');
      expect(check.content).toMatch(/^#!\/bin\/sh\n/);
      expect(check.content).toContain('. "$HERE/etcdctl.env"');
      expect(check.content).toContain('endpoint health');
      expect(check.content).toContain('endpoint status -w table');
    },
  );

  it('uses the configured install folder and warns when no etcdctl client exists', () => {
    const p = plan({ clients: ['kube-apiserver'] });
    const out = generateBundleFiles(exampleBundleInput(p, NOW));
    expect(out.files.some((f) => f.path.endsWith('etcdctl.env'))).toBe(false);
    expect(out.warnings.map((w) => renderText(w, 'en')).join()).toMatch(/no etcdctl client/);
    const custom = generateBundleFiles(
      exampleBundleInput(plan({}), NOW, { etcdctlDir: '/root/etcd' }),
    );
    const env = custom.files.find((f) => f.path === 'clients/etcdctl/etcdctl.env')!.content;
    expect(envVars(env).ETCDCTL_CERT).toBe('/root/etcd/client.crt');
  });
});

describe('kube-apiserver files', () => {
  it('gives the four etcd flags and a kubeadm etcd.external snippet with kubeadm paths', () => {
    const b = bundle(plan({}));
    const flags = b
      .file('kube-apiserver/etcd.flags')
      .content.split('\n')
      .filter((l) => l.startsWith('--'));
    expect(flags).toEqual([
      '--etcd-servers=https://10.0.0.10:2379,https://10.0.0.11:2379,https://10.0.0.12:2379',
      '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt',
      '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
      '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key',
    ]);
    const kubeadm = parse(b.file('kube-apiserver/kubeadm-etcd-external.yaml').content);
    expect(kubeadm.kind).toBe('ClusterConfiguration');
    expect(kubeadm.etcd.external).toEqual({
      endpoints: ['https://10.0.0.10:2379', 'https://10.0.0.11:2379', 'https://10.0.0.12:2379'],
      caFile: '/etc/kubernetes/pki/etcd/ca.crt',
      certFile: '/etc/kubernetes/pki/apiserver-etcd-client.crt',
      keyFile: '/etc/kubernetes/pki/apiserver-etcd-client.key',
    });
  });
});

describe('APISIX config.yaml', () => {
  const discovery = { apisix: { discovery: { watchEndpointSlices: true } } } as Partial<PlanInput>;

  it('uses 3.x deployment.etcd with DNS hosts covered by the server SANs and a quoted port', () => {
    const p = plan(discovery);
    const b = bundle(p);
    const text = b.file('apisix/config.yaml').content;
    const c = parse(text);
    expect(c.etcd).toBeUndefined();
    expect(c.deployment.role).toBe('traditional');
    expect(c.deployment.role_traditional).toEqual({ config_provider: 'etcd' });
    const etcd = c.deployment.etcd;
    expect(etcd.host).toEqual([
      'https://etcd0.example.internal:2379',
      'https://etcd1.example.internal:2379',
      'https://etcd2.example.internal:2379',
    ]);
    etcd.host.forEach((u: string, i: number) => {
      expect(u).toMatch(/^https:\/\/[^/]+$/);
      const host = classifyAddress(new URL(u).hostname);
      expect(host.ok && sanCovers(serverSans(p, p.cluster.members[i]!), host.address)).toBe(true);
    });
    expect(etcd.prefix).toBe('/apisix');
    expect(etcd.timeout).toBe(30);
    expect(etcd.tls).toEqual({
      cert: '/usr/local/apisix/conf/etcd/client.crt',
      key: '/usr/local/apisix/conf/etcd/client.key',
      verify: true,
    });
    expect(c.apisix.ssl.ssl_trusted_certificate).toBe('/usr/local/apisix/conf/etcd/ca.crt');
    const k = c.discovery.kubernetes;
    expect(k.service).toEqual({
      schema: 'https',
      host: '${KUBERNETES_SERVICE_HOST}',
      port: '${KUBERNETES_SERVICE_PORT}',
    });
    expect(typeof k.service.port).toBe('string');
    expect(k.client.token_file).toBe('/usr/local/apisix/conf/kubernetes-discovery.token');
    expect(b.warnings).toEqual([]);
  });

  it('keeps a numeric port a string', () => {
    const p = plan({
      apisix: { discovery: { apiServerHost: 'k8s.example.internal', apiServerPort: '6443' } },
    });
    const c = parse(bundle(p).file('apisix/config.yaml').content);
    expect(c.discovery.kubernetes.service.port).toBe('6443');
    expect(c.discovery.kubernetes.service.host).toBe('k8s.example.internal');
  });

  it('writes watch_endpoint_slices only when asked', () => {
    const on = bundle(plan(discovery)).file('apisix/config.yaml').content;
    expect(parse(on).discovery.kubernetes).toMatchObject({ watch_endpoint_slices: true });
    // The key's comment says which APISIX versions act on it.
    expect(on).toMatch(
      /acts on it only from 3\.14\.0[^\n]*\n\s*#[^\n]*\n\s+watch_endpoint_slices: true\n/,
    );
    for (const d of [{}, { watchEndpointSlices: false }]) {
      const off = parse(
        bundle(plan({ apisix: { discovery: d } })).file('apisix/config.yaml').content,
      );
      expect(off.discovery.kubernetes).not.toHaveProperty('watch_endpoint_slices');
    }
    const v2 = bundle(plan({ apisix: { version: '2', discovery: { watchEndpointSlices: true } } }));
    expect(v2.warnings.map((w) => renderText(w, 'en')).join()).toMatch(
      /APISIX 2\.x ignores watch_endpoint_slices/,
    );
  });

  it.each([
    ['en', '`service_name: <namespace>/<Service name>:<port name>`'],
    ['zh-CN', '`service_name: <命名空间>/<Service 名称>:<端口名称>`'],
  ] as const)('tells the service_name format in the %s README', (language, format) => {
    const text = bundle(plan({ language, ...discovery })).file('README.md').content;
    expect(text).toContain(format);
    expect(text).toContain('`default/my-app:http`');
    expect(text).toContain('`get unexpected upstream service_name`');
    const none = bundle(plan({ language })).file('README.md').content;
    expect(none).not.toContain('service_name');
  });

  it('writes a 2.x top-level etcd block and no deployment section', () => {
    const c = parse(bundle(plan({ apisix: { version: '2' } })).file('apisix/config.yaml').content);
    expect(c.deployment).toBeUndefined();
    expect(c.etcd.host).toHaveLength(3);
    expect(c.etcd.tls.verify).toBe(true);
  });

  it('sets tls.sni to a shared non-wildcard extra SAN when members have only IPs', () => {
    const p = plan({
      cluster: {
        extraSans: ['*.etcd.example.internal', 'etcd.example.internal'],
        members: [0, 1, 2].map((i) => ({ name: `etcd${i}`, addresses: [`10.0.0.1${i}`] })),
      },
    });
    const b = bundle(p);
    const etcd = parse(b.file('apisix/config.yaml').content).deployment.etcd;
    expect(etcd.host).toEqual([
      'https://10.0.0.10:2379',
      'https://10.0.0.11:2379',
      'https://10.0.0.12:2379',
    ]);
    expect(etcd.tls.sni).toBe('etcd.example.internal');
    expect(b.warnings).toEqual([]);
  });

  it('uses localhost as SNI only when every member is local', () => {
    const local = plan({
      cluster: {
        members: [1, 2].map((i) => ({
          name: `n${i}`,
          addresses: ['127.0.0.1'],
          clientPort: 23790 + i,
          peerPort: 23800 + i,
        })),
      },
    });
    expect(parse(bundle(local).file('apisix/config.yaml').content).deployment.etcd.tls.sni).toBe(
      'localhost',
    );
    const remote = plan({ cluster: { members: [{ name: 'a', addresses: ['10.9.9.9'] }] } });
    const b = bundle(remote);
    expect(parse(b.file('apisix/config.yaml').content).deployment.etcd.tls.sni).toBeUndefined();
    expect(b.warnings.map((w) => renderText(w, 'en')).join()).toMatch(/certificate host mismatch/);
    expect(b.file('README.md').content).toMatch(/certificate host mismatch/);
  });

  it('checks apisix.hosts against the SANs and warns about a CN with etcd auth', () => {
    const p = plan({
      etcd: { auth: true },
      clients: [{ name: 'apisix', kind: 'apisix', commonName: 'apisix' }],
      apisix: { hosts: ['etcd0.example.internal', 'lb.example.internal'] },
    });
    const b = bundle(p);
    expect(parse(b.file('apisix/config.yaml').content).deployment.etcd.host).toEqual([
      'https://etcd0.example.internal:2379',
      'https://lb.example.internal:2379',
    ]);
    expect(
      b.warnings
        .map((w) => renderText(w, 'en'))
        .some((w) => w.includes('lb.example.internal') && w.includes('every server certificate')),
    ).toBe(true);
    expect(apisixConfig(p, 'apisix').warnings).toContainEqual({
      en: 'etcd auth is on and APISIX\'s client certificate "apisix" has CN "apisix": etcd\'s gateway answers HTTP 400 "CommonName of client sending a request against gateway will be ignored and not used as expected". Issue it with an empty CN.',
      zh: 'etcd 已启用认证，而 APISIX 的客户端证书 "apisix" 的 CN 为 "apisix"：etcd 网关会返回 HTTP 400 "CommonName of client sending a request against gateway will be ignored and not used as expected"。请以空 CN 签发该证书。',
    });
    expect(b.warnings.map((w) => renderText(w, 'en')).join()).toMatch(
      /Issue it with an empty CN\./,
    );
  });
});

describe('Kubernetes manifests', () => {
  it.each([false, true])('grants exactly get/list/watch (endpoint slices: %s)', (slices) => {
    const p = plan({ apisix: { discovery: { watchEndpointSlices: slices } } });
    const docs = parseAllDocuments(
      bundle(p).file('kubernetes/apisix-discovery-rbac.yaml').content,
    ).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual([
      'ServiceAccount',
      'ClusterRole',
      'ClusterRoleBinding',
      'Secret',
    ]);
    const role = docs[1];
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['endpoints'], verbs: ['get', 'list', 'watch'] },
      ...(slices
        ? [
            {
              apiGroups: ['discovery.k8s.io'],
              resources: ['endpointslices'],
              verbs: ['get', 'list', 'watch'],
            },
          ]
        : []),
    ]);
    expect(docs[2].subjects).toEqual([
      { kind: 'ServiceAccount', name: 'apisix-discovery', namespace: 'apisix' },
    ]);
    expect(docs[2].roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'apisix-discovery',
    });
    const token = docs[3];
    expect(token.type).toBe('kubernetes.io/service-account-token');
    expect(token.metadata.namespace).toBe('apisix');
    expect(token.metadata.annotations).toEqual({
      'kubernetes.io/service-account.name': 'apisix-discovery',
    });
  });

  it('writes no RBAC without discovery', () => {
    expect(
      generateBundleFiles(exampleBundleInput(plan({}), NOW)).files.some((f) =>
        f.path.includes('rbac'),
      ),
    ).toBe(false);
  });

  it('builds a kubernetes.io/tls Secret per client from the PEMs', () => {
    const p = plan({ kubernetes: { namespace: 'etcd-clients' } });
    const pem = (s: string) => `-----BEGIN ${s}-----\nAAAA\n-----END ${s}-----\n`;
    const files = kubernetesSecrets(p, {
      ca: pem('CERTIFICATE'),
      clients: Object.fromEntries(
        ['kube-apiserver', 'apisix', 'etcdctl'].map((n) => [
          n,
          { cert: pem('CERTIFICATE'), key: pem('PRIVATE KEY') },
        ]),
      ),
    });
    expect(files.map((f) => f.path)).toEqual([
      'kubernetes/etcd-client-kube-apiserver.secret.yaml',
      'kubernetes/etcd-client-apisix.secret.yaml',
      'kubernetes/etcd-client-etcdctl.secret.yaml',
    ]);
    for (const f of files) {
      expect(f.mode).toBe('secret');
      const s = parse(f.content);
      expect(s.type).toBe('kubernetes.io/tls');
      expect(s.metadata.namespace).toBe('etcd-clients');
      expect(Object.keys(s.stringData).sort()).toEqual(['ca.crt', 'tls.crt', 'tls.key']);
      expect(s.stringData['tls.key']).toBe(pem('PRIVATE KEY'));
    }
    expect(() => kubernetesSecrets(p, { ca: '', clients: {} })).toThrow(/no PEMs/);
  });
});
