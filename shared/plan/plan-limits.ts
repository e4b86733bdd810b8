/**
 * The plan file's size cap and its error, apart from plan.ts so that a host can refuse a large
 * file (and start its reader) without loading the YAML parser and the schema.
 */
import type { AppError } from '../result';
import { escapeControls } from '../text/one-line';
import { msg } from '../text/text';

/** Largest plan file read, in bytes: a real plan is a few kilobytes; YAML parsing costs grow with size. */
export const PLAN_MAX_BYTES = 64 * 1024;

/** UTF-8 length of a string, without encoding it (shared/ has no Buffer). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The error for a plan over PLAN_MAX_BYTES; checked before any parsing. */
export function planTooLarge(source: string): AppError {
  return {
    code: 'input-too-large',
    text: msg('plan.too-large', { source: escapeControls(source), kib: PLAN_MAX_BYTES / 1024 }),
    path: source,
  };
}
