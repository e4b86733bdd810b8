/**
 * Escaping for one-line messages that echo user input (plan values, file names, command-line
 * arguments): a newline would split the message, a carriage return or an ANSI sequence could
 * overwrite what the terminal shows, and a bidi override could make a name read differently
 * from what it is. Escapes are JSON-style, so the text stays readable and can be pasted back.
 */

// C0 controls and DEL, C1 controls, line/paragraph separators, bidi marks, embeddings,
// overrides and isolates (Unicode TR#9), and the BOM, which is invisible in most terminals.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Replaces control, separator and bidi characters by JSON-style escapes (`\n`, `\u202e`). */
export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A user-supplied value in double quotes, escaped for a one-line message. */
export function quoteInput(value: string): string {
  return `"${escapeControls(value)}"`;
}
