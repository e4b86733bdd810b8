import { describe, expect, it } from 'vitest';
import { parseIp } from '../plan/address';
import { memberUrls } from '../plan/derive';
import { validatePlan } from '../plan/plan';
import type { Plan, PlanInput } from '../plan/schema';
import { memberFiles } from './bundle';
import { ETCD_KEYS } from './etcd-keys';
import { readEtcdConfig, readEtcdEnv, readEtcdFlags } from './etcd-read';
import { memberPaths } from './paths';

const VERSIONS = ['3.4', '3.5', '3.6'] as const;

function plan(input: Partial<PlanInput> & { cluster: PlanInput['cluster'] }): Plan {
  const r = validatePlan({ version: 1, ...input });
  if (!r.plan) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const threeHosts = (version: (typeof VERSIONS)[number]) =>
  plan({
    etcd: { version },
    cluster: {
      members: [
        { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
        { name: 'etcd1', addresses: ['etcd1.example.internal', '10.0.0.11', 'fd00::11'] },
        { name: 'etcd2', addresses: ['10.0.0.12'] },
      ],
    },
  });

function forms(p: Plan, member: string) {
  const files = memberFiles(p).files.filter((f) => f.path.startsWith(`nodes/${member}/`));
  const get = (n: string) => files.find((f) => f.path === `nodes/${member}/${n}`)!.content;
  return {
    config: readEtcdConfig(get('etcd.conf.yml')),
    env: readEtcdEnv(get('etcd.env')),
    flags: readEtcdFlags(get('etcd.flags')),
    unit: get('etcd.service'),
  };
}

describe.each(VERSIONS)('etcd %s member files', (version) => {
  const p = threeHosts(version);

  it('writes only keys etcd %s has, and the same settings in all three forms', () => {
    for (const m of p.cluster.members) {
      const f = forms(p, m.name);
      for (const flag of f.config.flags.keys())
        expect(ETCD_KEYS[flag]!.versions).toContain(version);
      expect([...f.flags.keys()].sort()).toEqual([...f.config.flags.keys()].sort());
      expect(Object.fromEntries(f.flags)).toEqual(Object.fromEntries(f.config.flags));
      expect(Object.fromEntries(f.env)).toEqual(Object.fromEntries(f.config.flags));
      // No version-dependent TLS keys: the plan names no patch release
      // (docs/generated-files.md#settings-left-out).
      for (const forbidden of ['tls-min-version', 'tls-max-version', 'cipher-suites'])
        expect(f.config.flags.has(forbidden)).toBe(false);
      if (version === '3.4')
        for (const k of ['client-cert-file', 'client-key-file', 'peer-client-cert-file'])
          expect(f.flags.has(k)).toBe(false);
    }
  });

  it('matches docs/generated-files.md#member-settings key by key', () => {
    const m = p.cluster.members[0]!;
    const { raw } = forms(p, m.name).config;
    const paths = memberPaths(p, m);
    expect(raw['enable-grpc-gateway']).toBe(true);
    expect(raw.name).toBe('etcd0');
    expect(raw['data-dir']).toBe('/var/lib/etcd');
    expect(raw['initial-cluster-state']).toBe('new');
    expect(raw['initial-cluster-token']).toBe('etcd-cluster');
    expect(raw['initial-cluster']).toBe(
      'etcd0=https://10.0.0.10:2380,etcd1=https://etcd1.example.internal:2380,etcd2=https://10.0.0.12:2380',
    );
    expect(raw['advertise-client-urls']).toBe(memberUrls(p, m).client);
    expect(raw['initial-advertise-peer-urls']).toBe('https://10.0.0.10:2380');
    expect(raw['client-transport-security']).toEqual({
      'cert-file': paths.serverCert,
      'key-file': paths.serverKey,
      'client-cert-auth': true,
      'trusted-ca-file': '/etc/etcd/pki/ca.crt',
    });
    expect(raw['peer-transport-security']).toEqual({
      'cert-file': '/etc/etcd/pki/peer.crt',
      'key-file': '/etc/etcd/pki/peer.key',
      'client-cert-auth': true,
      'trusted-ca-file': '/etc/etcd/pki/ca.crt',
    });
  });

  it('writes URL lists as strings and binds only to IP literals', () => {
    for (const m of p.cluster.members) {
      const { raw } = forms(p, m.name).config;
      for (const key of [
        'listen-client-urls',
        'listen-peer-urls',
        'advertise-client-urls',
        'initial-cluster',
      ])
        expect(typeof raw[key]).toBe('string');
      for (const key of ['listen-client-urls', 'listen-peer-urls'])
        for (const u of String(raw[key]).split(',')) {
          const host = new URL(u).hostname;
          expect(u.startsWith('https://')).toBe(true);
          expect(parseIp(host), `${key} ${u}`).toBeDefined();
        }
    }
    expect(forms(p, 'etcd1').config.raw['listen-client-urls']).toBe(
      'https://10.0.0.11:2379,https://[fd00::11]:2379,https://127.0.0.1:2379',
    );
    expect(forms(p, 'etcd1').config.raw['listen-peer-urls']).toBe(
      'https://10.0.0.11:2380,https://[fd00::11]:2380',
    );
  });

  it('has a systemd unit that starts etcd from the config file', () => {
    const f = forms(p, 'etcd0');
    expect(f.unit).toMatch(/^Type=notify$/m);
    expect(f.unit).toMatch(/^Restart=on-failure$/m);
    expect(f.unit).toMatch(/^LimitNOFILE=\d+$/m);
    expect(f.unit).toContain(
      'ExecStart=/usr/local/bin/etcd --config-file /etc/etcd/etcd.conf.yml\n',
    );
  });
});

describe('etcd member edge cases', () => {
  it('gives 3.4 the gateway reason and never relies on the default', () => {
    const conf = memberFiles(threeHosts('3.4')).files[0]!.content;
    expect(conf).toMatch(
      /etcd 3\.4 turns the HTTP\/JSON gateway OFF[^\n]*\nenable-grpc-gateway: true/,
    );
  });

  it('listens on 0.0.0.0 with a comment and a warning when a member has no IP', () => {
    const p = plan({ cluster: { members: [{ name: 'a', addresses: ['a.example.internal'] }] } });
    const { files, warnings } = memberFiles(p);
    const conf = files.find((f) => f.path === 'nodes/a/etcd.conf.yml')!.content;
    expect(readEtcdConfig(conf).raw['listen-client-urls']).toBe('https://0.0.0.0:2379');
    expect(readEtcdConfig(conf).raw['listen-peer-urls']).toBe('https://0.0.0.0:2380');
    expect(conf).toMatch(/# a has no IP address in the plan[^\n]*\nlisten-client-urls/);
    expect(readEtcdConfig(conf).raw['advertise-client-urls']).toBe(
      'https://a.example.internal:2379',
    );
    expect(warnings).toContainEqual({
      en: "Member a has no IP address: it listens on 0.0.0.0, and etcd will check incoming peer connections from it by reverse/forward DNS of its peer certificate's names. Make sure those names resolve to its IP on every member.",
      zh: '成员 a 没有 IP 地址：它监听 0.0.0.0；其他成员会通过反向/正向 DNS 解析其对等证书中的名称来校验来自它的连接。请确保这些名称在每个成员上都能解析到它的 IP。',
    });
  });

  it('omits the loopback listener when loopbackSans is off', () => {
    const p = plan({
      cluster: { loopbackSans: false, members: [{ name: 'a', addresses: ['10.1.1.1'] }] },
    });
    const conf = memberFiles(p).files[0]!.content;
    expect(readEtcdConfig(conf).raw['listen-client-urls']).toBe('https://10.1.1.1:2379');
  });

  it('gives three members on 127.0.0.1 with their own ports separate folders and URLs', () => {
    const p = plan({
      etcd: { version: '3.4' },
      pkiDir: '/srv/etcd/pki',
      dataDir: '/srv/etcd/data',
      cluster: {
        members: [1, 2, 3].map((i) => ({
          name: `n${i}`,
          addresses: ['127.0.0.1'],
          clientPort: 23790 + i,
          peerPort: 23800 + i,
        })),
      },
    });
    const seen = new Set<string>();
    for (const i of [1, 2, 3]) {
      const f = forms(p, `n${i}`);
      const c = f.config.flags;
      expect(c.get('listen-client-urls')).toBe(`https://127.0.0.1:2379${i}`);
      expect(c.get('advertise-client-urls')).toBe(`https://127.0.0.1:2379${i}`);
      expect(c.get('listen-peer-urls')).toBe(`https://127.0.0.1:2380${i}`);
      expect(c.get('initial-advertise-peer-urls')).toBe(`https://127.0.0.1:2380${i}`);
      expect(c.get('initial-cluster')).toBe(
        'n1=https://127.0.0.1:23801,n2=https://127.0.0.1:23802,n3=https://127.0.0.1:23803',
      );
      expect(c.get('data-dir')).toBe(`/srv/etcd/data/n${i}`);
      expect(c.get('cert-file')).toBe(`/srv/etcd/pki/n${i}/server.crt`);
      expect(c.get('peer-trusted-ca-file')).toBe(`/srv/etcd/pki/n${i}/ca.crt`);
      expect(f.unit).toContain(`--config-file /srv/etcd/etcd-n${i}.conf.yml`);
      for (const v of [
        c.get('data-dir')!,
        c.get('cert-file')!,
        memberPaths(p, p.cluster.members[i - 1]!).unitName,
      ]) {
        expect(seen.has(v)).toBe(false);
        seen.add(v);
      }
    }
  });

  it('quotes values that need it so that the shell and YAML read them back unchanged', () => {
    const p = plan({
      pkiDir: '/opt/my etcd/pki',
      cluster: { members: [{ name: 'a', addresses: ['10.1.1.1'] }] },
    });
    const f = forms(p, 'a');
    expect(f.flags.get('cert-file')).toBe('/opt/my etcd/pki/server.crt');
    expect(f.env.get('cert-file')).toBe('/opt/my etcd/pki/server.crt');
    expect(f.config.flags.get('cert-file')).toBe('/opt/my etcd/pki/server.crt');
    expect(f.unit).toContain('--config-file "/opt/my etcd/etcd.conf.yml"');
  });
});
