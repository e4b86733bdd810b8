import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEY_ALGORITHMS } from '../pki/algorithms';
import { decodeBytes } from '../pki/decode';
import { issuePki } from '../pki/issue';
import type { DecodedCertificate } from '../pki/model';
import { EXAMPLE_PLAN_YAML, parsePlanYaml } from '../plan/plan';
import { lintCertificate, lintSet } from './lint';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH_CN } from './messages-zh-CN';
import { inferRoles } from './roles';
import { RULE_META, lintRules } from './rules';
import { LINT_RULE_IDS } from './types';

const crypto = webcrypto as unknown as Crypto;
const NOW = new Date('2025-03-01T12:00:00Z');

async function decodeCert(pem: string): Promise<DecodedCertificate> {
  const r = await decodeBytes(new TextEncoder().encode(pem), 'x.pem', { crypto });
  if (!r.ok || r.value.items[0]?.kind !== 'certificate') throw new Error('not a certificate');
  return r.value.items[0];
}

async function issueExample(yaml = EXAMPLE_PLAN_YAML) {
  const plan = parsePlanYaml(yaml);
  if (!plan.ok) throw new Error(plan.error.message);
  const pki = await issuePki(plan.value, { crypto, now: NOW });
  if (!pki.ok) throw new Error(pki.error.message);
  return { plan: plan.value, pki: pki.value };
}

describe('rule table and messages', () => {
  it('every rule has meta, English and Simplified Chinese texts', () => {
    expect(RULE_META.map((r) => r.id).sort()).toEqual([...LINT_RULE_IDS].sort());
    for (const messages of [MESSAGES_EN, MESSAGES_ZH_CN]) {
      expect(Object.keys(messages.rules).sort()).toEqual([...LINT_RULE_IDS].sort());
      for (const t of Object.values(messages.rules)) {
        expect(t.title.length).toBeGreaterThan(3);
        expect(t.explanation.length).toBeGreaterThan(10);
        expect(t.fix.length).toBeGreaterThan(5);
      }
    }
    expect(Object.keys(MESSAGES_ZH_CN.roleReasons).sort()).toEqual(
      Object.keys(MESSAGES_EN.roleReasons).sort(),
    );
    // The Chinese table really is Chinese, and keeps the placeholders of the English details.
    for (const id of LINT_RULE_IDS) {
      expect(MESSAGES_ZH_CN.rules[id].title).toMatch(/[\u4e00-\u9fff]/);
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(MESSAGES_ZH_CN.rules[id].detail)).toEqual(
        placeholders(MESSAGES_EN.rules[id].detail),
      );
    }
    // Each rule cites its own section of docs/lint-rules.md first (the docs-links test checks
    // that the section exists).
    for (const r of RULE_META)
      expect(r.reference).toMatch(new RegExp(`^docs/lint-rules\\.md#${r.id}(;|$)`));
    const table = lintRules('zh-CN');
    expect(table.find((r) => r.id === 'no-sans')).toMatchObject({
      severity: 'error',
      appliesTo: ['etcd-server', 'etcd-peer'],
      seenAs: 'x509: certificate relies on legacy Common Name field, use SANs instead',
    });
  });
});

describe('certificates made by the core (issuePki)', () => {
  it.each([
    ['example plan', EXAMPLE_PLAN_YAML],
    [
      'example plan with etcd auth on (APISIX gets an empty CN)',
      EXAMPLE_PLAN_YAML.replace('auth: false', 'auth: true'),
    ],
    // Every key algorithm, for the CA and the leaves alike.
    ...KEY_ALGORITHMS.map((alg): [string, string] => [
      `${alg} CA and leaves`,
      EXAMPLE_PLAN_YAML.replace(/key: ecdsa-p256 {2,}#[^\n]*/, `key: ${alg}`).replace(
        /leaf:\n {2}key: ecdsa-p256/,
        `leaf:\n  key: ${alg}`,
      ),
    ]),
  ])('%s: zero lint errors and warnings for the roles they were made for', async (_t, yaml) => {
    const { plan, pki } = await issueExample(yaml);
    const ca = await decodeCert(pki.ca.certPem);
    expect(lintCertificate(ca, { role: 'ca', now: NOW })).toEqual([]);
    for (const c of pki.certs) {
      const cert = await decodeCert(c.certPem);
      const findings = lintCertificate(cert, {
        role: c.spec.role,
        issuer: ca,
        now: NOW,
        hosts: c.spec.role === 'client' ? [] : c.spec.sans.map((a) => a.value),
        etcdAuth: plan.etcd.auth,
        ...(c.spec.kind ? { kind: c.spec.kind } : {}),
      });
      expect(findings.map((f) => `${c.spec.id}: ${f.ruleId}`)).toEqual([]);
    }
  });

  it('lintSet pairs every leaf with the CA and infers roles with quoted failures', async () => {
    const { pki } = await issueExample();
    const items = await Promise.all(
      [pki.ca.certPem, ...pki.certs.map((c) => c.certPem)].map(decodeCert),
    );
    const result = await lintSet(items, { now: NOW }, { crypto });
    expect(result[0]!.roles).toEqual(['ca']);
    for (const r of result.slice(1)) {
      expect(r.issuer?.fingerprintSha256).toBe(items[0]!.fingerprintSha256);
      expect(r.chain).toMatchObject({ status: 'trusted', serverAuth: expect.any(Boolean) });
      expect(r.findings).toEqual([]);
    }
    const client = items[items.length - 1]!;
    // Asked as a server although it is a client certificate: the failure is quoted.
    const verdicts = inferRoles(client, 'en', ['etcd-server', 'client']);
    expect(verdicts.find((v) => v.role === 'client')).toMatchObject({
      ok: true,
      reason: 'client-ok',
    });
    expect(verdicts.find((v) => v.role === 'etcd-server')).toMatchObject({
      ok: false,
      reason: 'no-server-auth',
      seenAs:
        'tls: failed to verify certificate: x509: certificate specifies an incompatible key usage',
    });
    expect(inferRoles(client, 'zh-CN').find((v) => v.role === 'etcd-server')!.text).toMatch(
      /serverAuth/,
    );
    // Not meant as a server or a CA: a plain "no", no error under it.
    for (const v of inferRoles(client).filter((x) => x.role !== 'client'))
      expect(v).toMatchObject({ ok: false, intended: false, seenAs: '' });
  });

  it('expiry and host findings carry Go texts, in both languages', async () => {
    const { pki } = await issueExample();
    const server = await decodeCert(pki.certs[0]!.certPem);
    const later = new Date(new Date(server.notAfter).getTime() + 1000);
    const expired = lintCertificate(server, {
      role: 'etcd-server',
      now: later,
      hosts: ['10.9.9.9'],
    });
    expect(expired.map((f) => f.ruleId)).toEqual(['expired', 'host-not-in-sans']);
    expect(expired[0]!.detail).toContain(
      `x509: certificate has expired or is not yet valid: current time ${later.toISOString().replace(/\.\d+Z/, 'Z')} is after ${server.notAfter.replace(/\.\d+Z/, 'Z')}`,
    );
    expect(expired[1]!.detail).toMatch(
      /^10\.9\.9\.9: x509: certificate is valid for .*, not 10\.9\.9\.9$/,
    );
    const zh = lintCertificate(server, { role: 'etcd-server', now: later }, 'zh-CN');
    expect(zh[0]!.title).toBe('证书已过期');
  });
});

describe('the algorithm substitution above', () => {
  it('really changes both CA and leaf keys', () => {
    const yaml = EXAMPLE_PLAN_YAML.replace(/key: ecdsa-p256 {2,}#[^\n]*/, 'key: rsa-3072').replace(
      /leaf:\n {2}key: ecdsa-p256/,
      'leaf:\n  key: rsa-3072',
    );
    const plan = parsePlanYaml(yaml);
    expect(plan.ok && [plan.value.ca.key, plan.value.leaf.key]).toEqual(['rsa-3072', 'rsa-3072']);
  });
});

describe('role check of a server certificate without clientAuth (etcd issue 9785)', () => {
  it('refuses it as an etcd server and quotes the gateway failure', async () => {
    const { pki } = await issueExample();
    const server = await decodeCert(pki.certs.find((c) => c.spec.role === 'etcd-server')!.certPem);
    const serverOnly: DecodedCertificate = {
      ...server,
      extKeyUsage: { critical: false, usages: ['serverAuth'] },
    };
    const verdict = inferRoles(serverOnly).find((r) => r.role === 'etcd-server')!;
    expect(verdict).toMatchObject({ ok: false, reason: 'server-no-client-auth' });
    expect(verdict.seenAs).toContain('x509: certificate specifies an incompatible key usage');
    expect(verdict.text).toMatch(/HTTP 503/);
    expect(inferRoles(serverOnly, 'zh-CN').find((r) => r.role === 'etcd-server')!.text).toMatch(
      /网关/,
    );
    // With both usages it is a good etcd server.
    expect(inferRoles(server).find((r) => r.role === 'etcd-server')).toMatchObject({ ok: true });
  });
});
