/** Chooses the comments of generated files by the bundle's language (comment-text.ts). */
import type { Plan } from '../plan/schema';
import type { CommentText } from './comment-text';
import { COMMENTS_EN } from './comments-en';
import { COMMENTS_ZH } from './comments-zh';

/** The comments in the plan's language. */
export const commentText = (language: Plan['language'] | undefined): CommentText =>
  language === 'zh-CN' ? COMMENTS_ZH : COMMENTS_EN;

/** Lines as shell/YAML comments: "# " before each, "#" alone for an empty one. */
export const hashLines = (lines: readonly string[], indent = ''): string[] =>
  lines.map((l) => (l === '' ? `${indent}#` : `${indent}# ${l}`));
