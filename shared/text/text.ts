/**
 * The text layer's data: a user-facing text is a message id with parameters, never a sentence.
 * It crosses IPC and HTTP as plain data and is rendered in the user's language at the edge (the
 * window, or the terminal) by renderText (docs/error-story.md#the-text-layer).
 */
import { TEXT_PARAMS } from './params';

/** Every message id of the catalogues (shared/text/texts-en.ts, texts-zh-CN.ts). */
export type TextId = keyof typeof TEXT_PARAMS;

/**
 * A parameter's value: a name, path, number or quoted tool output (shown verbatim in every
 * language), another text rendered in the same language (a reason inside a sentence), or a list
 * of them (joined with the language's list separator).
 */
export type TextParam = string | number | AppText | readonly TextParam[];

/** The parameters an id takes, by name. */
export type ParamsOf<K extends TextId> = {
  readonly [P in (typeof TEXT_PARAMS)[K][number]]: TextParam;
};

/** One text: which message, and what fills its `{placeholders}`. */
export type AppText = {
  readonly [K in TextId]: { readonly id: K; readonly params: ParamsOf<K> };
}[TextId];

/** Languages the catalogues are written in. */
export type TextLanguage = 'en' | 'zh-CN';

/** A language's table: one template per id, `{name}` placeholders filled from the params. */
export type TextTable = Readonly<Record<TextId, string>>;

/** Builds a text; the compiler checks the parameter names against the id. */
export const msg = <K extends TextId>(id: K, params: ParamsOf<K>): AppText =>
  ({ id, params }) as AppText;

/** True when two texts say the same thing (same id, same parameters): for de-duplicating warnings. */
export const sameText = (a: AppText, b: AppText): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** True for a string that is a message id (zod custom messages carry ids, see zod-text.ts). */
export const isTextId = (s: unknown): s is TextId =>
  typeof s === 'string' && Object.prototype.hasOwnProperty.call(TEXT_PARAMS, s);

/** True for data shaped like a text (a parameter that is itself a text). */
export const isAppText = (v: unknown): v is AppText =>
  typeof v === 'object' &&
  v !== null &&
  isTextId((v as { id?: unknown }).id) &&
  typeof (v as { params?: unknown }).params === 'object';
