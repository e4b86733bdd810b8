/** Handlers of the `export` domain: the destination is always a folder main's dialog returned. */
import { join } from 'node:path';
import { fail, ok } from '../../shared/result';
import { previewFromPlan, previewFromSession } from './preview';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';

const sessionGone = () =>
  fail(
    'request-invalid',
    'These certificates are no longer held by the app; issue them again.',
    'sessionId',
  );

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
      if (!pki) return sessionGone();
      const folder = deps.stores.folders.get(folderId);
      if (!folder)
        return fail('request-invalid', 'Choose the destination folder again.', 'folderId');
      return deps.services.export.write(pki, folder, options, deps.now());
    },

    'export:preview-files': async ({ plan, sessionId, caKey, pkcs12, language }) => {
      const opts = { caKey, pkcs12, now: deps.now(), ...(language ? { language } : {}) };
      if (sessionId !== undefined) {
        const pki = deps.stores.pki.get(sessionId);
        if (pki) return ok(previewFromSession(pki, opts));
        if (!plan) return sessionGone();
      }
      // The refine in the contract guarantees a plan when there is no session.
      if (!plan) return fail('request-invalid', 'Give a plan to preview.', 'plan');
      return ok(previewFromPlan(plan, opts));
    },

    'export:open-folder': async ({ folderId, file }) => {
      const folder = deps.stores.folders.get(folderId);
      if (!folder) return fail('request-invalid', 'Choose the folder again.', 'folderId');
      // Only names from the contract's list are joined: never a path from the renderer.
      const path = file ? join(folder, file) : folder;
      const r = await deps.dialogs.openFolder(path);
      if (!r.ok) return r;
      return ok({ status: r.value, path });
    },
  };
}
