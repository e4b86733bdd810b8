/** Handlers of the `export` domain: the destination is always a folder main's dialog returned. */
import { fail, ok } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from './types';

/** Builds the `export:*` handlers. */
export function exportHandlers(deps: HandlerDeps): DomainHandlers<'export'> {
  return {
    'export:choose-folder': async () => {
      const chosen = await deps.dialogs.chooseFolder();
      if (chosen === 'cancelled') return ok({ status: 'cancelled' });
      return ok({
        status: 'chosen',
        folderId: deps.stores.folders.put(chosen.path),
        displayPath: chosen.path,
      });
    },

    'export:write-bundle': async ({ sessionId, folderId, options }) => {
      const pki = deps.stores.pki.get(sessionId);
      if (!pki)
        return fail(
          'request-invalid',
          'These certificates are no longer held by the app; issue them again.',
          'sessionId',
        );
      const folder = deps.stores.folders.get(folderId);
      if (!folder)
        return fail('request-invalid', 'Choose the destination folder again.', 'folderId');
      return deps.services.exportBundle(pki, folder, options, deps.now());
    },
  };
}
