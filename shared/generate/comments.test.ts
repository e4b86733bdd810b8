import { describe, expect, it } from 'vitest';
import { planSchema } from '../plan/schema';
import { exampleBundleInput, generateBundleFiles } from './index';

const files = (language: 'en' | 'zh-CN', version: '3.4' | '3.5' | '3.6') =>
  generateBundleFiles(
    exampleBundleInput(
      planSchema.parse({
        version: 1,
        language,
        etcd: { version },
        cluster: {
          members: [
            { name: 'etcd0', addresses: ['10.0.0.10', 'etcd0.example.internal'] },
            { name: 'etcd1', addresses: ['etcd1.example.internal'] },
          ],
        },
        clients: ['kube-apiserver', 'etcdctl', 'apisix'],
        apisix: { discovery: { watchEndpointSlices: true }, sni: 'etcd0.example.internal' },
      }),
      new Date('2027-01-01T00:00:00Z'),
      { pkcs12: false },
    ),
  ).files.filter(
    (f) =>
      !['README.md', 'expiry.txt', 'expiry.ics', 'manifest.json', 'plan.yaml'].includes(f.path),
  );

const CJK = /[\u4e00-\u9fff]/u;
const isComment = (line: string) => /^\s*#(?!!)/.test(line);

describe('comments of generated files', () => {
  it.each(['3.4', '3.5', '3.6'] as const)(
    'are Chinese in a zh-CN bundle and the settings are the same (etcd %s)',
    (version) => {
      const en = files('en', version);
      const zh = files('zh-CN', version);
      expect(zh.map((f) => f.path)).toEqual(en.map((f) => f.path));
      for (const [i, f] of zh.entries()) {
        const comments = f.content.split('\n').filter(isComment);
        // Indented comment lines ("#   kubectl …", a copy list's aligned rows) quote commands
        // and paths; "#" alone is a blank line.
        const worded = comments.filter((l) => /^\s*# \S/.test(l));
        expect(worded.length, f.path).toBeGreaterThan(0);
        for (const line of worded) expect(line, `${f.path}: ${line}`).toMatch(CJK);
        const code = (s: string) => s.split('\n').filter((l) => !isComment(l));
        expect(code(f.content), f.path).toEqual(code(en[i]!.content));
        expect(en[i]!.content, f.path).not.toMatch(CJK);
      }
    },
  );
});
