import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../plan/plan';
import type { Plan } from '../plan/schema';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import { icsFold } from './expiry';
import { bundleLayout } from './paths';
import type { BundleInput } from './types';
import { renderText } from '../text/render';

const NOW = new Date('2026-03-01T12:00:00Z');

function example(edit: (y: string) => string = (y) => y): Plan {
  const r = parsePlanYaml(edit(EXAMPLE_PLAN_YAML));
  if (!r.ok) throw new Error(renderText(r.error.text, 'en'));
  return r.value;
}

describe('bundle layout', () => {
  it('puts each PEM where the configs and README point', () => {
    const p = example();
    const layout = bundleLayout(p);
    expect(layout.certs['server:etcd0']).toEqual({
      cert: 'nodes/etcd0/server.crt',
      key: 'nodes/etcd0/server.key',
    });
    expect(layout.certs['peer:etcd2']).toEqual({
      cert: 'nodes/etcd2/peer.crt',
      key: 'nodes/etcd2/peer.key',
    });
    expect(layout.certs['client:apisix']).toEqual({
      cert: 'clients/apisix/client.crt',
      key: 'clients/apisix/client.key',
      p12: 'clients/apisix/client.p12',
    });
    expect(layout.ca.cert).toBe('ca/ca.crt');
    expect(layout.ca.copies).toContain('nodes/etcd1/ca.crt');
    expect(layout.ca.copies).toContain('clients/etcdctl/ca.crt');
    const input = exampleBundleInput(p, NOW);
    expect(Object.keys(layout.certs).sort()).toEqual(input.certs.map((c) => c.id).sort());
    const readme = generateBundleFiles(input).files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain('(SAN: 10.0.0.10, etcd0.example.internal, localhost, 127.0.0.1, ::1)');
    expect(readme).not.toContain('client.p12');
    const withP12 = generateBundleFiles({ ...input, options: { pkcs12: true } }).files;
    expect(withP12.find((f) => f.path === 'README.md')!.content).toContain(
      '`clients/etcdctl/client.p12`',
    );
    for (const paths of Object.values(layout.certs)) {
      expect(readme).toContain(`\`${paths.cert}\``);
      expect(readme).toContain(`\`${paths.key}\``);
    }
  });

  it('generates unique paths with the right modes and no PEM content', () => {
    const { files } = generateBundleFiles(exampleBundleInput(example(), NOW));
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const f of files) {
      expect(f.path).not.toMatch(/^\/|\.\.|\\/);
      expect(f.content).not.toContain('PRIVATE KEY');
      expect(f.mode).toBe(f.path.endsWith('.sh') ? 'executable' : 'public');
    }
    for (const m of ['etcd0', 'etcd1', 'etcd2'])
      for (const n of ['etcd.conf.yml', 'etcd.env', 'etcd.flags', 'etcd.service'])
        expect(paths).toContain(`nodes/${m}/${n}`);
    expect(paths).toEqual(
      expect.arrayContaining(['README.md', 'expiry.txt', 'expiry.ics', 'apisix/config.yaml']),
    );
  });
});

describe('README', () => {
  it('says what must be said, in English', () => {
    const input: BundleInput = {
      ...exampleBundleInput(example(), NOW),
      ca: { ...exampleBundleInput(example(), NOW).ca, exported: 'encrypted' },
    };
    const readme = generateBundleFiles(input).files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toMatch(
      /config file it ignores every command-line flag and every `ETCD_\*` environment variable/,
    );
    expect(readme).toMatch(/\*\*not encrypted\*\*, because etcd cannot read an encrypted key/);
    expect(readme).toMatch(/Never copy the CA key to an etcd member/);
    expect(readme).toContain('`ca/ca.key`');
    expect(readme).toContain(
      'openssl verify -x509_strict -CAfile ca/ca.crt -purpose sslserver -verify_ip 10.0.0.10 nodes/etcd0/server.crt',
    );
    expect(readme).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('is written fully in Chinese for zh-CN', () => {
    const p = example((y) => y.replace('language: en', 'language: zh-CN'));
    const readme = generateBundleFiles(exampleBundleInput(p, NOW)).files.find(
      (f) => f.path === 'README.md',
    )!.content;
    expect(readme).toMatch(/^# etcd TLS 证书包/);
    expect(readme).toContain(
      'etcd 一旦使用配置文件，就会忽略所有命令行参数和所有 `ETCD_*` 环境变量',
    );
    expect(readme).toContain('私钥（`*.key`）**未加密**，因为 etcd 无法读取加密的私钥');
    expect(readme).toContain('切勿把 CA 私钥复制到任何 etcd 成员或客户端');
    // Every prose line is Chinese; only commands, paths and table cells of paths are not.
    const prose = readme
      .split('```')
      .filter((_, i) => i % 2 === 0)
      .join('\n')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('|---') && !l.startsWith('#'));
    for (const line of prose) expect(line, line).toMatch(/[\u4e00-\u9fff]|^\| `[^`]+` \|/);
  });

  it('mentions the 3.4 gateway trap only for 3.4 and the plain CA key as a warning', () => {
    const p34 = example((y) => y.replace('version: "3.5"', 'version: "3.4"'));
    const input = exampleBundleInput(p34, NOW);
    const out = generateBundleFiles({ ...input, ca: { ...input.ca, exported: 'plain' } });
    const readme = out.files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toMatch(/etcd 3\.4 turns its HTTP\/JSON gateway off/);
    expect(out.warnings.map((w) => renderText(w, 'en')).join()).toMatch(
      /ca\/ca\.key is in this bundle UNENCRYPTED/,
    );
    const r35 = generateBundleFiles(exampleBundleInput(example(), NOW)).files.find(
      (f) => f.path === 'README.md',
    )!.content;
    expect(r35).not.toMatch(/etcd 3\.4 turns/);
  });
});

describe('expiry files', () => {
  const input = (() => {
    const i = exampleBundleInput(example(), NOW);
    return {
      ...i,
      certs: i.certs.map((c) =>
        c.id === 'server:etcd1' ? { ...c, notAfter: '2026-02-20T00:00:00Z' } : c,
      ),
    };
  })();
  const files = generateBundleFiles(input).files;

  it('lists every certificate with days left from now', () => {
    const txt = files.find((f) => f.path === 'expiry.txt')!.content;
    const rows = txt.split('\n').filter((l) => /^(ca|server:|peer:|client:)/.test(l));
    expect(rows).toHaveLength(1 + input.certs.length);
    expect(rows[0]).toMatch(/^ca\s+CN=etcd-ca\s+\S+\s+3650$/);
    expect(rows[1]).toMatch(/^server:etcd1\s+etcd1\s+2026-02-20T00:00:00Z\s+EXPIRED 10 days ago$/);
    expect(txt).toMatch(/^client:apisix\s+apisix\s+\S+\s+365$/m);
  });

  it('has one VEVENT per certificate, 30 days before expiry, CRLF and folded at 75 octets', () => {
    const ics = files.find((f) => f.path === 'expiry.ics')!.content;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = ics.split('\r\n');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1 + input.certs.length);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toMatch(
      /DTSTART;VALUE=DATE:20260121\r\nDTEND;VALUE=DATE:20260122\r\nSUMMARY:Renew etcd certificate server:etcd1/,
    );
    expect(unfolded).toContain('DTSTAMP:20260301T120000Z');
    const uids = [...unfolded.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('folds without splitting a multi-byte character', () => {
    const folded = icsFold(`SUMMARY:${'证'.repeat(40)}`);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'证'.repeat(40)}`);
  });
});
