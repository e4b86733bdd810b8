/**
 * Handlers of the `day2` domain. The bundle, its unlocked CA and each prepared change stay in
 * main's stores; the renderer holds ids. A folder to open comes from the host's own dialog or as
 * handed-over files, a folder to write into from export:choose-folder: never a path from the
 * renderer.
 */
import { fail, ok } from '../../shared/result';
import type { DomainHandlers, HandlerDeps } from '../rpc/types';
import { rebuiltSource, rebuiltSummary } from './day2-rebuilt';
import { bundleSummary } from './day2-summary';
import { newSession } from './day2-service';

const bundleGone = () =>
  fail('request-invalid', 'This bundle is no longer held by the app; open it again.', 'bundleId');

/** Builds the `day2:*` handlers. */
export function day2Handlers(deps: HandlerDeps): DomainHandlers<'day2'> {
  const { day2 } = deps.services;
  return {
    'day2:open-bundle': async (arg) => {
      let source;
      if (arg?.files) {
        source = await day2.openFiles(arg.files);
      } else {
        const picked = await deps.dialogs.openBundleFolder();
        if (picked === 'cancelled') return ok({ status: 'cancelled' });
        if (picked === 'unsupported') return ok({ status: 'upload-needed' });
        source = await day2.openFolder(picked.path);
      }
      if (!source.ok) return source;
      const session = newSession(source.value);
      const bundle = await bundleSummary(source.value, session.decoder);
      return ok({ status: 'opened', bundleId: deps.stores.day2.put(session), bundle });
    },

    'day2:open-renewal': async ({ plan, caCertPem, previous }) => {
      const r = rebuiltSource(plan, caCertPem, previous);
      if (!r.ok) return r;
      const session = newSession({ rebuilt: r.value });
      const bundle = await rebuiltSummary(r.value, session.decoder);
      return ok({ status: 'opened', bundleId: deps.stores.day2.put(session), bundle });
    },

    'day2:unlock-ca': async ({ bundleId, passphrase, keyFile }) => {
      const session = deps.stores.day2.get(bundleId);
      if (!session) return bundleGone();
      const r = await day2.unlock(session, {
        ...(passphrase !== undefined ? { passphrase } : {}),
        ...(keyFile ? { keyFile } : {}),
      });
      if (!r.ok) return r;
      deps.stores.day2.replace(bundleId, r.value.session);
      return ok({ key: r.value.key });
    },

    'day2:plan-change': async ({ bundleId, change }) => {
      let session = deps.stores.day2.get(bundleId);
      if (!session) return bundleGone();
      // A CA key kept in plain text needs no passphrase: unlock it on first use.
      const m = session.source?.manifest.ca.key;
      if (!session.ca && m?.included && !m.encrypted) {
        const u = await day2.unlock(session, {});
        if (!u.ok) return u;
        session = u.value.session;
        deps.stores.day2.replace(bundleId, session);
      }
      const r = await day2.prepare(session, change, deps.now());
      if (!r.ok) return r;
      return ok({ changeId: deps.stores.changes.put(r.value.prepared), ...r.value.preview });
    },

    'day2:apply': async ({ changeId, folderId, options }) => {
      const change = deps.stores.changes.get(changeId);
      if (!change)
        return fail(
          'request-invalid',
          'This change is no longer held by the app; look at it again before writing.',
          'changeId',
        );
      const folder = deps.stores.folders.get(folderId);
      if (!folder)
        return fail('request-invalid', 'Choose the destination folder again.', 'folderId');
      return day2.apply(change, folder, options);
    },
  };
}
