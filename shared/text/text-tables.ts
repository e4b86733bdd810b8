/**
 * The text catalogues by language. English is always here (it is also the fallback); another
 * catalogue is registered by whoever loads it: render.ts at once (CLI, Node side), the window
 * when the user first picks that language, so that the first screen does not carry it.
 */
import type { TextLanguage, TextTable } from './text';
import { TEXTS_EN } from './texts-en';

const tables: Partial<Record<TextLanguage, TextTable>> = { en: TEXTS_EN };

/** Makes a language's catalogue available to renderText. */
export function registerTextTable(lang: TextLanguage, table: TextTable): void {
  tables[lang] = table;
}

/** The table of a language; English while that language's catalogue is not registered. */
export const textTable = (lang: TextLanguage): TextTable => tables[lang] ?? TEXTS_EN;
