// @vitest-environment happy-dom
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanYaml, planToYaml } from '../../../shared/plan/plan';
import type { PlanInput } from '../../../shared/plan/schema';
import { registerTextTable } from '../../../shared/text/text-tables';
import { TEXTS_ZH_CN } from '../../../shared/text/texts-zh-CN';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { INITIAL_DRAFT } from '../store/plan-slice';
import { addressTags, draftIssues, splitAddresses, stepBlockers, stepIssues } from './validation';

let t: TFunction;
const i18n = i18next.createInstance();
beforeAll(async () => {
  // As the window does when Chinese is first chosen (i18n/index.ts, loadLanguage).
  registerTextTable('zh-CN', TEXTS_ZH_CN);
  t = await i18n.init({
    lng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

const withMembers = (members: PlanInput['cluster']['members']): PlanInput => ({
  ...INITIAL_DRAFT,
  cluster: { ...INITIAL_DRAFT.cluster, members },
});
const create = { mode: 'create', imported: false } as const;

describe('setup validation agrees with the plan file', () => {
  it('blocks the members step of the new-user draft until an address is given', () => {
    expect(stepBlockers('ca', INITIAL_DRAFT, create, t, 'en')).toEqual([]);
    expect(stepBlockers('members', INITIAL_DRAFT, create, t, 'en')).toEqual([
      'Addresses of member 1: a member needs at least one IP address or DNS name',
    ]);
    const filled = withMembers([{ name: 'etcd0', addresses: ['10.0.0.10'] }]);
    expect(stepBlockers('members', filled, create, t, 'en')).toEqual([]);
    // The same draft saved as YAML passes the CLI's parser: the UI and the plan file agree.
    expect(parsePlanYaml(planToYaml(filled)).ok).toBe(true);
  });

  it('names the field and the problem of a bad address, in both languages', () => {
    const bad = withMembers([{ name: 'etcd0', addresses: ['10.0.0.10', '10.0.0.300'] }]);
    expect(stepIssues('members', draftIssues(bad)).map((i) => i.path)).toEqual([
      'cluster.members[0].addresses[1]',
    ]);
    expect(stepBlockers('members', bad, create, t, 'en')).toEqual([
      'Addresses of member 1: "10.0.0.300" is not a valid IPv4 or IPv6 address',
    ]);
    const zh = i18n.getFixedT('zh-CN');
    expect(stepBlockers('members', bad, create, zh, 'zh-CN')).toEqual([
      '成员 1 的地址：“10.0.0.300”不是有效的 IPv4 或 IPv6 地址',
    ]);
  });

  it('flags repeated addresses, duplicate names and wildcards on members', () => {
    const d = withMembers([
      { name: 'etcd0', addresses: ['etcd0.example.com', 'ETCD0.example.com.'] },
      { name: 'etcd0', addresses: ['*.example.com'] },
    ]);
    expect(stepBlockers('members', d, create, t, 'en').sort()).toEqual([
      'Addresses of member 1: "ETCD0.example.com." is listed twice (as addresses[0] too)',
      'Addresses of member 2: "*.example.com" is a wildcard; a member must be given a concrete name or IP (wildcards go in extra SANs)',
      'Name of member 2: "etcd0" is already the name of member 1 (cluster.members[0])',
    ]);
    // The same issues in Chinese come from their message ids, not from the English words.
    expect(stepBlockers('members', d, create, i18n.getFixedT('zh-CN'), 'zh-CN')).toContain(
      '成员 2 的名称：“etcd0”已被成员 1（cluster.members[0]）使用',
    );
  });

  it('requires an imported CA in import mode, and checks leaf against CA validity', () => {
    expect(
      stepBlockers('ca', INITIAL_DRAFT, { mode: 'import', imported: false }, t, 'en')[0],
    ).toMatch(/^Import the CA/);
    expect(stepBlockers('ca', INITIAL_DRAFT, { mode: 'import', imported: true }, t, 'en')).toEqual(
      [],
    );
    const long = { ...INITIAL_DRAFT, leaf: { validityDays: 3000 }, ca: { validityDays: 1000 } };
    expect(stepBlockers('ca', long, create, t, 'en')).toEqual([
      "Validity (days): certificates would last 3000 days, longer than the CA (1000 days); they would be cut at the CA's end",
    ]);
  });

  it('splits typed text and tags IPs, DNS names, repeats and errors', () => {
    expect(splitAddresses(' 10.0.0.1,etcd0.local ;\n::1 ,, ')).toEqual([
      '10.0.0.1',
      'etcd0.local',
      '::1',
    ]);
    const tags = addressTags(
      ['10.0.0.1', 'a.example', '10.0.0.01', 'https://x:2379', '*.svc.local'],
      false,
    );
    expect(
      tags.map((x) => (x.ok ? `${x.address.type}${x.duplicate ? '!' : ''}` : x.problem)),
    ).toEqual(['ip', 'dns', 'bad-ip', 'has-scheme', 'wildcard-not-allowed']);
    expect(addressTags(['::1', '0:0:0:0:0:0:0:1'], false).map((x) => x.ok && x.duplicate)).toEqual([
      false,
      true,
    ]);
    expect(addressTags(['*.svc.local'], true)[0]).toMatchObject({ ok: true });
  });
});
