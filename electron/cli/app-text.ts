/**
 * Texts from the services (errors, plan issues) as the terminal prints them: rendered by the one
 * renderText, in the language the CLI speaks (`--lang` or the locale, cli-language.ts).
 */
import { renderText } from '../../shared/text/render';
import type { AppText, TextLanguage } from '../../shared/text/text';
import type { CliIo } from './io';

/** The language a command renders texts in: main sets it on the io, English without main. */
export const textLanguageOf = (io: CliIo): TextLanguage => io.language ?? 'en';

/** A text in the command's language. */
export const appText = (io: CliIo, text: AppText): string => renderText(text, textLanguageOf(io));
