/** Handlers of the `inspect` domain. */
import type { InspectFilePayload } from '../../shared/ipc/channels-inspect';
import { ok } from '../../shared/result';
import { inspectPayloads } from './inspect-payloads';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';

/** Builds the `inspect:*` handlers. */
export function inspectHandlers(deps: HandlerDeps): DomainHandlers<'inspect'> {
  return {
    'inspect:read-files': async (arg) => {
      let files: readonly InspectFilePayload[] | undefined = arg?.files;
      if (!files) {
        const picked = await deps.dialogs.openFiles('pki', true);
        if (!picked.ok) return picked;
        if (picked.value.status === 'unsupported') return ok({ status: 'upload-needed' });
        if (picked.value.status === 'cancelled' || picked.value.files.length === 0)
          return ok({ status: 'cancelled' });
        files = picked.value.files;
      }
      return ok(
        await inspectPayloads(files, {
          now: deps.now(),
          ...(arg?.passwords ? { passwords: arg.passwords } : {}),
          ...(arg?.hosts ? { hosts: arg.hosts } : {}),
          ...(arg?.locale ? { locale: arg.locale } : {}),
          ...(arg?.opensslClients ? { opensslClients: true } : {}),
        }),
      );
    },
  };
}
