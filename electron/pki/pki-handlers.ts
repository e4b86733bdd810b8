/** Handlers of the `pki` domain. Keys stay in main's stores; the renderer gets summaries and ids. */
import { fail, ok } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';
import { msg } from '../../shared/text/text';

/** Builds the `pki:*` handlers. */
export function pkiHandlers(deps: HandlerDeps): DomainHandlers<'pki'> {
  return {
    'pki:issue': async ({ plan, caImportId }, ctx) => {
      const ca = caImportId === undefined ? undefined : deps.stores.cas.get(caImportId);
      if (caImportId !== undefined && !ca)
        return fail('request-invalid', msg('ca.import-gone', {}), 'caImportId');
      const r = await deps.services.pki.issue(plan, {
        ...(ca ? { ca } : {}),
        onProgress: (p) => ctx.emit('pki:progress', p),
      });
      if (!r.ok) return r;
      return ok({ sessionId: deps.stores.pki.put(r.value), certificates: r.value.certificates });
    },

    'pki:import-ca': async ({ cert, key, passphrase }) => {
      const r = await deps.services.pki.importCa({
        cert,
        key,
        ...(passphrase === undefined ? {} : { passphrase }),
      });
      if (!r.ok) return r;
      return ok({
        importId: deps.stores.cas.put(r.value),
        certificate: r.value.certificate,
        key: r.value.key,
      });
    },
  };
}
