/** Handlers of the `app` domain. */
import { ok } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';

/** Builds the `app:*` handlers. */
export function appHandlers(deps: HandlerDeps): DomainHandlers<'app'> {
  return {
    'app:get-info': async () => ok(deps.info),
  };
}
