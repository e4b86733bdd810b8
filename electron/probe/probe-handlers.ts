/** Handlers of the `probe` domain: the live check of etcd endpoints. */
import { fail, ok } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';
import { exportedClientFiles, loadMaterial } from './probe-material';
import { probeEndpoints } from './probe-service';

/** Builds the `probe:*` handlers. */
export function probeHandlers(deps: HandlerDeps): DomainHandlers<'probe'> {
  return {
    'probe:check-endpoints': async ({ urls, files, exportFolderId }) => {
      let material;
      if (exportFolderId !== undefined) {
        // The folder main wrote the bundle to; the window only names it by id.
        const folder = deps.stores.folders.get(exportFolderId);
        if (!folder)
          return fail(
            'request-invalid',
            'This export folder is no longer known to the app: export the bundle again, or check the cluster from the inspector with your files.',
            'exportFolderId',
          );
        const found = await exportedClientFiles(folder);
        if (!found.ok) return found;
        material = await loadMaterial(found.value.files, 'export', found.value.from);
      } else {
        const given = files && (files.ca ?? files.cert ?? files.key) !== undefined;
        material = await loadMaterial(files ?? {}, given ? 'files' : 'none');
      }
      if (!material.ok) return material;
      return ok(await probeEndpoints(urls, material.value, { now: deps.now() }));
    },
  };
}
