/**
 * Renders a text in a language from the registered catalogues (text-tables.ts). The window
 * imports this directly and registers Chinese when it loads it; everything else imports
 * render.ts, which has every catalogue registered.
 */
import { escapeControls } from './one-line';
import { isAppText, type AppText, type TextLanguage, type TextParam } from './text';
import { textTable } from './text-tables';
import { TEXTS_EN } from './texts-en';

export type { TextLanguage } from './text';

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
