/**
 * The en ↔ zh-CN glossary: for each term the English word(s), the one Chinese translation used
 * everywhere, and the variants that must not come back. glossary.test.ts walks every message
 * catalogue (the UI's and the lint rules') against it, so a new string cannot drift.
 */

/** One term of the glossary. */
export interface GlossaryTerm {
  /** Short id, used in test names. */
  readonly id: string;
  /** Matches the English term in a message (word boundaries, any case). */
  readonly en: RegExp;
  /** The one Chinese translation: a message whose English has the term must contain it. */
  readonly zh: string;
  /** Variants that must not appear in any zh-CN message. */
  readonly forbidden: readonly (string | RegExp)[];
  /**
   * Variants that must not appear where the English has the term, but are right elsewhere
   * (检查 is "check" in general, only not "Review").
   */
  readonly forbiddenWithTerm?: readonly string[];
  /** Why this translation, for the next translator. */
  readonly note: string;
}

/** Every term. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'review',
    en: /\breview\b/i,
    zh: '核对',
    forbidden: ['审核', '审查', '复查', '复核'],
    forbiddenWithTerm: ['检查'],
    note: 'The wizard step where the user checks what was issued; 检查 is kept for "check" and lint.',
  },
  {
    id: 'inspector',
    en: /\binspector\b/i,
    zh: '证书诊断',
    forbidden: ['证书检查', '检查器', '检查工具'],
    note: 'The page that explains why a certificate fails: a diagnosis, not a generic check.',
  },
  {
    id: 'findings',
    en: /\bfindings?\b/i,
    zh: '问题',
    forbidden: ['发现项'],
    // A live check's results may be 检查结果; the linter's findings are 问题.
    forbiddenWithTerm: ['检查结果'],
    note: 'What the linter reports about a certificate.',
  },
  {
    id: 'plan',
    en: /\bplans?\b/i,
    zh: '计划',
    forbidden: ['方案', '规划'],
    note: 'The plan file (plan.yaml) and what the wizard builds: the same word in every screen.',
  },
  {
    id: 'server-certificate',
    en: /\bserver certificates?\b/i,
    zh: '服务端证书',
    forbidden: ['服务器证书'],
    note: 'Pairs with 客户端证书 and 对等证书; 服务器 is the machine, not the TLS role.',
  },
  {
    id: 'peer-certificate',
    en: /\bpeer certificates?\b/i,
    zh: '对等证书',
    forbidden: ['节点间（peer）证书', '节点证书'],
    note: 'etcd calls members that talk to each other peers.',
  },
  {
    id: 'certificate',
    en: /\bcertificates?\b/i,
    zh: '证书',
    // 张 is the measure word for certificates: "3 张证书", never "3 个证书"; a request (CSR) and
    // a bundle (证书包) stay 个. Only a number or a quantifier before 个 counts.
    forbidden: [
      /[\d一二两三四五六七八九十几多每某}] ?个[\u4e00-\u9fff]{0,3}证书(?!请求|包)/u,
      /证书（\{\{count\}\} ?个）/u,
    ],
    note: 'Counted with 张.',
  },
  {
    id: 'issuer',
    en: /\bissuer\b/i,
    zh: '颁发者',
    forbidden: ['签发者', '发行者'],
    note: 'Matches 证书颁发机构 (certificate authority); 签发 stays the verb "to issue".',
  },
  {
    id: 'subject',
    en: /\bsubject\b/i,
    zh: '主题',
    forbidden: ['主体', '使用者'],
    note: 'X.509 subject, also in 主题备用名称 (SAN).',
  },
  {
    id: 'passphrase',
    en: /\bpassphrases?\b/i,
    zh: '口令',
    forbiddenWithTerm: ['密码'],
    forbidden: [],
    note: 'A key passphrase is 口令; 密码 is kept for PKCS#12 passwords and etcd user passwords.',
  },
];

/**
 * Three 的 in one clause read as translationese ("运行本应用的机器上的此位置的文件"): rephrase.
 * A clause ends at Chinese punctuation.
 */
export const STACKED_DE = /的[^，。；：、（）！？“”]{0,10}的[^，。；：、（）！？“”]{0,10}的/u;
