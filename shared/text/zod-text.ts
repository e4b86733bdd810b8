/**
 * A zod issue as a text. Schemas written here give a message id instead of English (custom
 * issues put its parameters in `params`; other checks get `{value}` from the input, so parse with
 * `reportInput: true`); zod's own checks map to general ids by issue code, so no zod English
 * reaches a user.
 */
import type { z } from 'zod';
import { TEXT_PARAMS } from './params';
import { isTextId, msg, type AppText, type TextParam } from './text';

const list = (values: readonly unknown[]): string =>
  values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');

/** The text of one zod issue. */
export function zodIssueText(issue: z.core.$ZodIssue): AppText {
  if (isTextId(issue.message)) {
    const given = (issue as { params?: Readonly<Record<string, TextParam>> }).params;
    const takesValue = (TEXT_PARAMS[issue.message] as readonly string[]).includes('value');
    const params =
      given ?? (takesValue && issue.input !== undefined ? { value: String(issue.input) } : {});
    return { id: issue.message, params } as AppText;
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? msg('plan.required', {})
        : msg('plan.wrong-type', { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return msg('plan.too-short', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return msg('plan.too-few', { minimum });
      return msg('plan.number-too-small', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return msg('plan.too-long', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return msg('plan.too-many', { maximum });
      return msg('plan.number-too-big', { maximum });
    }
    case 'invalid_value':
      return msg('plan.not-one-of', { values: list(issue.values) });
    case 'unrecognized_keys':
      return msg('plan.unknown-keys', { keys: list(issue.keys) });
    case 'invalid_format':
      return msg('plan.bad-format', { format: issue.format });
    default:
      return msg('plan.invalid-entry', {});
  }
}
