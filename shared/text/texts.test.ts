import { describe, expect, it } from 'vitest';
import { TEXT_PARAMS } from './params';
import { renderText } from './render';
import { msg, type TextId } from './text';
import { TEXTS_EN } from './texts-en';
import { TEXTS_ZH_CN } from './texts-zh-CN';

const ids = Object.keys(TEXT_PARAMS) as TextId[];
const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{([a-z]\w*)\}/g)].map((m) => m[1]!))].sort();

describe('the text catalogues', () => {
  it('have every id in both languages, and nothing else', () => {
    expect(ids.length).toBeGreaterThan(250);
    expect(Object.keys(TEXTS_EN).sort()).toEqual([...ids].sort());
    expect(Object.keys(TEXTS_ZH_CN).sort()).toEqual([...ids].sort());
  });

  // A generator's warning carries both renderings; each language picks its own.
  const perLanguage = new Set<TextId>(['warn.generated']);

  it.each(ids.filter((id) => !perLanguage.has(id)))(
    '%s: both languages use exactly its parameters',
    (id) => {
      const want = [...TEXT_PARAMS[id]].sort();
      expect(placeholders(TEXTS_EN[id])).toEqual(want);
      expect(placeholders(TEXTS_ZH_CN[id])).toEqual(want);
    },
  );

  it("a generator's warning shows the rendering of the language asked for", () => {
    const w = msg('warn.generated', { en: 'No etcdctl client.', zh: '没有 etcdctl 客户端。' });
    expect(renderText(w, 'en')).toBe('No etcdctl client.');
    expect(renderText(w, 'zh-CN')).toBe('没有 etcdctl 客户端。');
  });

  it('keeps Chinese texts Chinese: every zh-CN text that is not a bare placeholder has Han', () => {
    const bare = ids.filter((id) => TEXTS_EN[id] === TEXTS_ZH_CN[id]);
    // Identical in both only where the text is nothing but placeholders, flags and punctuation.
    expect(
      bare.filter((id) => /[A-Za-z]{2,}/.test(TEXTS_EN[id].replace(/\{\w+\}|--[\w-]+/g, ''))),
    ).toEqual([]);
  });
});

describe('renderText', () => {
  it('fills parameters, renders nested texts in the same language and joins lists', () => {
    const text = msg('inspect.nothing-found', {
      folder: '/etc/pki',
      why: msg('inspect.files-skipped', {
        count: 2,
        list: [
          msg('inspect.skipped-item', { file: 'a.txt', reason: msg('reason.not-pki', {}) }),
          msg('inspect.skipped-item', { file: 'b', reason: msg('reason.empty', {}) }),
        ],
        more: '',
      }),
    });
    expect(renderText(text, 'en')).toBe(
      'no certificate, key, CSR or CRL found in /etc/pki (2 files skipped: a.txt: not PKI, b: empty)',
    );
    expect(renderText(text, 'zh-CN')).toBe(
      '/etc/pki 中没有找到证书、私钥、CSR 或 CRL（跳过了 2 个文件：a.txt：不是 PKI 文件、b：空文件）',
    );
  });

  it('keeps ${VAR} as written and quoted tool output verbatim', () => {
    const text = msg('plan.yaml-error', {
      source: 'p.yaml',
      position: ':3:1',
      detail: 'Implicit map keys need to be followed by map values',
    });
    expect(renderText(text, 'zh-CN')).toBe(
      'p.yaml:3:1：不是有效的 YAML：Implicit map keys need to be followed by map values',
    );
    expect(renderText(msg('plan.discovery.host-empty', {}), 'en')).toContain(
      '${KUBERNETES_SERVICE_HOST}',
    );
  });

  it('escapes control and bidi characters in parameters, so a name cannot split the line', () => {
    const text = msg('decode.empty', { file: 'a\nb\u202e.pem' });
    expect(renderText(text, 'en')).toBe('a\\nb\\u202e.pem is empty.');
  });
});
