/**
 * The channel names alone, without their zod schemas: the browser host's transport builds
 * window.api from them on the first screen, where the schemas (and zod) are not loaded. The
 * compiler holds these lists to the contract in both directions (see the checks below).
 */
import type { EventChannel, RequestChannel } from './contract';

/** Every request channel name (the same set as the keys of the contract's REQUESTS). */
export const REQUEST_CHANNEL_NAMES = [
  'app:get-info',
  'day2:open-bundle',
  'day2:open-renewal',
  'day2:unlock-ca',
  'day2:plan-change',
  'day2:apply',
  'export:choose-folder',
  'export:write-bundle',
  'export:preview-files',
  'export:open-folder',
  'inspect:read-files',
  'pki:issue',
  'pki:import-ca',
  'plan:validate',
  'plan:open',
  'plan:save',
  'probe:check-endpoints',
] as const satisfies readonly RequestChannel[];

/** Every event channel name (the same set as the keys of the contract's EVENTS). */
export const EVENT_CHANNEL_NAMES = [
  'app:menu',
  'pki:progress',
] as const satisfies readonly EventChannel[];

// A channel added to the contract but not here fails to compile here.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const requestsListed: Missing<RequestChannel, (typeof REQUEST_CHANNEL_NAMES)[number]> = true;
const eventsListed: Missing<EventChannel, (typeof EVENT_CHANNEL_NAMES)[number]> = true;
void requestsListed;
void eventsListed;
