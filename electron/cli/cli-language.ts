/**
 * The terminal's language: every text the CLI prints goes through cliText, so following
 * `--lang` or the locale later changes one function. English until then.
 */
import { renderText } from '../../shared/text/render';
import type { AppText, TextLanguage } from '../../shared/text/text';

/** The language the CLI renders texts in (`--lang` and the locale are not read yet). */
export const cliLanguage = (): TextLanguage => 'en';

/** A text as the terminal shows it. */
export const cliText = (text: AppText): string => renderText(text, cliLanguage());
