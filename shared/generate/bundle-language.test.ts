/**
 * Every human sentence of a bundle follows the plan's language: a zh-CN bundle has no line of
 * prose that is English only, an en bundle has no Chinese. Commands, paths, keys and quoted
 * tool output are the same in both languages and are left out as written in PROSE_EXCEPTIONS.
 */
import { describe, expect, it } from 'vitest';
import { rotationRunbook } from '../day2/runbook';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../plan/plan';
import type { Plan } from '../plan/schema';
import { generateBundleFiles } from './bundle';
import { exampleBundleInput } from './example-input';
import type { BundleFile, BundleInput } from './types';

const NOW = new Date('2026-03-01T12:00:00Z');
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/u;

function plan(language: 'en' | 'zh-CN'): Plan {
  const yaml = EXAMPLE_PLAN_YAML.replace(/^language: en/m, `language: ${language}`)
    .replace(
      'clients: [kube-apiserver, apisix, etcdctl]',
      'clients: [kube-apiserver, apisix, etcdctl, { name: billing, kind: custom }]',
    )
    .replace('  version: "3"             # 3 | 2', '  version: "3"\n  discovery: {}');
  const r = parsePlanYaml(yaml);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Every file of a bundle and its day-2 variants (renew, add-member, remove-member, rotate-ca). */
function bundles(language: 'en' | 'zh-CN'): BundleFile[] {
  const p = plan(language);
  const base = exampleBundleInput(p, NOW, { pkcs12: true });
  const input: BundleInput = { ...base, ca: { ...base.ca, exported: 'plain' } };
  const files = [
    ...generateBundleFiles(input).files,
    ...generateBundleFiles({ ...input, renewed: input.certs.map((c) => c.id) }).files.filter(
      (f) => f.path === 'README.md',
    ),
    ...generateBundleFiles({
      ...input,
      change: { kind: 'add', member: 'etcd2', runningEndpoints: ['https://10.0.0.10:2379'] },
    }).files.filter((f) => f.path === 'README.md'),
    ...generateBundleFiles({
      ...input,
      change: {
        kind: 'remove',
        member: 'etcd1',
        unitName: 'etcd.service',
        dataDir: '/var/lib/etcd',
        pkiDir: '/etc/etcd/pki',
        runningEndpoints: ['https://10.0.0.10:2379'],
      },
    }).files.filter((f) => f.path === 'README.md'),
  ];
  files.push({
    path: 'RUNBOOK.md',
    content: rotationRunbook({ plan: p, oldTrust: [input.ca], newCa: input.ca }),
    mode: 'public',
  });
  return files;
}

/** A comment that holds a command to run, indented under its sentence: the same in every language. */
const COMMAND_COMMENT =
  /^#\s+(?:kubectl|etcdctl|etcd|openssl|curl|systemctl|install|mv|scp|apisix)\s/;

/** The human-readable lines of a file: prose in Markdown, comments elsewhere. */
function humanLines(f: BundleFile): string[] {
  const lines = f.content.split(/\r?\n/);
  if (f.path.endsWith('.md')) {
    let fence = false;
    return lines.filter((l) => {
      if (l.startsWith('```')) {
        fence = !fence;
        return false;
      }
      // In a fence: commands; a comment line in a fence is prose.
      return !fence || /^\s*# /.test(l);
    });
  }
  if (f.path.endsWith('.ics')) return lines.filter((l) => /^(SUMMARY|DESCRIPTION):/.test(l));
  // expiry.txt: the sentences and the column heads; the rows under the dashes are ids, CNs
  // (names as issued), ISO dates and day counts.
  if (f.path.endsWith('.txt'))
    return lines.slice(
      0,
      lines.findIndex((l) => /^-+ /.test(l)),
    );
  if (f.path.endsWith('.json') || f.path === 'plan.yaml') return [];
  return lines
    .filter((l) => /^\s*#(?!!)/.test(l) || / #\s/.test(l))
    .map((l) => l.replace(/^.*?#/, '#'))
    .filter((l) => !COMMAND_COMMENT.test(l));
}

/**
 * What stays as written in every language, removed from a line before it is judged, one entry
 * per rule: `code` spans; URLs; "quoted" tool output and names; anything with a slash (paths);
 * file names; --flags and --flag=value; UPPER_CASE names (ETCD_* variables, TLS, SAN, CN);
 * key: value and key=value as written in configs; identifiers with a digit, dot, dash or
 * underscore (etcd0, kube-apiserver, client:etcd0, x509, ISO dates); product names.
 * Which lines are judged at all is humanLines' rule above: Markdown outside fences and the
 * `# ` comments inside them; comments of config files and scripts, except a comment that holds
 * a command (COMMAND_COMMENT); the sentences and column heads of expiry.txt; the SUMMARY and
 * DESCRIPTION of expiry.ics; nothing of manifest.json and plan.yaml (data for the tool).
 */
const PROSE_EXCEPTIONS: readonly RegExp[] = [
  /`[^`]*`/g,
  /https?:\/\/\S+/g,
  /"[^"]*"/g,
  /\S*\/\S*/g,
  /\S+\.(?:ya?ml|json|md|crt|key|p12|txt|ics|sh|env|flags|service|zip|conf|pem)\b/g,
  /--[\w-]+(?:=\S*)?/g,
  /\b[A-Z][A-Z0-9_]{1,}\b/g,
  /\b[\w.-]+[:=]\S*/g,
  /\b\w*[\d._-]\w*(?:[\d._-]\w*)*\b/g,
  // Product names, written the same in Chinese (a heading "## Kubernetes", a table cell).
  /\b(?:etcd|etcdctl|Kubernetes|APISIX|OpenSSL|Go|systemd)\b/g,
];

const prose = (line: string): string =>
  PROSE_EXCEPTIONS.reduce((l, re) => l.replace(re, ' '), line);

describe('bundle language', () => {
  it('zh-CN: no line of prose is English only', () => {
    const bad: string[] = [];
    for (const f of bundles('zh-CN'))
      for (const l of humanLines(f))
        if (/[A-Za-z]{2,}/.test(prose(l)) && !CJK.test(l)) bad.push(`${f.path}: ${l}`);
    expect(bad).toEqual([]);
  });

  it('en: no Chinese anywhere', () => {
    const bad: string[] = [];
    for (const f of bundles('en'))
      for (const l of f.content.split(/\r?\n/)) if (CJK.test(l)) bad.push(`${f.path}: ${l}`);
    expect(bad).toEqual([]);
  });
});
