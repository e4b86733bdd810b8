import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES_EN } from '../../../shared/cli/messages-en';
import { CLI_MESSAGES_ZH_CN } from '../../../shared/cli/messages-zh-CN';
import { MESSAGES_EN } from '../../../shared/lint/messages-en';
import { MESSAGES_ZH_CN } from '../../../shared/lint/messages-zh-CN';
import { PROBE_MESSAGES_EN } from '../../../shared/probe/messages-en';
import { PROBE_MESSAGES_ZH_CN } from '../../../shared/probe/messages-zh-CN';
import { TEXTS_EN } from '../../../shared/text/texts-en';
import { TEXTS_ZH_CN } from '../../../shared/text/texts-zh-CN';
import { en } from './en';
import { GLOSSARY, STACKED_DE } from './glossary';
import { zhCN } from './zh-CN';

/** One message in both languages. */
interface Pair {
  readonly key: string;
  readonly en: string;
  readonly zh: string;
}

/**
 * Every leaf string of `english` with the string at the same path in `chinese`. Keys named
 * seenAs are skipped: they quote tool output verbatim, in English in every language.
 */
function pairs(catalogue: string, english: unknown, chinese: unknown): Pair[] {
  const out: Pair[] = [];
  const walk = (e: unknown, z: unknown, path: string[]) => {
    if (typeof e === 'string') {
      expect(typeof z, `${catalogue}:${path.join('.')} missing in zh-CN`).toBe('string');
      out.push({ key: `${catalogue}:${path.join('.')}`, en: e, zh: z as string });
      return;
    }
    for (const [k, v] of Object.entries(e as Record<string, unknown>)) {
      if (k === 'seenAs') continue;
      walk(v, (z as Record<string, unknown>)[k], [...path, k]);
    }
  };
  walk(english, chinese, []);
  return out;
}

/**
 * The English a translator renders: without placeholders ({subject}, {{count}}), quoted tool
 * output ("certificate host mismatch") and file names (plan.yaml), which stay as they are in
 * every language.
 */
const spoken = (s: string): string =>
  s
    .replace(/\{\{?\w+\}?\}/g, ' ')
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
    .replace(/[\w./-]+\.(?:ya?ml|json|md|crt|key|p12|txt|ics|sh|env|flags|service|zip)\b/g, ' ');

const ALL: readonly Pair[] = [
  ...pairs('ui', en, zhCN),
  ...pairs('lint', MESSAGES_EN, MESSAGES_ZH_CN),
  ...pairs('probe', PROBE_MESSAGES_EN, PROBE_MESSAGES_ZH_CN),
  ...pairs('text', TEXTS_EN, TEXTS_ZH_CN),
  ...pairs('cli', CLI_MESSAGES_EN, CLI_MESSAGES_ZH_CN),
  // Texts kept as-is (product and tool names) are not translations.
].filter((p) => p.zh !== p.en);

describe('glossary', () => {
  it('walks both catalogues', () => {
    expect(ALL.length).toBeGreaterThan(500);
  });

  it.each(GLOSSARY.map((term) => [term.id, term] as const))(
    '%s: one translation, no forbidden variant',
    (_id, term) => {
      const problems: string[] = [];
      for (const p of ALL) {
        for (const bad of term.forbidden) {
          const hit = typeof bad === 'string' ? p.zh.includes(bad) : bad.test(p.zh);
          if (hit) problems.push(`${p.key}: forbidden ${String(bad)} in "${p.zh}"`);
        }
        if (!term.en.test(spoken(p.en))) continue;
        if (!p.zh.includes(term.zh))
          problems.push(`${p.key}: "${p.en}" lacks ${term.zh} in "${p.zh}"`);
        for (const bad of term.forbiddenWithTerm ?? [])
          if (p.zh.includes(bad)) problems.push(`${p.key}: ${bad} for ${term.id} in "${p.zh}"`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('stacks no three 的 in one clause', () => {
    expect(ALL.filter((p) => STACKED_DE.test(p.zh)).map((p) => `${p.key}: ${p.zh}`)).toEqual([]);
  });

  it('uses one form of address (您), never 你', () => {
    expect(ALL.filter((p) => p.zh.includes('你')).map((p) => `${p.key}: ${p.zh}`)).toEqual([]);
  });

  it('keeps every placeholder of the English text', () => {
    const names = (s: string) => [...s.matchAll(/\{\{?(\w+)\}?\}/g)].map((m) => m[1]).sort();
    // A generator's warning carries both renderings and each language shows its own.
    const perLanguage = new Set(['text:warn.generated']);
    expect(
      ALL.filter((p) => !perLanguage.has(p.key) && names(p.en).join() !== names(p.zh).join()).map(
        (p) => `${p.key}: ${names(p.en).join()} ≠ ${names(p.zh).join()}`,
      ),
    ).toEqual([]);
  });
});
