/**
 * Renders a text in a language: the one function every edge (window, CLI, web host log) calls,
 * so a text reads the same wherever it is shown.
 */
import { escapeControls } from './one-line';
import { isAppText, type AppText, type TextLanguage, type TextParam, type TextTable } from './text';
import { TEXTS_EN } from './texts-en';
import { TEXTS_ZH_CN } from './texts-zh-CN';

export type { TextLanguage } from './text';

/** The table of a language. */
export const textTable = (lang: TextLanguage): TextTable =>
  lang === 'zh-CN' ? TEXTS_ZH_CN : TEXTS_EN;

// Parameters echo user input (plan values, file names): a control or bidi character must not
// split or disguise the line, wherever it is shown (shared/text/one-line.ts).
const param = (v: TextParam | undefined, lang: TextLanguage): string | undefined => {
  if (v === undefined) return undefined;
  if (Array.isArray(v))
    return v.map((x: TextParam) => param(x, lang)).join(lang === 'zh-CN' ? '、' : ', ');
  return isAppText(v) ? renderText(v, lang) : escapeControls(String(v));
};

// A placeholder starts with a lower-case letter, so `${VAR}` in a text stays as written.

/** The text in the given language; a nested text parameter is rendered in the same language. */
export function renderText(text: AppText, lang: TextLanguage): string {
  const template = textTable(lang)[text.id] ?? TEXTS_EN[text.id] ?? text.id;
  const params = text.params as Readonly<Record<string, TextParam>>;
  return template.replace(
    /\{([a-z]\w*)\}/g,
    (whole, key: string) => param(params[key], lang) ?? whole,
  );
}
