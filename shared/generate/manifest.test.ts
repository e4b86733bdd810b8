import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../plan/plan';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import { MANIFEST_SCHEMA, bundleManifest, parseManifest } from './manifest';

const NOW = new Date('2026-03-01T12:00:00Z');
const plan = (() => {
  const r = parsePlanYaml(EXAMPLE_PLAN_YAML);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

describe('manifest.json', () => {
  it('is in every bundle, next to plan.yaml, and reads back as written', () => {
    const input = exampleBundleInput(plan, NOW, { pkcs12: true });
    const files = generateBundleFiles({ ...input, ca: { ...input.ca, exported: 'encrypted' } });
    const text = files.files.find((f) => f.path === 'manifest.json')!.content;
    const back = parseManifest(text, 'b/manifest.json');
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.schema).toBe(MANIFEST_SCHEMA);
    expect(back.value.ca.key).toEqual({ included: true, encrypted: true, file: 'ca/ca.key' });
    expect(back.value.certificates).toHaveLength(3 * 2 + 3);
    const peer = back.value.certificates.find((c) => c.id === 'peer:etcd1')!;
    expect(peer).toMatchObject({
      role: 'etcd-peer',
      member: 'etcd1',
      files: { cert: 'nodes/etcd1/peer.crt' },
    });
    expect(peer.sans.slice(0, 2)).toEqual([
      { type: 'ip', value: '10.0.0.11' },
      { type: 'dns', value: 'etcd1.example.internal' },
    ]);
    expect(peer.files.p12).toBeUndefined();
    const p = files.files.find((f) => f.path === 'plan.yaml')!.content;
    const again = parsePlanYaml(p);
    expect(again.ok && again.value).toEqual(plan);
    const readme = files.files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain('`manifest.json`');
    expect(readme).toContain('`plan.yaml`');
  });

  it('records every trust anchor and no CA key when none is exported', () => {
    const input = exampleBundleInput(plan, NOW);
    const other = { ...input.ca, subject: 'CN=next', fingerprintSha256: 'AA:BB' };
    const m = bundleManifest({ ...input, trust: [input.ca, other] });
    expect(m.ca.key).toEqual({ included: false, encrypted: false });
    expect(m.trust.map((t) => t.subject)).toEqual(['CN=etcd-ca', 'CN=next']);
  });

  it('names the file and the field it cannot read', () => {
    const bad = (t: string) => {
      const r = parseManifest(t, 'b/manifest.json');
      return r.ok ? '' : `${r.error.code}: ${r.error.message}`;
    };
    expect(bad('{')).toMatch(/^bundle-invalid: b\/manifest\.json: not valid JSON/);
    expect(bad('{"schema":"other@9"}')).toMatch(/schema "other@9" is not etcd-tls-wizard/);
    const m = bundleManifest(exampleBundleInput(plan, NOW));
    const broken = { ...m, certificates: [{ ...m.certificates[0], serial: 7 }] };
    expect(bad(JSON.stringify(broken))).toMatch(/b\/manifest\.json: certificates\.0\.serial: /);
  });
});
