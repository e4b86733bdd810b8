/**
 * The one i18n layer: every text the UI shows comes from here, none is written inline in a
 * component. Languages are switchable at any time; "system" follows the browser/OS language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

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

/** Initialises i18next synchronously (resources are bundled) in the given language. */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
