/**
 * The CLI's own words in its language: one catalogue per language (messages-en.ts,
 * messages-zh-CN.ts), filled by id so every command prints the same text in the same place.
 */
import { fillTemplate } from '../lint/rules';
import { CLI_MESSAGES_EN, type CliMessageId, type CliMessages } from './messages-en';
import { CLI_MESSAGES_ZH_CN } from './messages-zh-CN';

export type { CliMessageId, CliMessages } from './messages-en';

/** The languages the CLI speaks (the plan's `language` values). */
export type CliLanguage = 'en' | 'zh-CN';

/** The catalogue of a language. */
export const cliMessages = (language: CliLanguage): CliMessages =>
  language === 'zh-CN' ? CLI_MESSAGES_ZH_CN : CLI_MESSAGES_EN;

/** Renders texts by id; numbers are written as they are. */
export type CliText = (
  id: CliMessageId,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The text function of a language. */
export function cliText(language: CliLanguage): CliText {
  const m = cliMessages(language);
  return (id, params = {}) =>
    fillTemplate(m[id], Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

/** The help text of a language. */
export const cliUsage = (language: CliLanguage): string => cliMessages(language).usage.join('\n');
