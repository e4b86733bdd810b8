/**
 * The checking wrapper every transport goes through: the channel must exist, the argument is
 * treated as unknown and validated against the contract's schema, and the answer is a Result.
 * Sender checks are the transport's job (IPC: window identity; HTTP: token and Host).
 */
import { REQUESTS, isRequestChannel, type RequestChannel } from '../../shared/ipc/contract';
import { formatPath } from '../../shared/plan/plan';
import { fail, type Result } from '../../shared/result';
import { msg } from '../../shared/text/text';
import { zodIssueText } from '../../shared/text/zod-text';
import type { Handler, HandlerContext, HandlerTable } from './types';

/** Runs one request from an untrusted caller. Handler bugs still throw, as bugs should. */
export async function dispatch(
  table: HandlerTable,
  channel: unknown,
  rawArg: unknown,
  ctx: HandlerContext,
): Promise<Result<unknown>> {
  if (!isRequestChannel(channel))
    return fail(
      'request-invalid',
      msg('request.unknown-channel', { channel: JSON.stringify(String(channel)).slice(0, 80) }),
    );
  const parsed = REQUESTS[channel].arg.safeParse(rawArg, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // A plan inside the argument is reported as the plan field it is, like the CLI does.
    if (issue.path[0] === 'plan' && issue.path.length > 1) {
      const path = formatPath(issue.path.slice(1));
      return fail(
        'plan-invalid',
        msg('request.plan-field', { field: path, problem: zodIssueText(issue) }),
        path,
      );
    }
    const path = formatPath(issue.path);
    return fail(
      'request-invalid',
      msg('request.invalid', {
        channel,
        field: path || msg('request.argument', {}),
        problem: zodIssueText(issue),
      }),
      path || undefined,
    );
  }
  const handler = table[channel] as Handler<RequestChannel>;
  return handler(parsed.data as never, ctx);
}
