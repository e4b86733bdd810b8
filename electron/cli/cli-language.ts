/**
 * The language of the CLI: `--lang en|zh-CN`, else the locale the environment names, in the
 * order POSIX reads it (LC_ALL, then LC_MESSAGES, then LANG). It picks the words the CLI prints
 * and, when the plan does not name one, the language of the bundles it writes.
 */
import type { CliLanguage } from '../../shared/cli/messages';
import { quoteInput } from '../../shared/text/one-line';

/** The --lang values taken as Simplified Chinese (what people type for it). */
const ZH = new Set(['zh-cn', 'zh', 'zh_cn', 'zh-hans', 'zh_hans', 'zh-hans-cn']);

/** A --lang value to a language; undefined when it names none the CLI speaks. */
function fromFlag(value: string): CliLanguage | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'en' || v === 'en-us' || v === 'en_us' || v === 'en-gb' || v === 'en_gb') return 'en';
  return ZH.has(v) ? 'zh-CN' : undefined;
}

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set and
 * not empty wins (a later one is not consulted, as in setlocale); zh* is Simplified Chinese,
 * anything else (C, POSIX, en_US.UTF-8, unset) English.
 */
export function localeLanguage(env: NodeJS.ProcessEnv): CliLanguage {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh-CN' : 'en';
}

/** What cliLanguage found: the language and the arguments without --lang. */
export type CliLanguageChoice =
  | {
      readonly ok: true;
      readonly language: CliLanguage;
      /** True when --lang named it (else it came from the locale). */
      readonly fromFlag: boolean;
      readonly args: readonly string[];
    }
  | { readonly ok: false; readonly language: CliLanguage; readonly value: string };

/**
 * Takes `--lang X` or `--lang=X` out of the arguments (anywhere, so `--help --lang zh-CN`
 * works) and returns the language: the flag's, else the locale's. An unknown value is refused
 * with `language` set to the locale's, the language the refusal is written in.
 */
export function cliLanguage(
  args: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): CliLanguageChoice {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (a === '--lang') {
      // A missing value is an empty one: refused below like any unknown value.
      flag = args[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
    else rest.push(a);
  }
  const locale = localeLanguage(env);
  if (flag === undefined) return { ok: true, language: locale, fromFlag: false, args: rest };
  const language = fromFlag(flag);
  if (language === undefined) return { ok: false, language: locale, value: quoteInput(flag) };
  return { ok: true, language, fromFlag: true, args: rest };
}
