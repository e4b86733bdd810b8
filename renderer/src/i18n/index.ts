/**
 * The one i18n layer: every text the UI shows comes from here, none is written inline in a
 * component. Languages are switchable at any time; "system" follows the browser/OS language.
 */
import type { Locale } from 'antd/es/locale';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { TextTable } from '../../../shared/text/text';
import { en, type Messages } from './en';

/** Languages the UI is translated into. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
/** A UI language. */
export type Language = (typeof LANGUAGES)[number];
/** The user's choice: a language, or follow the system. */
export type LanguagePref = Language | 'system';

/** Maps a BCP 47 tag (navigator.language) to the closest UI language. */
export function systemLanguage(tag: string | undefined = navigator.language): Language {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language a preference means right now. */
export const resolveLanguage = (pref: LanguagePref): Language =>
  pref === 'system' ? systemLanguage() : pref;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Initialises i18next synchronously with English; other catalogues come from loadLanguage. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}

// Only English (also the fallback) is in the first screen's scripts; another catalogue, the
// matching texts of the Node side's messages and Ant Design's locale are fetched when that
// language is first chosen.
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<[Messages, TextTable, Locale]>> = {
  'zh-CN': () =>
    Promise.all([
      import('./zh-CN').then((m) => m.zhCN),
      // Registered where renderText looks (text-tables.ts is not in the first screen either).
      Promise.all([
        import('../../../shared/text/texts-zh-CN'),
        import('../../../shared/text/text-tables'),
      ]).then(([m, tables]) => {
        tables.registerTextTable('zh-CN', m.TEXTS_ZH_CN);
        return m.TEXTS_ZH_CN;
      }),
      import('antd/locale/zh_CN').then((m) => m.default),
    ]),
};
const loading = new Map<Language, Promise<void>>();
const antdLocales = new Map<Language, Locale>();

/** Fetches a language's catalogue and Ant Design locale once; resolves when i18next has them. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en') return Promise.resolve();
  let p = loading.get(language);
  if (!p) {
    p = LOADERS[language]().then(
      ([messages, , locale]) => {
        i18next.addResourceBundle(language, 'translation', messages, true, true);
        antdLocales.set(language, locale);
      },
      (e: unknown) => {
        loading.delete(language); // a failed fetch may be retried at the next switch
        throw e;
      },
    );
    loading.set(language, p);
  }
  return p;
}

/** Ant Design's locale for a loaded language; undefined means Ant Design's English default. */
export const antdLocale = (language: Language): Locale | undefined => antdLocales.get(language);
