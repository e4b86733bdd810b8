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

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;

/** `pki:import-ca` -> `pkiImportCa`: the window.api method of a request channel. */
export type MethodName<C extends string> = C extends `${infer D}:${infer V}`
  ? `${D}${Capitalize<Camel<V>>}`
  : never;

/** `pki:progress` -> `onPkiProgress`: the window.api subscription of an event. */
export type EventMethodName<E extends string> = `on${Capitalize<MethodName<E>>}`;

const camel = (s: string): string => s.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Runtime twin of MethodName (the preload and the web transport build window.api with it). */
export function methodName<C extends string>(channel: C): MethodName<C> {
  const [domain, verb] = channel.split(':') as [string, string];
  return `${domain}${cap(camel(verb))}` as MethodName<C>;
}

/** Runtime twin of EventMethodName. */
export function eventMethodName<E extends string>(channel: E): EventMethodName<E> {
  return `on${cap(methodName(channel))}` as EventMethodName<E>;
}
