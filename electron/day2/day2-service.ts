/**
 * The day-2 service the `day2:*` handlers call: open a bundle (a folder on disk or files handed
 * over), unlock its CA, prepare a change, write it. One narrow interface, so a test may replace a
 * part of it; {@link nodeDay2Service} is what every host uses.
 */
import type { ChangePreview, Day2Change } from '../../shared/ipc/channels-day2';
import type { InspectFilePayload } from '../../shared/ipc/channels-inspect';
import type { FilePayload } from '../../shared/ipc/define';
import type { KeyInfo } from '../../shared/pki/model';
import type { CaMaterial } from '../../shared/pki/ca';
import { fail, ok, type Result } from '../../shared/result';
import { importExistingCa } from '../pki/pki-service';
import { decodeCertPem } from '../pki/pki-session';
import { readBundle, readBundleFiles, unlockCa, type SourceBundle } from './bundle-reader';
import { payloadBundle } from './bundle-payloads';
import { applyChange } from './day2-apply';
import { prepareChange, type Day2Session, type PreparedChange } from './day2-change';
import type { RebuiltSource } from './day2-rebuilt';
import { CertDecoder } from './day2-summary';

/** The narrow interface of the `day2:*` handlers. */
export interface Day2Service {
  readonly openFolder: (path: string) => Promise<Result<SourceBundle>>;
  readonly openFiles: (files: readonly InspectFilePayload[]) => Promise<Result<SourceBundle>>;
  /** The session's CA, opened with the passphrase (and a separate key file when given). */
  readonly unlock: (
    session: Day2Session,
    o: { readonly passphrase?: string; readonly keyFile?: FilePayload },
  ) => Promise<Result<{ session: Day2Session; key: KeyInfo }>>;
  readonly prepare: (
    session: Day2Session,
    change: Day2Change,
    now: Date,
  ) => Promise<Result<{ prepared: PreparedChange; preview: Omit<ChangePreview, 'changeId'> }>>;
  readonly apply: typeof applyChange;
}

/** A fresh session for an opened bundle, or for a renewal rebuilt from loose certificates. */
export const newSession = (from: SourceBundle | { rebuilt: RebuiltSource }): Day2Session =>
  'rebuilt' in from
    ? { rebuilt: from.rebuilt, decoder: new CertDecoder() }
    : { source: from, decoder: new CertDecoder() };

/** The day-2 service on Node. */
export function nodeDay2Service(): Day2Service {
  return {
    openFolder: readBundle,
    openFiles: async (files) => {
      const src = payloadBundle(files);
      return src.ok ? readBundleFiles(src.value) : src;
    },
    unlock: async (session, o) => {
      // Own copy: the wire decoder's bytes may be a view into a pooled buffer.
      const keyFile = o.keyFile && { path: o.keyFile.name, bytes: new Uint8Array(o.keyFile.bytes) };
      const passphrase =
        o.passphrase !== undefined && o.passphrase !== '' ? { passphrase: o.passphrase } : {};
      const ca = session.rebuilt
        ? keyFile
          ? await importExistingCa({
              cert: session.rebuilt.caCertPem,
              key: keyFile.bytes,
              ...passphrase,
              certName: 'the CA certificate',
              keyName: keyFile.path,
            })
          : fail<CaMaterial>('ca-key-missing', 'Add the CA key file to unlock it.', 'keyFile')
        : await unlockCa(session.source, { ...passphrase, ...(keyFile ? { keyFile } : {}) });
      if (!ca.ok) return ca;
      const cert = await decodeCertPem(ca.value.certPem, 'ca');
      return ok({ session: { ...session, ca: ca.value }, key: cert.key });
    },
    prepare: prepareChange,
    apply: applyChange,
  };
}
