import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../generate/manifest';
import { exampleBundleInput } from '../generate/example-input';
import { generateBundleFiles, memberFiles } from '../generate/bundle';
import { parsePlanYaml } from '../plan/plan';
import type { Plan } from '../plan/schema';
import { durationText, parseDuration } from './duration';
import {
  escapeLabelValue,
  expiringWithin,
  opensslSerial,
  prometheusTextfile,
} from './expiry-watch';
import { addMember, removeMember } from './membership';
import { selectForRenewal } from './renew-selection';
import { ROTATION_PHASES, rotationGap } from './rotation';
import { rotationRunbook } from './runbook';
import { renderText } from '../text/render';
import type { AppText } from '../text/text';

const NOW = new Date('2026-03-01T00:00:00Z');
const DAY = 86_400_000;

function plan(yaml: string): Plan {
  const r = parsePlanYaml(yaml);
  if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
  return r.value;
}
const THREE = plan(`version: 1
cluster:
  members:
    - { name: n1, addresses: [10.0.0.1, n1.example.internal] }
    - { name: n2, addresses: [10.0.0.2] }
    - { name: n3, addresses: [10.0.0.3] }
clients: [kube-apiserver, etcdctl, apisix]
apisix: {}
`);
const errorOf = <T>(r: { ok: true; value: T } | { ok: false; error: { text: AppText } }) =>
  r.ok ? '' : renderText(r.error.text, 'en');

describe('durations', () => {
  it('reads a number and a unit, and names the flag when it cannot', () => {
    expect(parseDuration('30d', '--x')).toEqual({ ok: true, value: 30 * DAY });
    expect(parseDuration('12h', '--x')).toEqual({ ok: true, value: 12 * 3_600_000 });
    expect(parseDuration('2w', '--x')).toEqual({ ok: true, value: 14 * DAY });
    expect(parseDuration('90min', '--x')).toEqual({ ok: true, value: 90 * 60_000 });
    for (const bad of ['30', '30m', '1.5d', '-1d', 'd', '30 days'])
      expect(errorOf(parseDuration(bad, '--expiring-within'))).toMatch(
        /^--expiring-within ".*" is not a duration; write a whole number and a unit: 30d/,
      );
    expect(durationText(30 * DAY)).toBe('30 days');
    expect(durationText(3_600_000)).toBe('1 hour');
    expect(durationText(30 * DAY, 'zh-CN')).toBe('30 天');
  });
});

describe('renewal selection', () => {
  const input = exampleBundleInput(THREE, NOW);
  const soon = new Date(NOW.getTime() + 10 * DAY).toISOString();
  const manifest = bundleManifest({
    ...input,
    certs: input.certs.map((c) => (c.id === 'peer:n2' ? { ...c, notAfter: soon } : c)),
  });
  const pick = (only?: string[], within?: number) =>
    selectForRenewal(
      manifest,
      { ...(only ? { only } : {}), ...(within ? { expiringWithinMs: within } : {}), now: NOW },
      'b/manifest.json',
    );

  it('takes every certificate, or the ones named by id, member or client', () => {
    expect(pick()).toEqual({ ok: true, value: manifest.certificates.map((c) => c.id) });
    expect(pick(['n1', 'client:etcdctl', 'apisix'])).toEqual({
      ok: true,
      value: ['server:n1', 'peer:n1', 'client:etcdctl', 'client:apisix'],
    });
  });

  it('keeps only what expires within the window, also combined with --only', () => {
    expect(pick(undefined, 30 * DAY)).toEqual({ ok: true, value: ['peer:n2'] });
    expect(pick(['n1'], 30 * DAY)).toEqual({ ok: true, value: [] });
  });

  it('refuses an unknown name and the CA, naming what exists', () => {
    expect(errorOf(pick(['n9']))).toMatch(
      /^--only n9: b\/manifest\.json has no certificate, member or client of that name; give a member \(n1, n2, n3\), a client \(kube-apiserver, etcdctl, apisix\) or a certificate id such as server:n1$/,
    );
    expect(errorOf(pick(['ca']))).toMatch(/use rotate-ca/);
  });
});

describe('membership changes', () => {
  it('adds a member with existing state; other members keep their files and names', () => {
    const r = addMember(THREE, { name: 'n4', addresses: ['10.0.0.4'] });
    if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
    expect(r.value.plan.etcd.initialClusterState).toBe('existing');
    expect(r.value.plan.cluster.members.map((m) => m.name)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(r.value.notes[0]?.en).toMatch(/4 members, which survive 1 failed member/);
    const conf = memberFiles(r.value.plan).files.find((f) => f.path === 'nodes/n4/etcd.conf.yml');
    expect(conf?.content).toContain('initial-cluster-state: "existing"');
    expect(conf?.content).toContain('n4=https://10.0.0.4:2380');
    const n1 = memberFiles(r.value.plan).files.find((f) => f.path === 'nodes/n1/etcd.conf.yml');
    expect(n1?.content).toContain(
      'n1=https://10.0.0.1:2380,n2=https://10.0.0.2:2380,n3=https://10.0.0.3:2380,n4=https://10.0.0.4:2380',
    );
  });

  it('walks through the change in the README, in the plan language', () => {
    const added = addMember(
      { ...THREE, language: 'zh-CN' },
      { name: 'n4', addresses: ['10.0.0.4'] },
    );
    if (!added.ok) throw new Error(renderText(added.error.text, 'en'));
    const input = exampleBundleInput(added.value.plan, NOW);
    const readme = generateBundleFiles({
      ...input,
      notes: added.value.notes,
      change: { kind: 'add', member: 'n4', runningEndpoints: ['https://10.0.0.1:2379'] },
    }).files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain('## 添加成员 n4：请按以下顺序操作');
    expect(readme).toContain(
      'etcdctl --endpoints=https://10.0.0.1:2379 --cacert=clients/etcdctl/ca.crt --cert=clients/etcdctl/client.crt --key=clients/etcdctl/client.key member add n4 --peer-urls=https://10.0.0.4:2380',
    );
    expect(readme).toContain('集群将有 4 个成员');
    expect(readme.indexOf('member add n4')).toBeLessThan(readme.indexOf('endpoint health'));
    // n4 needs a moment to catch up: the health check retries, for a bounded time.
    expect(readme).toContain(
      "timeout 120 sh -c 'until etcdctl --endpoints=https://10.0.0.1:2379,https://10.0.0.4:2379 --cacert=clients/etcdctl/ca.crt --cert=clients/etcdctl/client.crt --key=clients/etcdctl/client.key endpoint health; do sleep 1; done'",
    );
    expect(readme).toContain('最多 2 分钟');
  });

  it('refuses a taken name, a taken address:port, a bad address and a move of files', () => {
    expect(errorOf(addMember(THREE, { name: 'n2', addresses: ['10.0.0.9'] }))).toBe(
      '--name n2: the bundle already has a member n2; choose a name no member has',
    );
    expect(errorOf(addMember(THREE, { name: 'n4', addresses: ['10.0.0.2'] }))).toMatch(
      /^--address 10\.0\.0\.2: member n2 already has this address and uses port 2379 on it/,
    );
    expect(errorOf(addMember(THREE, { name: 'n4', addresses: ['https://10.0.0.4'] }))).toMatch(
      /^--address "https:\/\/10\.0\.0\.4" is a URL/,
    );
    // Another port on n2's host would give n2 a per-member folder: its data dir would move.
    expect(
      errorOf(
        addMember(THREE, { name: 'n4', addresses: ['10.0.0.2'], clientPort: 3379, peerPort: 3380 }),
      ),
    ).toMatch(/would move member n2's files \(data dir \/var\/lib\/etcd -> \/var\/lib\/etcd\/n2/);
  });

  it('allows a member on a host that already holds several (the one-machine test cluster)', () => {
    const local = plan(`version: 1
cluster:
  members:
    - { name: a, addresses: [127.0.0.1], clientPort: 2379, peerPort: 2380 }
    - { name: b, addresses: [127.0.0.1], clientPort: 2479, peerPort: 2480 }
`);
    const r = addMember(local, {
      name: 'c',
      addresses: ['127.0.0.1'],
      clientPort: 2579,
      peerPort: 2580,
    });
    expect(errorOf(r)).toBe('');
    expect(
      errorOf(
        addMember(local, { name: 'c', addresses: ['127.0.0.1'], clientPort: 2479, peerPort: 2580 }),
      ),
    ).toMatch(/member b already has this address and uses port 2479/);
  });

  it('removes a member; refuses an unknown one and the last one', () => {
    const r = removeMember(THREE, 'n2');
    if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
    expect(r.value.plan.cluster.members.map((m) => m.name)).toEqual(['n1', 'n3']);
    expect(r.value.plan.etcd.initialClusterState).toBe('existing');
    expect(r.value.notes[0]?.en).toMatch(/2 members, which survive 0 failed members/);
    expect(errorOf(removeMember(THREE, 'n7'))).toBe(
      '--name n7: the bundle has no member n7; its members are n1, n2, n3',
    );
    const one = plan('version: 1\ncluster: { members: [{ name: x, addresses: [10.0.0.1] }] }\n');
    expect(errorOf(removeMember(one, 'x'))).toMatch(/only member/);
  });
});

describe('CA rotation phases', () => {
  it('never leave a server and a client that distrust each other, in any roll-out mix', () => {
    expect(rotationGap()).toBeUndefined();
    expect(ROTATION_PHASES.map((p) => p.folder)).toEqual([
      'phase-1-trust-both',
      'phase-2-new-leaves',
      'phase-3-new-ca-only',
    ]);
  });

  it('would catch a rotation that skips a phase', () => {
    const [p1, p2, p3] = ROTATION_PHASES;
    expect(rotationGap([p2!, p3!])).toMatchObject({ phase: 1 });
    expect(rotationGap([p1!, p3!])).toMatchObject({ phase: 2 });
    expect(rotationGap([p1!, { trust: ['new'], leaves: 'old' }])).toMatchObject({ phase: 2 });
  });

  it('writes a runbook in the language of the plan with every file, restart and check', () => {
    const input = exampleBundleInput(THREE, NOW);
    const oldCa = { ...input.ca, subject: 'CN=etcd-ca' };
    const newCa = { ...input.ca, subject: 'CN=etcd-ca-20260301', fingerprintSha256: 'NE:W0' };
    const text = rotationRunbook({ plan: THREE, oldTrust: [oldCa], newCa });
    expect(text).toContain('## English');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/u);
    const zh = rotationRunbook({ plan: { ...THREE, language: 'zh-CN' }, oldTrust: [oldCa], newCa });
    expect(zh).toContain('# CA 轮换操作手册\n\n## 简体中文');
    expect(zh).not.toContain('## English');
    expect(zh).toContain('领导者（leader）最后处理');
    expect(zh).toContain('每个信任文件都包含 2 张证书');
    for (const folder of ['phase-1-trust-both', 'phase-2-new-leaves', 'phase-3-new-ca-only'])
      expect(text).toContain(`(\`${folder}/\`)`);
    // Members restart one by one and are waited for; the trust check counts both CAs.
    expect(text).toContain(
      'until etcdctl --endpoints=https://10.0.0.2:2379 --cacert=phase-1-trust-both/clients/etcdctl/ca.crt',
    );
    expect(text).toContain('systemctl restart etcd.service');
    expect(text).toContain('Every trust file holds 2 certificates');
    expect(text).toContain('Every trust file holds 1 certificate,');
    // Files a running program reads are copied under a temporary name, then renamed over
    // (`install` onto the file deletes it first); a key and its certificate back to back.
    expect(text).toContain(
      [
        'install -m 644 phase-1-trust-both/clients/kube-apiserver/ca.crt /etc/kubernetes/pki/etcd/.ca.crt.new',
        'mv -f /etc/kubernetes/pki/etcd/.ca.crt.new /etc/kubernetes/pki/etcd/ca.crt',
      ].join('\n'),
    );
    expect(text).toContain(
      'mv -f /usr/local/apisix/conf/etcd/.ca.crt.new /usr/local/apisix/conf/etcd/ca.crt',
    );
    expect(text).toContain(
      'install -m 600 phase-2-new-leaves/nodes/n1/server.key /etc/etcd/pki/.server.key.new',
    );
    expect(text).toContain(
      'mv -f /etc/etcd/pki/.server.key.new /etc/etcd/pki/server.key && mv -f /etc/etcd/pki/.server.crt.new /etc/etcd/pki/server.crt',
    );
    expect(text).toContain(
      'mv -f /etc/etcd/pki/etcdctl/.client.key.new /etc/etcd/pki/etcdctl/client.key && mv -f /etc/etcd/pki/etcdctl/.client.crt.new /etc/etcd/pki/etcdctl/client.crt',
    );
    expect(text).not.toMatch(/^install -m \d+ \S+ \/\S*\/(?!\.)[^/\s]+$/m);
    // Rolling restarts: the leader last, and leadership handed away before a leader stops.
    expect(text).toContain('the leader last');
    expect(text).toContain('endpoint status -w table\n# member n1');
    const n1 = text.indexOf('$1=="https://10.0.0.1:2379" && $5=="true"');
    expect(n1).toBeGreaterThan(0);
    expect(text.indexOf('move-leader', n1)).toBeLessThan(
      text.indexOf('systemctl restart etcd.service', n1),
    );
    expect(text.match(/ move-leader$/gm)).toHaveLength(2 * 3); // phases 1 and 3
    expect(text).toContain(
      'kubectl apply -f phase-2-new-leaves/kubernetes/etcd-client-apisix.secret.yaml',
    );
    expect(text).toContain('until kubectl get --raw=/readyz/etcd');
    expect(text).toMatch(
      /openssl s_client -connect 10\.0\.0\.1:2379 -CAfile phase-2-new-leaves\/ca\/ca\.crt/,
    );
    expect(text).toContain('`CN=etcd-ca-20260301`');
  });
});

describe('README of a renewed bundle', () => {
  const readmeOf = (plan: Plan, renewed?: string[]) =>
    generateBundleFiles({
      ...exampleBundleInput(plan, NOW),
      ...(renewed ? { renewed } : {}),
    }).files.find((f) => f.path === 'README.md')!.content;

  it('swaps exactly the renewed files in place, and says who needs a restart', () => {
    const readme = readmeOf(THREE, ['server:n2', 'client:etcdctl', 'client:kube-apiserver']);
    expect(readme).toContain('## Swap renewed certificates in place');
    expect(readme.indexOf('## Swap renewed')).toBeLessThan(readme.indexOf('## Install'));
    const section = readme.slice(
      readme.indexOf('## Swap renewed'),
      readme.indexOf('\n## ', readme.indexOf('## Swap renewed') + 1),
    );
    expect(section).toContain(
      [
        'install -m 644 nodes/n2/server.crt /etc/etcd/pki/.server.crt.new',
        'install -m 600 nodes/n2/server.key /etc/etcd/pki/.server.key.new',
        'mv -f /etc/etcd/pki/.server.key.new /etc/etcd/pki/server.key && mv -f /etc/etcd/pki/.server.crt.new /etc/etcd/pki/server.crt',
        'openssl s_client -connect 10.0.0.2:2379 -CAfile ca/ca.crt -cert clients/etcdctl/client.crt -key clients/etcdctl/client.key </dev/null 2>/dev/null | openssl x509 -noout -serial',
      ].join('\n'),
    );
    expect(section).not.toContain('nodes/n1/');
    expect(section).not.toContain('peer.crt');
    expect(section).toContain(
      'mv -f /etc/kubernetes/pki/.apiserver-etcd-client.key.new /etc/kubernetes/pki/apiserver-etcd-client.key && mv -f /etc/kubernetes/pki/.apiserver-etcd-client.crt.new /etc/kubernetes/pki/apiserver-etcd-client.crt',
    );
    expect(section).toMatch(
      /kube-apiserver reads its etcd client certificate and key .* when it starts, so restart it/,
    );
    expect(section).toContain('crictl stop $(crictl ps --name kube-apiserver -q)');
    expect(section).toContain(
      'mv -f /etc/etcd/pki/etcdctl/.client.key.new /etc/etcd/pki/etcdctl/client.key',
    );
    expect(section).not.toContain('apisix');
    expect(section).toContain('kubectl apply -f kubernetes/etcd-client-etcdctl.secret.yaml');
    expect(section).not.toMatch(/^install -m \d+ \S+ \/\S*\/(?!\.)[^/\s]+$/m);
    // The one moment the renames leave (between a key's and its certificate's) is told as it is,
    // with the error a program meets in it: the live day-2 test's etcdctl met it.
    expect(section).toContain('tls: private key does not match public key');
    expect(section).not.toMatch(/never finds[^.]*does not match/);
  });

  it('is absent from other bundles, and in the plan language', () => {
    expect(readmeOf(THREE)).not.toContain('Swap renewed');
    const zh = readmeOf({ ...THREE, language: 'zh-CN' }, ['peer:n1']);
    expect(zh).toContain('## 原地替换续期的证书');
    expect(zh).toContain('etcd 在下一次 TLS 握手时重新读取其证书和私钥，因此无需重启');
    expect(zh).toContain('mv -f /etc/etcd/pki/.peer.key.new /etc/etcd/pki/peer.key');
  });
});

describe('expiry watching', () => {
  const certs = [
    {
      file: '/pki/a "b".crt',
      subject: 'CN=x\\y',
      serial: '00ab12',
      notAfter: '2026-03-20T00:00:00.000Z',
    },
    { file: '/pki/c.crt', subject: 'CN=c', serial: '7f', notAfter: '2027-01-01T00:00:00.000Z' },
  ];

  it('finds what ends within the window, soonest first', () => {
    expect(expiringWithin(certs, NOW, 30 * DAY).map((c) => c.file)).toEqual(['/pki/a "b".crt']);
    expect(expiringWithin(certs, NOW, 1 * DAY)).toEqual([]);
  });

  it('writes textfile metrics with escaped labels and openssl-style serials', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    expect(opensslSerial('00ab12')).toBe('AB12');
    expect(opensslSerial('06e4')).toBe('06E4');
    const text = prometheusTextfile([...certs, certs[1]!], NOW);
    expect(text).toBe(
      [
        '# HELP etcd_tls_wizard_certificate_not_after_seconds When the certificate expires (notAfter), in seconds since the Unix epoch.',
        '# TYPE etcd_tls_wizard_certificate_not_after_seconds gauge',
        'etcd_tls_wizard_certificate_not_after_seconds{file="/pki/a \\"b\\".crt",subject="CN=x\\\\y",serial="AB12"} 1773964800',
        'etcd_tls_wizard_certificate_not_after_seconds{file="/pki/c.crt",subject="CN=c",serial="7F"} 1798761600',
        '# HELP etcd_tls_wizard_inspect_timestamp_seconds When etcd-tls-wizard inspect wrote these metrics.',
        '# TYPE etcd_tls_wizard_inspect_timestamp_seconds gauge',
        'etcd_tls_wizard_inspect_timestamp_seconds 1772323200',
        '',
      ].join('\n'),
    );
  });
});
