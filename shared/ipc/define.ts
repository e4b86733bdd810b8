/**
 * Building blocks of the IPC contract: a request channel pairs a zod schema for its argument
 * (checked by main and by the browser host, since the renderer is not trusted) with a result type
 * that exists only for the compiler; an event channel carries a payload type.
 */
import * as z from 'zod';
import type { TextId } from '../text/text';

/** A request channel: the argument schema at runtime, the result type at compile time. */
export interface RequestSpec<A extends z.ZodType, R> {
  readonly arg: A;
  /** Type carrier only; never set at runtime. */
  readonly result?: R;
}

/** A main-to-renderer event: its payload type at compile time. */
export interface EventSpec<P> {
  readonly kind: 'event';
  /** Type carrier only; never set at runtime. */
  readonly payload?: P;
}

/** Declares a request: `request(schema).returns<Result>()`. */
export const request = <A extends z.ZodType>(arg: A) => ({
  returns: <R>(): RequestSpec<A, R> => ({ arg }),
});

/** Declares an event: `event<Payload>()`. */
export const event = <P>(): EventSpec<P> => ({ kind: 'event' });

/** The argument schema of a channel that takes nothing. */
export const noArg = z.undefined();

/** A file the renderer hands over (drop, upload): its name and bytes, never a path. */
export const filePayload = z.strictObject({
  name: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 5 * 1024 * 1024, {
    message: 'request.file-too-large' satisfies TextId,
  }),
});
/** A file handed over by the renderer. */
export type FilePayload = z.infer<typeof filePayload>;

/** An id that main handed out (session, import, folder): opaque to the renderer. */
export const handleId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not an id that main handed out');

export { eventMethodName, methodName, type EventMethodName, type MethodName } from './method-names';
