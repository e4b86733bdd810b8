/**
 * The IPC contract: every request channel (`domain:verb-noun`) with its argument schema and
 * result type, and every main-to-renderer event. window.api, the preload, the handler table and
 * the browser host's transport are all derived from these two maps, so none can drift.
 * To add a channel, add it to its domain file (channels-<domain>.ts); nothing else lists it.
 */
import type * as z from 'zod';
import type { Result } from '../result';
import { appEvents, appRequests } from './channels-app';
import { day2Requests } from './channels-day2';
import { exportRequests } from './channels-export';
import { inspectRequests } from './channels-inspect';
import { pkiEvents, pkiRequests } from './channels-pki';
import { planRequests } from './channels-plan';
import { probeRequests } from './channels-probe';
import type { EventMethodName, EventSpec, MethodName, RequestSpec } from './define';

/** Every request channel, with its argument schema. */
export const REQUESTS = {
  ...appRequests,
  ...planRequests,
  ...pkiRequests,
  ...exportRequests,
  ...inspectRequests,
  ...day2Requests,
  ...probeRequests,
} as const;

/** Every main-to-renderer event. */
export const EVENTS = { ...appEvents, ...pkiEvents } as const;

/** A request channel name. */
export type RequestChannel = keyof typeof REQUESTS;
/** An event channel name. */
export type EventChannel = keyof typeof EVENTS;

/** Request channel names as a list (the preload and the web transport iterate it). */
export const REQUEST_CHANNELS = Object.keys(REQUESTS) as RequestChannel[];
/** Event channel names as a list. */
export const EVENT_CHANNELS = Object.keys(EVENTS) as EventChannel[];

/** True when `name` is a request channel (IPC and HTTP input is untrusted). */
export const isRequestChannel = (name: unknown): name is RequestChannel =>
  typeof name === 'string' && Object.hasOwn(REQUESTS, name);

type Spec<C extends RequestChannel> = (typeof REQUESTS)[C];

/** What the renderer sends (schema input: optional fields and defaults may be left out). */
export type ArgOf<C extends RequestChannel> = z.input<Spec<C>['arg']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedArgOf<C extends RequestChannel> = z.output<Spec<C>['arg']>;
/** The success value of a channel. */
export type ResultOf<C extends RequestChannel> =
  Spec<C> extends RequestSpec<z.ZodType, infer R> ? R : never;
/** The payload of an event. */
export type PayloadOf<E extends EventChannel> =
  (typeof EVENTS)[E] extends EventSpec<infer P> ? P : never;

/** Parameters of a window.api method: optional when the channel's argument may be omitted. */
type Params<C extends RequestChannel> =
  undefined extends ArgOf<C> ? [arg?: ArgOf<C>] : [arg: ArgOf<C>];

/** The type of window.api: one method per request channel and one subscription per event. */
export type WindowApi = {
  readonly [C in RequestChannel as MethodName<C>]: (
    ...args: Params<C>
  ) => Promise<Result<ResultOf<C>>>;
} & {
  /** Returns the unsubscribe function. */
  readonly [E in EventChannel as EventMethodName<E>]: (
    listener: (payload: PayloadOf<E>) => void,
  ) => () => void;
};
