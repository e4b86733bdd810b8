/**
 * Texts from the Node side (errors, plan issues) arrive as message ids with parameters; the
 * window renders them here, in the language the UI shows right now.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { renderText } from '../../../shared/text/render-text';
import type { AppText, TextLanguage } from '../../../shared/text/text';

/** The text language for an i18next language tag. */
export const textLanguage = (tag: string | undefined): TextLanguage =>
  tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

/** A function rendering texts in the current UI language; re-renders when the language changes. */
export function useText(): (text: AppText) => string {
  const { i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  return useCallback((text: AppText) => renderText(text, lang), [lang]);
}
