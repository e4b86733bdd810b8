/** Pure updates of the draft's client list and APISIX settings, for the clients step. */
import type { ClientKind, PlanInput } from '../../../../shared/plan/schema';

/** One entry of the draft's client list: a built-in shorthand or a full object. */
export type ClientEntry = NonNullable<PlanInput['clients']>[number];
/** A full client object. */
export type ClientObject = Exclude<ClientEntry, string>;
type Apisix = NonNullable<PlanInput['apisix']>;

/** The plan's default when `clients` is left out. */
export const DEFAULT_CLIENTS: readonly ClientEntry[] = ['kube-apiserver', 'etcdctl'];

/** The client list with the plan's default applied. */
export const clientsOf = (d: PlanInput): readonly ClientEntry[] => d.clients ?? DEFAULT_CLIENTS;

/** The kind of an entry (objects without a kind are custom). */
export const kindOf = (c: ClientEntry): ClientKind =>
  typeof c === 'string' ? c : (c.kind ?? 'custom');

/** Whether a built-in kind is in the list. */
export const hasKind = (d: PlanInput, kind: ClientKind): boolean =>
  clientsOf(d).some((c) => kindOf(c) === kind);

/** Turns a built-in client on or off; APISIX brings its settings block along. */
export const setBuiltin =
  (kind: Exclude<ClientKind, 'custom'>, on: boolean) =>
  (d: PlanInput): PlanInput => {
    const list = clientsOf(d).filter((c) => kindOf(c) !== kind);
    const next: PlanInput = { ...d, clients: on ? [...list, kind] : list };
    if (kind === 'apisix') {
      if (on) next.apisix = d.apisix ?? { version: '3' };
      else delete next.apisix;
    }
    return next;
  };

/** Indices (in the whole list) of the custom clients. */
export const customIndices = (d: PlanInput): number[] =>
  clientsOf(d).flatMap((c, i) => (kindOf(c) === 'custom' ? [i] : []));

/** Adds a custom client with a free name. */
export const addCustom = (d: PlanInput): PlanInput => {
  const list = clientsOf(d);
  const names = new Set(list.map((c) => (typeof c === 'string' ? c : c.name)));
  let n = 1;
  while (names.has(`client${n}`)) n++;
  return { ...d, clients: [...list, { name: `client${n}`, kind: 'custom' }] };
};

/** Changes entry `i` (a custom client); empty optional texts are removed. */
export const updateCustom =
  (i: number, patch: Partial<ClientObject>) =>
  (d: PlanInput): PlanInput => ({
    ...d,
    clients: clientsOf(d).map((c, j) => {
      if (j !== i || typeof c === 'string') return c;
      const next: Record<string, unknown> = { ...c, ...patch };
      for (const k of ['commonName', 'organization'])
        if (next[k] === undefined || next[k] === '') delete next[k];
      return next as ClientObject;
    }),
  });

/** Removes entry `i`. */
export const removeClient =
  (i: number) =>
  (d: PlanInput): PlanInput => ({ ...d, clients: clientsOf(d).filter((_c, j) => j !== i) });

/** Changes the APISIX block; `undefined` values remove optional keys. */
export const updateApisix =
  (patch: Partial<Apisix>) =>
  (d: PlanInput): PlanInput => {
    const next: Record<string, unknown> = { ...(d.apisix ?? {}), ...patch };
    for (const k of Object.keys(patch)) if (next[k] === undefined) delete next[k];
    return { ...d, apisix: next as Apisix };
  };

/** Changes the discovery block (kept as typed; empty texts fall back to the defaults). */
export const updateDiscovery =
  (patch: Record<string, string | undefined>) =>
  (d: PlanInput): PlanInput => {
    const next: Record<string, unknown> = { ...(d.apisix?.discovery ?? {}), ...patch };
    for (const k of Object.keys(patch)) if (!next[k]) delete next[k];
    return updateApisix({ discovery: next as Apisix['discovery'] })(d);
  };
