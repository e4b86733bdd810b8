import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from './plan';
import { classifyAddress, opensslRefusesWildcard } from './address';
import { resolveClients, serverSans, initialCluster } from './derive';
import { renderText } from '../text/render';
import { EXAMPLE_PLAN_YAML_ZH } from './example-plan-zh';

describe('plan file', () => {
  it('accepts the commented example and fills defaults', () => {
    const r = parsePlanYaml(EXAMPLE_PLAN_YAML);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cluster.members).toHaveLength(3);
    expect(r.value.kubernetes.namespace).toBe('kube-system');
    expect(initialCluster(r.value)).toBe(
      'etcd0=https://10.0.0.10:2380,etcd1=https://10.0.0.11:2380,etcd2=https://10.0.0.12:2380',
    );
    expect(serverSans(r.value, r.value.cluster.members[0]!).map((a) => a.value)).toEqual([
      '10.0.0.10',
      'etcd0.example.internal',
      'localhost',
      '127.0.0.1',
      '::1',
    ]);
    expect(resolveClients(r.value).map((c) => c.commonName)).toEqual([
      'kube-apiserver-etcd-client',
      'apisix',
      'etcdctl',
    ]);
  });

  it('the Chinese example is the same plan, in zh-CN, line by line', () => {
    const en = parsePlanYaml(EXAMPLE_PLAN_YAML);
    const zh = parsePlanYaml(EXAMPLE_PLAN_YAML_ZH);
    expect(en.ok && zh.ok).toBe(true);
    if (!en.ok || !zh.ok) return;
    expect(zh.value).toEqual({ ...en.value, language: 'zh-CN' });
    // The same lines but for the comments, so the two never drift apart.
    const code = (y: string) => y.split('\n').map((l) => l.replace(/ *#.*$/, ''));
    expect(code(EXAMPLE_PLAN_YAML_ZH)).toEqual(
      code(EXAMPLE_PLAN_YAML.replace('language: en', 'language: zh-CN')),
    );
  });

  it('names the exact field and line of a bad address', () => {
    const bad = EXAMPLE_PLAN_YAML.replace('10.0.0.11, etcd1', '10.0.0.300, etcd1');
    const r = parsePlanYaml(bad, 'plan.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('plan-invalid');
    expect(r.error.path).toBe('cluster.members[1].addresses[0]');
    expect(renderText(r.error.text, 'en')).toMatch(
      /^plan\.yaml:\d+: cluster\.members\[1\]\.addresses\[0\]: "10\.0\.0\.300" is not a valid IPv4/,
    );
  });

  it('reports YAML syntax errors with a position', () => {
    const r = parsePlanYaml('version: 1\ncluster: [\n', 'p.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(renderText(r.error.text, 'en')).toMatch(/^p\.yaml:\d+:\d+: not valid YAML/);
  });

  it('refuses keys that are collections or aliases, and repeated keys, with their position', () => {
    // Nested complex keys: stringifying them as JS object keys grows exponentially.
    const nested = parsePlanYaml(`version: 1\n${'? &a '.repeat(60)}\n`, 'p.yaml');
    expect(nested.ok).toBe(false);
    if (!nested.ok)
      expect(renderText(nested.error.text, 'en')).toMatch(
        /^p\.yaml:2:\d+: not a usable plan: a key is a list, a mapping or an alias/,
      );
    const flow = parsePlanYaml('version: 1\n? [a, b]\n: 1\n', 'p.yaml');
    expect(!flow.ok && renderText(flow.error.text, 'en')).toMatch(/^p\.yaml:2:3: not a usable/);
    const twice = parsePlanYaml('version: 1\nca: {}\n"ca": {}\n', 'p.yaml');
    expect(!twice.ok && renderText(twice.error.text, 'en')).toMatch(
      /^p\.yaml:3:1: not valid YAML: Map keys must be unique/,
    );
  });

  it('refuses duplicate members, clashing endpoints and unknown keys', () => {
    const r = parsePlanYaml(`version: 1
cluster:
  members:
    - {name: a, addresses: [127.0.0.1]}
    - {name: a, addresses: [127.0.0.1]}
colour: blue
`);
    expect(r.ok).toBe(false);
    const paths = (r as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toContain('cluster.members[1].name');
    expect(paths).toContain('cluster.members[1].addresses');
    expect(paths).toContain('');
  });

  it.each([
    ['10.0.0.1', 'ip', '10.0.0.1'],
    ['2001:DB8::1', 'ip', '2001:db8::1'],
    ['[::1]', 'ip', '::1'],
    ['Etcd0.Example.internal.', 'dns', 'etcd0.example.internal'],
  ])('classifies %s', (input, type, value) => {
    expect(classifyAddress(input)).toEqual({ ok: true, address: { type, value } });
  });

  it('accepts the wildcard cfssl guides give StatefulSet pods, as Go and etcd do', () => {
    expect(classifyAddress('*.etcd', { allowWildcard: true })).toEqual({
      ok: true,
      address: { type: 'dns', value: '*.etcd' },
    });
    expect(opensslRefusesWildcard('*.etcd')).toBe(true);
    expect(opensslRefusesWildcard('*.etcd.default.svc')).toBe(false);
    expect(opensslRefusesWildcard('etcd0-0.etcd')).toBe(false);
  });

  it.each([
    ['https://etcd0:2379', 'has-scheme'],
    ['etcd0:2379', 'has-port'],
    ['10.0.0', 'bad-ip'],
    ['*', 'wildcard-bare'],
    ['a*.b.c', 'wildcard-partial'],
    ['a.*.c', 'wildcard-not-leftmost'],
    ['bad_name!', 'bad-dns'],
  ])('rejects %s as %s', (input, problem) => {
    expect(classifyAddress(input, { allowWildcard: true })).toEqual({ ok: false, problem });
  });
});
