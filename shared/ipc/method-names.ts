/**
 * Channel name to window.api method name (`pki:import-ca` -> `pkiImportCa`), apart from the
 * channel schemas: the browser host's transport needs the names on the first screen, zod not.
 */
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
